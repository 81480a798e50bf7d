import { useEffect, useId, useState, type ReactNode } from 'react';
import { createLlmClient } from '../../grading/llm/llm-client';
import { hostOf, isInsecureRemote, LlmConfig, PRESETS, Preset } from '../../grading/llm/llm-config';
import { LlmError } from '../../grading/llm/llm-error';
import { loadSettings, onSettingsChange, saveSettings, type Settings } from '../../storage/settings';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';

type Test =
  { state: 'idle' } | { state: 'testing' } | { state: 'ok'; message: string } | { state: 'failed'; message: string };
type FieldErrors = Partial<Record<'baseURL' | 'model', string>>;

function validate(settings: Settings): FieldErrors {
  const parsed = LlmConfig.safeParse(settings.llm);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'baseURL' || field === 'model') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** Set before a reload that lets the page reach a new address, so the test runs once it has. */
const TEST_AFTER_RELOAD = 'rapport.testAfterReload';

/**
 * `mayConnect`: whether the page as loaded may reach an address (its Content Security Policy allows
 * only the endpoint configured when it loaded); `reload` loads it again with the saved settings.
 */
export function SettingsPage({
  mayConnect = () => true,
  reload = () => window.location.reload(),
}: {
  mayConnect?: (baseURL: string) => boolean;
  reload?: () => void;
}) {
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const [showKey, setShowKey] = useState(false);
  const [test, setTest] = useState<Test>({ state: 'idle' });
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const preset = PRESETS[settings.preset];

  const update = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setSaved(null);
    setTest({ state: 'idle' });
  };
  // The key belongs to the host it was typed for: a key for one provider is never sent to another.
  const [keyHost, setKeyHost] = useState(() => hostOf(settings.llm.baseURL));
  const [keyCleared, setKeyCleared] = useState(false);
  // "Delete everything" (below, in Your data) clears the stored settings and key: the form follows,
  // so pressing Save afterwards cannot store the deleted key again.
  useEffect(
    () =>
      onSettingsChange(() => {
        const stored = loadSettings();
        setSettings((form) => (form.llm.apiKey && !stored.llm.apiKey ? stored : form));
        setKeyHost(hostOf(stored.llm.baseURL));
      }),
    [],
  );
  const updateLlm = (patch: Partial<Settings['llm']>) => {
    const next = { ...settings.llm, ...patch };
    if ('apiKey' in patch) {
      setKeyHost(hostOf(next.baseURL));
      setKeyCleared(false);
    } else if ('baseURL' in patch && next.apiKey && hostOf(next.baseURL) !== keyHost) {
      next.apiKey = '';
      setKeyCleared(true);
    }
    if ('baseURL' in patch && !isInsecureRemote(next.baseURL)) next.allowHttp = false;
    update({ llm: next });
  };

  async function testConnection() {
    const fieldErrors = validate(settings);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return;
    if (!mayConnect(settings.llm.baseURL)) {
      // The page may only reach the address it loaded with: save, reload, then test.
      if (!saveSettings(settings))
        return setTest({ state: 'failed', message: 'This browser would not save settings.' });
      sessionStorage.setItem(TEST_AFTER_RELOAD, '1');
      setTest({ state: 'testing' });
      return reload();
    }
    setTest({ state: 'testing' });
    const started = performance.now();
    try {
      const client = createLlmClient(LlmConfig.parse(settings.llm), { timeoutMs: 20_000, maxRetryAfterMs: 0 });
      const model = await client.testConnection();
      setTest({
        state: 'ok',
        message: `Connected: “${model}” answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      });
    } catch (err) {
      setTest({ state: 'failed', message: err instanceof LlmError ? err.message : String(err) });
    }
  }

  function save() {
    const fieldErrors = settings.engine === 'llm' ? validate(settings) : {};
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) {
      setSaved(null);
      return;
    }
    const ok = saveSettings(settings);
    setSaved(ok ? 'Saved. New replies are graded with these settings.' : 'This browser would not save settings.');
    // A new address is reachable only after a reload (the page's security policy is fixed when it loads).
    if (ok && settings.engine === 'llm' && !mayConnect(settings.llm.baseURL)) reload();
  }

  // After a reload made for a new address, run the test the learner asked for.
  useEffect(() => {
    if (sessionStorage.getItem(TEST_AFTER_RELOAD) !== '1') return;
    const t = setTimeout(() => {
      sessionStorage.removeItem(TEST_AFTER_RELOAD);
      void testConnection();
    }, 0);
    return () => clearTimeout(t);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Practice preferences apply at once: they need no checking and the learner sees the effect.
  const setPractice = (patch: Pick<Partial<Settings>, 'lowPressure' | 'weeklyGoal' | 'selfAssess'>) => {
    setSettings((s) => ({ ...s, ...patch }));
    saveSettings({ ...loadSettings(), ...patch });
  };

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <Card className="space-y-3" aria-labelledby="practice-heading">
        <h2 id="practice-heading" className="font-semibold">
          Practice
        </h2>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={settings.lowPressure}
            onChange={(e) => setPractice({ lowPressure: e.target.checked })}
            className="mt-1"
          />
          <span>
            <span className="font-medium">Low-pressure mode</span>: hide scores and level numbers, and describe how you
            did in words.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={settings.selfAssess}
            onChange={(e) => setPractice({ selfAssess: e.target.checked })}
            className="mt-1"
          />
          <span>
            <span className="font-medium">Rate my own reply first</span>: before the grade, say how you think each reply
            went, and see how your judgement compares over time.
          </span>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Weekly goal</span>
          <select
            value={settings.weeklyGoal}
            onChange={(e) => setPractice({ weeklyGoal: Number(e.target.value) })}
            className="rounded-lg border border-slate-300 bg-white px-2 py-1"
          >
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'day' : 'days'} a week
              </option>
            ))}
          </select>
        </label>
      </Card>
      <Card className="space-y-4">
        <fieldset className="space-y-2">
          <legend className="font-semibold">Grading engine</legend>
          <Radio
            name="engine"
            checked={settings.engine === 'embedded'}
            onChange={() => update({ engine: 'embedded' })}
            label="On this device (default)"
          >
            Private, instant and works offline. Nothing leaves your browser.
          </Radio>
          <Radio
            name="engine"
            checked={settings.engine === 'llm'}
            onChange={() => update({ engine: 'llm' })}
            label="A language model you choose"
          >
            Grades nuance the rules cannot, and writes a better version of your reply. Your replies go to the endpoint
            below. If it fails, you see the on-device grade and can regrade later.
          </Radio>
        </fieldset>
      </Card>

      <Card className="space-y-4" aria-labelledby="llm-heading">
        <h2 id="llm-heading" className="font-semibold">
          Language model endpoint
        </h2>
        {settings.engine !== 'llm' && (
          // Said in words rather than by fading the card: faded text fails contrast for many readers.
          <p className="text-sm text-slate-700" data-testid="llm-not-in-use">
            Not in use: grading runs on this device. These settings apply when you choose “A language model you choose”
            above.
          </p>
        )}
        <Field label="Endpoint">
          {(id) => (
            <select
              id={id}
              value={settings.preset}
              onChange={(e) => {
                const p = Preset.parse(e.target.value);
                const baseURL = PRESETS[p].baseURL || settings.llm.baseURL;
                const moved = !!settings.llm.apiKey && hostOf(baseURL) !== keyHost;
                if (moved) setKeyCleared(true);
                update({
                  preset: p,
                  llm: {
                    ...settings.llm,
                    baseURL,
                    model: PRESETS[p].model || settings.llm.model,
                    apiKey: moved ? '' : settings.llm.apiKey,
                    allowHttp: isInsecureRemote(baseURL) && settings.llm.allowHttp,
                  },
                });
              }}
              className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
            >
              {Preset.options.map((p) => (
                <option key={p} value={p}>
                  {PRESETS[p].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="text-sm text-slate-600">{preset.help}</p>
        <Field label="Base URL" error={errors.baseURL}>
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={settings.llm.baseURL}
              onChange={(e) => updateLlm({ baseURL: e.target.value })}
              className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
              placeholder="http://localhost:11434/v1"
              spellCheck={false}
            />
          )}
        </Field>
        {isInsecureRemote(settings.llm.baseURL) && (
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              checked={settings.llm.allowHttp}
              onChange={(e) => updateLlm({ allowHttp: e.target.checked })}
              className="mt-1"
            />
            <span>
              This address uses plain <code>http://</code> to another machine: your replies and key would travel
              unencrypted. Allow it only on a private network you trust.
            </span>
          </label>
        )}
        <Field label="Model" error={errors.model}>
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={settings.llm.model}
              onChange={(e) => updateLlm({ model: e.target.value })}
              className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
              placeholder="gpt-4o-mini"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label={`API key${preset.needsKey ? '' : ' (if your server needs one)'}`}>
          {(id) => (
            <div className="flex gap-2">
              <input
                id={id}
                type={showKey ? 'text' : 'password'}
                autoComplete="off"
                value={settings.llm.apiKey}
                onChange={(e) => updateLlm({ apiKey: e.target.value })}
                className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
                spellCheck={false}
              />
              <Button variant="secondary" onClick={() => setShowKey((v) => !v)} aria-pressed={showKey}>
                {showKey ? 'Hide' : 'Show'}
              </Button>
            </div>
          )}
        </Field>
        {keyCleared && (
          <p role="status" className="text-sm text-amber-800" data-testid="key-cleared">
            The API key was cleared because the address now points to another host: a key typed for one provider is
            never sent to another. Enter the key for this endpoint.
          </p>
        )}
        <p className="text-xs text-slate-500">
          The key is kept in this browser’s local storage for this site (readable by anyone using this browser profile),
          never in exports, and is sent only to the endpoint above. Use a key with a spending limit.
        </p>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={settings.llmPersona}
            onChange={(e) => update({ llmPersona: e.target.checked })}
            className="mt-1"
          />
          <span>
            Let the model speak for the person in the scenario where a scenario allows it (scripted lines otherwise).
          </span>
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => void testConnection()} disabled={test.state === 'testing'}>
            Test connection
          </Button>
          {test.state === 'testing' && <Spinner label="Asking the model…" />}
        </div>
        {test.state === 'ok' && <Notice>{test.message}</Notice>}
        {test.state === 'failed' && (
          <Notice tone="error" title="The connection did not work">
            {test.message}
          </Notice>
        )}
      </Card>

      <div className="flex items-center gap-3">
        <Button onClick={save}>Save settings</Button>
        {saved && (
          <p role="status" className="text-sm text-emerald-800">
            {saved}
          </p>
        )}
      </div>
    </div>
  );
}

function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string;
  children: (id: string, describedBy?: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children(id, error ? `${id}-error` : undefined)}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

function Radio({
  name,
  checked,
  onChange,
  label,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <label
      className={`flex cursor-pointer gap-3 rounded-lg border p-3 ${checked ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200'}`}
    >
      <input type="radio" name={name} checked={checked} onChange={onChange} className="mt-1" />
      <span>
        <span className="block font-medium">{label}</span>
        <span className="block text-sm text-slate-600">{children}</span>
      </span>
    </label>
  );
}

import { useState } from 'react';
import { isInsecureRemote, PRESETS, Preset } from '../../grading/llm/llm-config';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Field, Radio } from './form-fields';
import type { useGraderForm } from './use-grader-form';

export type ConnectionTest =
  { state: 'idle' } | { state: 'testing' } | { state: 'ok'; message: string } | { state: 'failed'; message: string };
export type FieldErrors = Partial<Record<'baseURL' | 'model', string>>;

/** Which engine grades, and the language model's endpoint, model and key, with a connection test. */
export function GraderSettings({
  grader,
  errors,
  test,
  onTest,
}: {
  grader: ReturnType<typeof useGraderForm>;
  errors: FieldErrors;
  test: ConnectionTest;
  onTest: () => void;
}) {
  const { form, keyCleared, update, updateLlm, choosePreset } = grader;
  const [showKey, setShowKey] = useState(false);
  const preset = PRESETS[form.preset];
  return (
    <>
      <Card className="space-y-4">
        <fieldset className="space-y-2">
          <legend className="font-semibold">Grading engine</legend>
          <Radio
            name="engine"
            checked={form.engine === 'embedded'}
            onChange={() => update({ engine: 'embedded' })}
            label="On this device (default)"
          >
            Private, instant and works offline. Nothing leaves your browser.
          </Radio>
          <Radio
            name="engine"
            checked={form.engine === 'llm'}
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
        {form.engine !== 'llm' && (
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
              value={form.preset}
              onChange={(e) => choosePreset(Preset.parse(e.target.value))}
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
              value={form.llm.baseURL}
              onChange={(e) => updateLlm({ baseURL: e.target.value })}
              className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
              placeholder="http://localhost:11434/v1"
              spellCheck={false}
            />
          )}
        </Field>
        {isInsecureRemote(form.llm.baseURL) && (
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              checked={form.llm.allowHttp}
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
              value={form.llm.model}
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
                value={form.llm.apiKey}
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
            checked={form.llmPersona}
            onChange={(e) => update({ llmPersona: e.target.checked })}
            className="mt-1"
          />
          <span>
            Let the model speak for the person in the scenario where a scenario allows it (scripted lines otherwise).
          </span>
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={onTest} disabled={test.state === 'testing'}>
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
    </>
  );
}

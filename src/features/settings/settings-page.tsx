import { useEffect, useState } from 'react';
import { LlmConfig } from '../../grading/llm/llm-config';
import { LlmError } from '../../grading/llm/llm-error';
import { takeTestAfterReload, testAfterReload } from '../../storage/settings';
import { useSettings } from '../../storage/use-settings';
import { Button } from '../../ui/button';
import { GraderSettings, type ConnectionTest, type FieldErrors } from './grader-settings';
import { PracticePreferences } from './practice-preferences';
import { useGraderForm, type GraderForm } from './use-grader-form';

function validate(form: GraderForm): FieldErrors {
  const parsed = LlmConfig.safeParse(form.llm);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'baseURL' || field === 'model') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/**
 * `testConnection`: asks the endpoint to answer, resolving with the model that did (the app makes
 * the client); `mayConnect`: whether the page as loaded may reach an address (its Content Security
 * Policy allows only the endpoint configured when it loaded); `reload` loads it again with the saved
 * settings.
 */
export function SettingsPage({
  testConnection,
  mayConnect = () => true,
  reload = () => window.location.reload(),
}: {
  testConnection: (config: LlmConfig) => Promise<string>;
  mayConnect?: (baseURL: string) => boolean;
  reload?: () => void;
}) {
  const { settings: stored, save: saveSettings } = useSettings();
  const [test, setTest] = useState<ConnectionTest>({ state: 'idle' });
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const grader = useGraderForm(stored, () => {
    setSaved(null);
    setTest({ state: 'idle' });
  });
  const { form } = grader;
  // The practice preferences are saved as they change; the grader's settings only with Save.
  const withForm = () => ({ ...stored, ...form });

  async function runTest() {
    const fieldErrors = validate(form);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return;
    if (!mayConnect(form.llm.baseURL)) {
      // The page may only reach the address it loaded with: save, reload, then test.
      if (!saveSettings(withForm()))
        return setTest({ state: 'failed', message: 'This browser would not save settings.' });
      testAfterReload();
      setTest({ state: 'testing' });
      return reload();
    }
    setTest({ state: 'testing' });
    const started = performance.now();
    try {
      const model = await testConnection(LlmConfig.parse(form.llm));
      setTest({
        state: 'ok',
        message: `Connected: “${model}” answered in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      });
    } catch (err) {
      setTest({ state: 'failed', message: err instanceof LlmError ? err.message : String(err) });
    }
  }

  function save() {
    const fieldErrors = form.engine === 'llm' ? validate(form) : {};
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) {
      setSaved(null);
      return;
    }
    const ok = saveSettings(withForm());
    setSaved(ok ? 'Saved. New replies are graded with these settings.' : 'This browser would not save settings.');
    // A new address is reachable only after a reload (the page's security policy is fixed when it loads).
    if (ok && form.engine === 'llm' && !mayConnect(form.llm.baseURL)) reload();
  }

  // After a reload made for a new address, run the test the learner asked for.
  useEffect(() => {
    const t = setTimeout(() => {
      if (takeTestAfterReload()) void runTest();
    }, 0);
    return () => clearTimeout(t);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <PracticePreferences />
      <GraderSettings grader={grader} errors={errors} test={test} onTest={() => void runTest()} />
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

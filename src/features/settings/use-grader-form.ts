import { useState } from 'react';
import { hostOf, isInsecureRemote, PRESETS, type Preset } from '../../grading/llm/llm-config';
import type { Settings } from '../../storage/settings';

/** The settings the grader form edits; they are saved together, after checking, with "Save settings". */
export type GraderForm = Pick<Settings, 'engine' | 'preset' | 'llm' | 'llmPersona'>;

const graderPart = ({ engine, preset, llm, llmPersona }: Settings): GraderForm => ({ engine, preset, llm, llmPersona });

/**
 * The grader form as typed, starting from the saved settings. `onEdit` runs on every change (to
 * clear a stale "Saved" or test result).
 */
export function useGraderForm(stored: Settings, onEdit: () => void) {
  const [form, setForm] = useState<GraderForm>(() => graderPart(stored));
  // The key belongs to the host it was typed for: a key for one provider is never sent to another.
  const [keyHost, setKeyHost] = useState(() => hostOf(stored.llm.baseURL));
  const [keyCleared, setKeyCleared] = useState(false);
  // "Delete everything" (in Your data) clears the stored settings and key: the form follows, so
  // pressing Save afterwards cannot store the deleted key again.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setForm((f) => (f.llm.apiKey && !stored.llm.apiKey ? graderPart(stored) : f));
    setKeyHost(hostOf(stored.llm.baseURL));
  }

  const update = (patch: Partial<GraderForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    onEdit();
  };
  const updateLlm = (patch: Partial<GraderForm['llm']>) => {
    const next = { ...form.llm, ...patch };
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
  const choosePreset = (p: Preset) => {
    const baseURL = PRESETS[p].baseURL || form.llm.baseURL;
    const moved = !!form.llm.apiKey && hostOf(baseURL) !== keyHost;
    if (moved) setKeyCleared(true);
    update({
      preset: p,
      llm: {
        ...form.llm,
        baseURL,
        model: PRESETS[p].model || form.llm.model,
        apiKey: moved ? '' : form.llm.apiKey,
        allowHttp: isInsecureRemote(baseURL) && form.llm.allowHttp,
      },
    });
  };
  return { form, keyCleared, update, updateLlm, choosePreset };
}

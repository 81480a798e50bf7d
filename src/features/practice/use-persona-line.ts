import { useEffect, useState } from 'react';
import { addressesGrader } from '../../grading/grading-talk';
import {
  keptAttempts,
  type PracticeSessionContext,
  type PracticeSessionEvent,
} from '../../scenario/practice-session.machine';
import type { Beat } from '../../scenario/scenario.schema';

/** A way for a language model to speak for the persona: streams its line for a beat, or null when it may not. */
export type PersonaSpeaker = (
  beat: Beat,
  transcript: { persona: string; learner: string }[],
  signal: AbortSignal,
) => AsyncGenerator<string> | null;

/**
 * At a beat where a language model may speak for the persona, streams its line once and records it
 * in the session; on any failure the scripted line stands, with a notice.
 */
export function useLivePersonaLine(
  beat: Beat | null,
  context: PracticeSessionContext,
  send: (event: PracticeSessionEvent) => void,
  speak: PersonaSpeaker | undefined,
): { streaming: string | null; fallback: string | null; skip: () => void } {
  const [text, setText] = useState<{ beatId: string; text: string } | null>(null);
  const [failed, setFailed] = useState<{ beatId: string; message: string } | null>(null);
  const needed =
    !!beat?.llm &&
    !!speak &&
    context.personaLines?.[beat.id] === undefined &&
    !context.attempts.some((a) => a.beatId === beat.id);
  const transcriptKey = JSON.stringify(keptAttempts(context).map((a) => ({ persona: a.context, learner: a.reply })));
  const beatId = beat?.id ?? null;
  const fallback = failed && failed.beatId === beatId ? failed.message : null;
  useEffect(() => {
    if (!needed || !beat || !speak || fallback) return;
    const controller = new AbortController();
    const stream = speak(beat, JSON.parse(transcriptKey) as { persona: string; learner: string }[], controller.signal);
    if (!stream) return;
    void (async () => {
      let said = '';
      try {
        for await (const chunk of stream) {
          said += chunk;
          setText({ beatId: beat.id, text: said });
        }
        if (controller.signal.aborted) return;
        // A model's line enters the grading prompt as the partner's words: one that talks about
        // grading is never kept, so it cannot steer the grade of the reply to it.
        if (addressesGrader(said))
          setFailed({
            beatId: beat.id,
            message: "The language model's line stepped out of character. Showing the scripted line.",
          });
        else if (said.trim()) send({ type: 'persona.said', beatId: beat.id, text: said });
        else
          setFailed({
            beatId: beat.id,
            message: 'The language model returned nothing for this moment. Showing the scripted line.',
          });
      } catch (err) {
        if (!controller.signal.aborted) {
          const why = err instanceof Error ? err.message : String(err);
          setFailed({
            beatId: beat.id,
            message: `The language model could not speak for this moment (${why}). Showing the scripted line.`,
          });
        }
      }
    })();
    return () => controller.abort();
  }, [needed, beat, speak, send, transcriptKey, fallback]);
  const streaming = needed && !fallback ? (text?.beatId === beatId ? text.text : '') : null;
  const skip = () => {
    if (beatId) setFailed({ beatId, message: 'You skipped the language model’s line. Showing the scripted line.' });
  };
  return { streaming, fallback, skip };
}

import type { Grader } from '../grading/grade.schema';
import { createWorkerGrader } from '../grading/embedded/worker-grader';
import { withFallback } from '../grading/fallback-grader';
import { createLlmGrader, memoryCache } from '../grading/llm/llm-grader';
import { loadSettings } from '../storage/settings';
import { llmClient } from './llm';
import { streamPersonaLine } from '../grading/llm/persona-line';
import type { Scenario } from '../scenario/scenario.schema';
import type { PersonaSpeaker } from '../features/practice/use-persona-line';

let embedded: ReturnType<typeof createWorkerGrader> | null = null;
const llmCache = memoryCache();

function embeddedGrader() {
  embedded ??= createWorkerGrader();
  return embedded;
}

/** The grader the settings ask for: the embedded one, or the LLM with the embedded grade as fallback. */
export function appGrader(): Grader {
  const client = llmClient();
  return client
    ? withFallback(createLlmGrader(client, embeddedGrader(), llmCache), embeddedGrader())
    : embeddedGrader();
}

/** The on-device grader, which the learner may choose while the LLM is still working. */
export function onDeviceGrader(): Grader {
  return embeddedGrader();
}

/** Grades with the LLM only (for regrading); null when it is not set up. */
export function llmGrader(): Grader | null {
  const client = llmClient();
  return client ? createLlmGrader(client, embeddedGrader(), llmCache) : null;
}

/** A way for the configured model to speak for a scenario's persona, or undefined when it may not. */
export function personaSpeaker(scenario: Scenario): PersonaSpeaker | undefined {
  const client = llmClient();
  if (!client || !loadSettings().llmPersona) return undefined;
  const p = scenario.persona;
  const card = {
    name: p.name,
    role: p.role,
    organisation: p.organisation,
    personality: p.personality,
    mood: p.mood,
    caresAbout: p.cares_about,
    setting: scenario.setting,
  };
  return (beat, transcript, signal) =>
    beat.llm
      ? streamPersonaLine(client, card, { direction: beat.llm.direction, scripted: beat.persona }, transcript, signal)
      : null;
}

/** Loads the embedded grader's language model in the background, e.g. while a briefing is read. */
export function warmUpGrader(): void {
  embeddedGrader().warmUp();
}

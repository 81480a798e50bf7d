import type { CriterionGrade, Grade } from '../grading/grade.schema';
import type { CriterionId } from '../grading/rubric';
import { ScenarioSchema, type Scenario } from '../scenario/scenario.schema';
import type { Attempt, SessionSummary } from '../storage/history.schema';

/** A valid three-beat scenario: `opening` branches on open questions to `opens-up` or `short-answer`. */
export function aScenario(overrides: Partial<Record<keyof Scenario, unknown>> = {}): Scenario {
  return ScenarioSchema.parse({
    id: 'test-scenario',
    version: 1,
    title: 'A test conversation',
    category: 'networking',
    skills: ['open_questions'],
    difficulty: 1,
    minutes: 3,
    summary: 'Talk to Sam.',
    setting: 'A quiet office.',
    persona: {
      name: 'Sam Lee',
      role: 'Engineer',
      organisation: 'Acme',
      personality: 'Friendly',
      mood: 'Relaxed',
      cares_about: ['Shipping'],
    },
    goal: 'Learn what Sam is working on.',
    success: 'Sam tells you about the offsite.',
    start: 'opening',
    beats: [
      {
        id: 'opening',
        persona: 'Hi, I just got back from the planning offsite.',
        branches: [
          { when: [{ criterion: 'open_questions', at_least: 3 }], goto: 'opens-up' },
          { goto: 'short-answer' },
        ],
      },
      { id: 'opens-up', persona: 'We decided to rebuild the billing service.', branches: [{ goto: 'debrief' }] },
      { id: 'short-answer', persona: 'Yes, it was fine.', branches: [{ goto: 'debrief' }] },
    ],
    debrief: { tips: ['Ask open questions.'] },
    ...overrides,
  });
}

export function aCriterionGrade(
  id: CriterionId,
  level: number,
  overrides: Partial<CriterionGrade> = {},
): CriterionGrade {
  return {
    id,
    level,
    checks: [{ id: 'asks_question', label: 'Asked a question', met: level > 0 }],
    evidence: [],
    rationale: 'test',
    suggestion: { text: 'Ask an open question.' },
    ...overrides,
  };
}

export function aGrade(levels: Partial<Record<CriterionId, number>> = {}, overrides: Partial<Grade> = {}): Grade {
  const all = { active_listening: 2, clarity: 3, open_questions: 2, ...levels };
  const criteria = Object.entries(all).map(([id, level]) => aCriterionGrade(id as CriterionId, level));
  const overall = Math.round((100 * criteria.reduce((s, c) => s + c.level, 0)) / (4 * criteria.length));
  return {
    overall,
    criteria,
    flags: [],
    engine: { name: 'embedded', version: 'test', rubric_version: 'test' },
    ...overrides,
  };
}

/** A valid saved attempt at the networking scenario's opening; override any field. */
export function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 's1:1',
    sessionId: 's1',
    scenarioId: 'networking-industry-event',
    scenarioVersion: 1,
    beatId: 'opening',
    context: 'Hi.',
    reply: 'Hello, how was the panel?',
    grade: aGrade(),
    createdAt: '2026-11-27T10:00:00.000Z',
    ...overrides,
  };
}

/** A finished conversation at the networking scenario, with no replies listed; override any field. */
export function aSession(id: string, overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id,
    scenarioId: 'networking-industry-event',
    scenarioVersion: 1,
    startedAt: '2026-11-20T09:59:00.000Z',
    finishedAt: '2026-11-20T10:05:00.000Z',
    attemptIds: [],
    overall: 60,
    ...overrides,
  };
}

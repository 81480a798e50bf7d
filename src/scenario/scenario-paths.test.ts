/**
 * Model-based tests: every scenario file's machine is walked with xstate/graph, feeding it grades
 * built from the scenario's own branch conditions. Every beat must be reachable, every branch
 * taken, and every reachable state must still be able to reach the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import type { GradeOutcome } from '../grading/grade.schema';
import { RUBRIC, type CriterionId } from '../grading/rubric';
import { parseScenarioText } from './parse-scenario-file';
import {
  createPracticeSessionMachine,
  latestAttempt,
  type PracticeSessionEvent,
  type PracticeSessionSnapshot,
} from './practice-session.machine';
import { DEBRIEF, type Scenario } from './scenario.schema';
import { aScenario } from '../test/builders';

const dir = join(import.meta.dirname, '../../scenarios');
const scenarios = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => {
    const r = parseScenarioText(readFileSync(join(dir, f), 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not parse; see scenario-files.test.ts`);
    return r.scenario;
  });

type Levels = Partial<Record<CriterionId, number>>;
type Checks = Partial<Record<CriterionId, Record<string, boolean>>>;

function outcome(levels: Levels, checks: Checks, fallback: number): GradeOutcome {
  const criteria = (Object.keys(RUBRIC) as CriterionId[]).map((id) => ({
    id,
    level: levels[id] ?? fallback,
    checks: RUBRIC[id].checks.map((c) => ({ id: c.id, label: c.label, met: checks[id]?.[c.id] ?? fallback >= 2 })),
    evidence: [],
    rationale: '',
    suggestion: { text: '' },
  }));
  return {
    kind: 'graded',
    grade: { overall: 50, criteria, flags: [], engine: { name: 'embedded', version: 't', rubric_version: 't' } },
  };
}

/** Grades that satisfy each branch's conditions, with every other criterion low and then high. */
function candidateOutcomes(scenario: Scenario): GradeOutcome[] {
  const out = [outcome({}, {}, 0), outcome({}, {}, 4)];
  for (const beat of scenario.beats) {
    for (const branch of beat.branches) {
      if (!branch.when) continue;
      const levels: Levels = {};
      const checks: Checks = {};
      for (const c of branch.when) {
        if ('check' in c) checks[c.criterion] = { ...checks[c.criterion], [c.check]: c.met };
        else levels[c.criterion] = c.at_least ?? c.at_most;
      }
      out.push(outcome(levels, checks, 0), outcome(levels, checks, 4));
    }
  }
  return out;
}

/** The state, and the levels of the latest reply where they decide what happens next. */
function serialize(snap: PracticeSessionSnapshot): string {
  const value = JSON.stringify(snap.value);
  const decides = snap.hasTag('feedback') || value.includes('"saving"');
  const grade = decides
    ? JSON.stringify(latestAttempt(snap.context)?.grade.criteria.map((c) => [c.level, c.checks.map((k) => k.met)]))
    : '';
  return `${value}|${grade}|${snap.status}`;
}

function walk(scenario: Scenario) {
  const machine = createPracticeSessionMachine(scenario);
  const grades = candidateOutcomes(scenario);
  const map = getAdjacencyMap(machine, {
    input: { sessionId: 'walk', startedAt: '2026-01-01T00:00:00.000Z' },
    serializeState: (s) => serialize(s as PracticeSessionSnapshot),
    events: (s): PracticeSessionEvent[] => {
      const snap = s as PracticeSessionSnapshot;
      if (snap.hasTag('briefing')) return [{ type: 'user.start' }];
      if (snap.hasTag('awaitingReply')) return [{ type: 'user.submitReply', reply: 'A reply.' }];
      if (JSON.stringify(snap.value).includes('"grading"')) {
        return [
          ...grades.map((output) => ({ type: 'xstate.done.actor.gradeReply', output })),
          { type: 'xstate.done.actor.gradeReply', output: { kind: 'grader-failed', reason: 'x' } },
        ] as never;
      }
      if (JSON.stringify(snap.value).includes('"saving"')) return [{ type: 'xstate.done.actor.saveAttempt' }] as never;
      if (snap.hasTag('gradingFailed')) return [{ type: 'user.retryGrading' }];
      if (snap.hasTag('feedback')) return [{ type: 'user.continue' }];
      if (snap.value === 'debrief') return [{ type: 'xstate.done.actor.saveSession' }] as never;
      return [];
    },
  });
  return map;
}

function untakenBranches(scenario: Scenario): string[] {
  const taken = new Set<string>();
  for (const v of Object.values(walk(scenario))) {
    const from = v.state as PracticeSessionSnapshot;
    if (!from.hasTag('feedback')) continue;
    for (const t of Object.values(v.transitions) as { state: unknown }[]) {
      const to = t.state as PracticeSessionSnapshot;
      taken.add(`${from.context.beatId}→${to.hasTag('debrief') ? DEBRIEF : to.context.beatId}`);
    }
  }
  return scenario.beats.flatMap((b) => b.branches.map((br) => `${b.id}→${br.goto}`)).filter((e) => !taken.has(e));
}

describe('the walk', () => {
  it('judges branches by their targets: a shadowed branch whose target is reached otherwise is not reported, an unreachable target is', () => {
    const scenario = aScenario({
      beats: [
        {
          id: 'opening',
          persona: 'Hi.',
          branches: [
            { when: [{ criterion: 'open_questions', at_least: 1 }], goto: 'opens-up' },
            { when: [{ criterion: 'open_questions', at_least: 3 }], goto: 'short-answer' },
            { goto: 'short-answer' },
          ],
        },
        { id: 'opens-up', persona: 'Great.', branches: [{ goto: 'debrief' }] },
        { id: 'short-answer', persona: 'Fine.', branches: [{ goto: 'debrief' }] },
      ],
    });
    // The second branch is shadowed, but its target is reached by the default, so by target all is taken.
    expect(untakenBranches(scenario)).toEqual([]);
    const unreachable = aScenario({
      beats: [
        {
          id: 'opening',
          persona: 'Hi.',
          branches: [
            { when: [{ criterion: 'open_questions', at_least: 0 }], goto: 'opens-up' },
            { goto: 'short-answer' },
          ],
        },
        { id: 'opens-up', persona: 'Great.', branches: [{ goto: 'debrief' }] },
        { id: 'short-answer', persona: 'Fine.', branches: [{ goto: 'debrief' }] },
      ],
    });
    expect(untakenBranches(unreachable)).toEqual(['opening→short-answer', 'short-answer→debrief']);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
  const map = walk(scenario);
  const states = Object.entries(map);

  it('reaches every beat', () => {
    const reached = new Set(states.map(([, v]) => (v.state as PracticeSessionSnapshot).context.beatId));
    expect([...reached].sort()).toEqual(scenario.beats.map((b) => b.id).sort());
  });

  it('takes every branch of every beat', () => {
    expect(untakenBranches(scenario)).toEqual([]);
  });

  it('ends every path at the debrief: no dead ends', () => {
    const finals = states.filter(([, v]) => (v.state as PracticeSessionSnapshot).status === 'done').map(([k]) => k);
    expect(finals.length).toBeGreaterThan(0);
    // Walk backwards from the end; every state must be able to get there.
    const canEnd = new Set(finals);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, v] of states) {
        if (canEnd.has(key)) continue;
        const next = (Object.values(v.transitions) as { state: unknown }[]).map((t) =>
          serialize(t.state as PracticeSessionSnapshot),
        );
        if (next.some((k) => canEnd.has(k))) {
          canEnd.add(key);
          grew = true;
        }
      }
    }
    const stuck = states.filter(([k]) => !canEnd.has(k)).map(([k]) => k);
    expect(stuck).toEqual([]);
  });
});

/**
 * How the embedded grader turns what its detectors found into a grade: the rubric's weights and caps,
 * the fitted level's bounds, text addressed to the grader, evidence, the suggestion and the rationale.
 * The detectors, the fitted model and the grader-directed detector are replaced by what each test says
 * they found, so these tests hold whatever the rules find in a given reply (they are tested elsewhere).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CriterionId, RUBRIC } from '../rubric';
import { featuresFor, gradeEmbedded, MAX_GRADED_CHARS, ruleLevel } from './embedded-grader';
import { adviceFor, partnerTopic } from './suggest';
import { analyse, type Span } from './text';

type Spans = Map<string, Span[]>;

const h = vi.hoisted(() => ({
  spans: new Map<string, Map<string, { start: number; end: number; text: string }[]>>(),
  carried: new Set<string>(),
  reflection: false,
  directed: [] as { start: number; end: number; text: string; label: 'addressed_to_grader' }[],
  fitted: {} as Record<string, number | null>,
  features: {} as Record<string, number>,
  analysed: [] as string[],
}));

vi.mock('./detect', () => ({
  detectAll: (reply: { text: string }) => {
    h.analysed.push(reply.text);
    return {
      spans: h.spans,
      carried: h.carried,
      facts: {
        question: 'none',
        questionForms: [],
        mainlyAsks: false,
        reflection: h.reflection,
        reflectionSignals: [],
        advice: false,
        monologue: false,
        dismissal: false,
        selfFocus: false,
      },
      questions: [],
      listening: { findings: [], reusedRoots: new Set(), reflection: {}, takesOnBoard: false },
    };
  },
}));
vi.mock('./levels/features', () => ({ levelFeatures: () => ({ ...h.features }) }));
vi.mock('./levels/level-model', () => ({ fittedLevel: (id: string) => h.fitted[id] ?? null }));
vi.mock('./detectors/grader-directed', () => ({ detectGraderDirected: () => h.directed }));

const REPLY = 'It sounds like the rollout was hard on the night shift. What changed their minds about the scanners?';
const CONTEXT = 'We moved the night shift to the new scanners last week, and they hated it at first.';
const ALL = CriterionId.options;

const span = (start: number, end: number): Span => ({ start, end, text: REPLY.slice(start, end) });
/** Spans by check, each check found once at its own place in the reply (or at the given places). */
function found(checks: readonly string[], at: Record<string, Span[]> = {}): Spans {
  return new Map(checks.map((c, i) => [c, at[c] ?? [span(i * 3, i * 3 + 2)]]));
}
const positives = (id: CriterionId) => RUBRIC[id].checks.filter((c) => c.weight > 0).map((c) => c.id);
const negatives = (id: CriterionId) => RUBRIC[id].checks.filter((c) => c.weight < 0).map((c) => c.id);

function grade(criteria: readonly CriterionId[] = ALL, reply = REPLY) {
  return gradeEmbedded({ reply, context: CONTEXT, criteria: [...criteria] });
}
const criterion = (g: ReturnType<typeof grade>, id: CriterionId) => g.criteria.find((c) => c.id === id)!;
const levelOf = (g: ReturnType<typeof grade>, id: CriterionId) => criterion(g, id).level;

beforeEach(() => {
  h.spans = new Map();
  h.carried = new Set();
  h.reflection = false;
  h.directed = [];
  h.fitted = {};
  h.features = {};
  h.analysed = [];
});

describe('the rule level (the rubric’s weights against its thresholds)', () => {
  const byThresholds = (id: CriterionId, score: number) =>
    RUBRIC[id].scoring.thresholds.filter((t) => score >= t).length;
  const weight = (id: CriterionId, check: string) => RUBRIC[id].checks.find((c) => c.id === check)!.weight;

  it('is 0 with nothing found, and counts a positive once however often it was found', () => {
    for (const id of ALL) expect(ruleLevel(id, new Map())).toBe(0);
    const once = found(['asks_question', 'asks_open_question']);
    const thrice = new Map([...once].map(([c, s]) => [c, [s[0]!, span(40, 45), span(50, 55)]]));
    expect(ruleLevel('open_questions', thrice)).toBe(ruleLevel('open_questions', once));
    expect(ruleLevel('open_questions', once)).toBe(
      byThresholds(
        'open_questions',
        weight('open_questions', 'asks_question') + weight('open_questions', 'asks_open_question'),
      ),
    );
  });

  it('counts each different instance of a negative up to the rubric’s limit where it says so (clarity), and positives once', () => {
    const upTo = RUBRIC.clarity.scoring.countNegativesUpTo!;
    expect(upTo).toBeGreaterThan(1);
    const hedge = weight('clarity', 'hedge');
    const content = weight('clarity', 'has_content');
    for (let k = 1; k <= upTo + 2; k++) {
      const hedges = Array.from({ length: k }, (_, i) => span(10 * i, 10 * i + 4));
      const spans = found(['has_content', 'hedge'], {
        has_content: [span(0, 5), span(20, 30), span(40, 50)],
        // The same hedge twice counts once.
        hedge: [...hedges, hedges[0]!],
      });
      expect(ruleLevel('clarity', spans)).toBe(byThresholds('clarity', content + hedge * Math.min(k, upTo)));
    }
  });

  it('counts a negative once where the rubric sets no limit', () => {
    expect(RUBRIC.active_listening.scoring.countNegativesUpTo).toBeUndefined();
    const once = found(['reuses_partner_words', 'reflects', 'names_feeling', 'advice_first']);
    const often = new Map(once).set('advice_first', [span(0, 3), span(10, 13), span(20, 23)]);
    expect(ruleLevel('active_listening', often)).toBe(ruleLevel('active_listening', once));
  });

  it('lifts a reply with any supporting move to at least 1, unless the criterion says not to', () => {
    // A reflection outweighed by an override still scores below the first threshold.
    const outweighed = found(['reuses_partner_words', 'overrides']);
    expect(weight('active_listening', 'reuses_partner_words') + weight('active_listening', 'overrides')).toBeLessThan(
      RUBRIC.active_listening.scoring.thresholds[0],
    );
    expect(ruleLevel('active_listening', outweighed)).toBe(1);
    // Naming a time or place alone is not feedback.
    expect(RUBRIC.specific_feedback.scoring.floorOnAnyPositive).toBe(false);
    expect(weight('specific_feedback', 'names_situation')).toBeLessThan(RUBRIC.specific_feedback.scoring.thresholds[0]);
    expect(ruleLevel('specific_feedback', found(['names_situation']))).toBe(0);
  });

  it('gives nothing for undermining moves alone', () => {
    for (const id of ALL) expect(ruleLevel(id, found(negatives(id)))).toBe(0);
  });
});

describe('the level', () => {
  it('follows the fitted level for listening and clarity, stays within one of the moves counted elsewhere, and takes all of accountability’s moves as its top level', () => {
    for (const id of ALL) {
      h.spans.set(id, found(positives(id)));
      h.fitted[id] = 0;
    }
    const g = grade();
    for (const id of ALL) {
      const rule = ruleLevel(id, h.spans.get(id)!);
      expect(rule, id).toBeGreaterThanOrEqual(2);
      const expected = id === 'active_listening' || id === 'clarity' ? 0 : id === 'accountability' ? rule : rule - 1;
      expect(levelOf(g, id), id).toBe(expected);
    }
  });

  it('keeps a fitted level above the moves counted', () => {
    h.spans.set('accountability', found(positives('accountability')));
    h.fitted.accountability = 4;
    h.spans.set('networking', found(['hook']));
    h.fitted.networking = 3;
    const g = grade(['accountability', 'networking']);
    expect(levelOf(g, 'accountability')).toBe(4);
    expect(levelOf(g, 'networking')).toBe(3);
  });

  it('is the rule level where no level was fitted for the criterion', () => {
    h.spans.set('open_questions', found(['asks_question', 'asks_open_question']));
    expect(levelOf(grade(['open_questions']), 'open_questions')).toBe(
      ruleLevel('open_questions', h.spans.get('open_questions')!),
    );
  });

  it('does not take accountability without every move, or with a deflection, as its top level', () => {
    const some = positives('accountability').slice(0, -1);
    h.spans.set('accountability', found(some));
    h.fitted.accountability = 0;
    const rule = ruleLevel('accountability', h.spans.get('accountability')!);
    expect(rule).toBeGreaterThanOrEqual(2);
    expect(levelOf(grade(['accountability']), 'accountability')).toBe(rule - 1);

    h.spans.set('accountability', found([...positives('accountability'), 'deflects']));
    const deflecting = ruleLevel('accountability', h.spans.get('accountability')!);
    expect(levelOf(grade(['accountability']), 'accountability')).toBe(Math.min(deflecting - 1, 2));
  });

  it('is at least Developing listening for an answer to what they asked, unless something pushes past them', () => {
    h.fitted.active_listening = 0;
    h.fitted.open_questions = 0;
    h.features.answers_them = 1;
    expect(levelOf(grade(['active_listening', 'open_questions']), 'active_listening')).toBe(2);
    expect(levelOf(grade(['open_questions']), 'open_questions')).toBe(0);
    h.spans.set('active_listening', found(['reuses_partner_words']));
    expect(levelOf(grade(['active_listening']), 'active_listening')).toBe(2);
    h.spans.set('active_listening', found(['reuses_partner_words', 'advice_first']));
    expect(levelOf(grade(['active_listening']), 'active_listening')).toBe(0);
    h.features.answers_them = 0;
    h.spans.set('active_listening', found(['reuses_partner_words']));
    expect(levelOf(grade(['active_listening']), 'active_listening')).toBe(0);
  });

  it('is Strong clarity for a clear reply that names the specifics, without a hedge', () => {
    h.fitted.clarity = 3;
    h.spans.set('clarity', found(['has_content', 'concrete']));
    expect(levelOf(grade(['clarity']), 'clarity')).toBe(4);
    h.spans.set('clarity', found(['has_content']));
    expect(levelOf(grade(['clarity']), 'clarity')).toBe(3);
    h.spans.set('clarity', found(['has_content', 'concrete', 'hedge']));
    expect(levelOf(grade(['clarity']), 'clarity')).toBe(3);
    h.fitted.clarity = 2;
    h.spans.set('clarity', found(['has_content', 'concrete']));
    expect(levelOf(grade(['clarity']), 'clarity')).toBe(2);
  });

  it('holds every cap of the rubric whatever the fitted level says', () => {
    for (const id of ALL) {
      h.fitted[id] = 4;
      h.spans.set(id, found(positives(id)));
    }
    // With every move and nothing undermining, no cap applies.
    for (const id of ALL) expect(levelOf(grade([id]), id), id).toBe(4);
    for (const id of ALL) {
      for (const cap of RUBRIC[id].scoring.caps ?? []) {
        for (const check of cap.ifAny ?? []) {
          h.spans.set(id, found([...positives(id), check]));
          expect(levelOf(grade([id]), id), `${id} with ${check}`).toBeLessThanOrEqual(cap.max);
        }
        if (cap.unlessAny) {
          h.spans.set(id, found(positives(id).filter((c) => !cap.unlessAny!.includes(c))));
          expect(levelOf(grade([id]), id), `${id} without ${cap.unlessAny.join(', ')}`).toBeLessThanOrEqual(cap.max);
          // One of them is enough.
          h.spans.set(id, found(positives(id).filter((c) => c !== cap.unlessAny![1])));
          if (cap.unlessAny.length > 1) expect(levelOf(grade([id]), id), `${id} with one of them`).toBe(4);
        }
      }
      h.spans.set(id, found(positives(id)));
    }
  });

  it('carries checks met earlier: the label says so, the rubric’s weights decide, and other criteria keep their fitted level', () => {
    h.carried = new Set(['accountability/owns_with_i']);
    h.spans.set(
      'accountability',
      found(['owns_with_i', 'apologises', 'repair_plan'], { owns_with_i: [{ start: 0, end: 0, text: '' }] }),
    );
    h.fitted.accountability = 0;
    h.fitted.networking = 2;
    const g = grade(['accountability', 'networking']);
    const accountability = criterion(g, 'accountability');
    expect(accountability.level).toBe(ruleLevel('accountability', h.spans.get('accountability')!));
    expect(accountability.level).toBeGreaterThan(0);
    const owns = RUBRIC.accountability.checks.find((c) => c.id === 'owns_with_i')!;
    expect(accountability.checks.find((c) => c.id === 'owns_with_i')).toEqual({
      id: 'owns_with_i',
      label: `${owns.label}, earlier in this conversation`,
      met: true,
    });
    expect(accountability.checks.find((c) => c.id === 'apologises')?.label).not.toMatch(/earlier/);
    // The carried check has no words in this reply to show.
    expect(accountability.evidence.map((e) => e.check)).toEqual(['apologises', 'repair_plan']);
    expect(levelOf(g, 'networking')).toBe(2);
    expect(g.facts?.carried).toEqual(['accountability/owns_with_i']);
  });
});

describe('text addressed to the grader', () => {
  // "What changed their minds" is addressed to the grader; spans touching it from either side are not in it.
  const start = REPLY.indexOf('What');
  const end = REPLY.indexOf(' about');
  beforeEach(() => {
    h.directed = [{ start, end, text: REPLY.slice(start, end), label: 'addressed_to_grader' }];
  });

  it('takes out a supporting move inside any of several passages addressed to the grader', () => {
    h.directed = [
      { start: 0, end: 2, text: REPLY.slice(0, 2), label: 'addressed_to_grader' },
      { start, end, text: REPLY.slice(start, end), label: 'addressed_to_grader' },
    ];
    h.spans.set(
      'open_questions',
      found(['asks_question', 'asks_open_question'], { asks_question: [span(start + 1, start + 3)] }),
    );
    const met = criterion(grade(['open_questions']), 'open_questions')
      .checks.filter((c) => c.met)
      .map((c) => c.id);
    expect(met).toEqual(['asks_open_question']);
  });

  it('earns nothing: no level, every supporting move in it unmet, what undermines still shown', () => {
    for (const id of ALL) h.fitted[id] = 4;
    h.spans.set(
      'active_listening',
      found(['reuses_partner_words', 'reflects', 'advice_first'], {
        reuses_partner_words: [span(start + 2, start + 6), span(0, 5)],
        reflects: [span(start - 3, start + 1)],
        advice_first: [span(start, end)],
      }),
    );
    h.spans.set(
      'open_questions',
      found(['asks_question', 'asks_open_question', 'builds_on_partner'], {
        asks_question: [span(start - 6, start)],
        asks_open_question: [span(end, end + 6)],
        builds_on_partner: [span(end - 1, end + 4)],
      }),
    );
    const g = grade();
    expect(g.flags).toEqual(['addressed-to-grader']);
    for (const c of g.criteria) {
      expect(c.level, c.id).toBe(0);
      expect(c.rationale).toBe('Part of the reply is addressed to the grader, so it earns no credit.');
      expect(c.suggestion).toEqual({
        text: 'Write to the person in the scenario; text addressed to the grader earns nothing.',
      });
      expect(c.evidence).toContainEqual({
        start,
        end,
        text: REPLY.slice(start, end),
        polarity: 'undermines',
        check: 'addressed_to_grader',
      });
    }
    const met = (id: CriterionId) =>
      criterion(g, id)
        .checks.filter((c) => c.met)
        .map((c) => c.id);
    expect(met('active_listening')).toEqual(['reuses_partner_words', 'advice_first']);
    expect(met('open_questions')).toEqual(['asks_question', 'asks_open_question']);
    expect(criterion(g, 'active_listening').evidence.map((e) => [e.start, e.check])).toEqual([
      [0, 'reuses_partner_words'],
      [start, 'advice_first'],
      [start, 'addressed_to_grader'],
    ]);
  });
});

describe('evidence, suggestion and rationale', () => {
  it('shows each span once, in reply order, supporting or undermining as its check does', () => {
    h.spans.set(
      'active_listening',
      found(['reflects', 'advice_first', 'reuses_partner_words'], {
        reflects: [span(30, 40), span(0, 10), span(30, 40)],
        advice_first: [span(0, 5)],
        reuses_partner_words: [span(50, 55), { start: 60, end: 60, text: '' }],
      }),
    );
    const { evidence } = criterion(grade(['active_listening']), 'active_listening');
    expect(evidence.map((e) => [e.start, e.end, e.check, e.polarity, e.text])).toEqual([
      [0, 5, 'advice_first', 'undermines', REPLY.slice(0, 5)],
      [0, 10, 'reflects', 'supports', REPLY.slice(0, 10)],
      [30, 40, 'reflects', 'supports', REPLY.slice(30, 40)],
      [50, 55, 'reuses_partner_words', 'supports', REPLY.slice(50, 55)],
    ]);
  });

  it('names what was found, or that nothing was', () => {
    h.spans.set('accountability', found(['apologises', 'owns_with_i']));
    const label = (id: string) => RUBRIC.accountability.checks.find((c) => c.id === id)!.label.toLowerCase();
    const g = grade(['accountability', 'networking']);
    expect(criterion(g, 'accountability').rationale).toBe(`Found: ${label('owns_with_i')}; ${label('apologises')}.`);
    expect(criterion(g, 'networking').rationale).toBe('None of the behaviours this criterion looks for were found.');
  });

  describe('the suggestion', () => {
    const topic = partnerTopic(analyse(CONTEXT));
    const suggestionFor = (id: CriterionId, checks: readonly string[]) => {
      h.spans.set(id, found(checks));
      return criterion(grade([id]), id).suggestion;
    };

    it('is about the heaviest move missed, wherever it is in the rubric', () => {
      const [asks, open] = RUBRIC.open_questions.checks;
      expect([asks!.id, open!.id]).toEqual(['asks_question', 'asks_open_question']);
      expect(open!.weight).toBeGreaterThan(asks!.weight);
      expect(suggestionFor('open_questions', [])).toEqual(adviceFor('open_questions', 'asks_open_question', topic));
    });

    it('is about the heaviest move missed', () => {
      expect(suggestionFor('accountability', [])).toEqual(adviceFor('accountability', 'owns_with_i', topic));
      expect(suggestionFor('accountability', ['owns_with_i', 'apologises', 'repair_plan'])).toEqual(
        adviceFor('accountability', 'repair_time', topic),
      );
    });

    it('on a tie, is about what undermines before what is missing', () => {
      expect(suggestionFor('accountability', ['deflects', 'apologises', 'repair_plan', 'repair_time'])).toEqual(
        adviceFor('accountability', 'deflects', topic),
      );
    });

    it('between moves missed that weigh the same, is about the first in the rubric', () => {
      expect(suggestionFor('accountability', ['owns_with_i', 'repair_time'])).toEqual(
        adviceFor('accountability', 'apologises', topic),
      );
    });

    it('between undermining moves that weigh the same, is about the last in the rubric', () => {
      const clarity = RUBRIC.clarity.checks;
      const heavy = clarity.filter((c) => c.weight === -1).map((c) => c.id);
      expect(heavy.length).toBeGreaterThanOrEqual(2);
      const [first, second] = heavy;
      expect(suggestionFor('clarity', [...positives('clarity'), first!, second!])).toEqual(
        adviceFor('clarity', second!, topic),
      );
    });

    it('between a move missed and undermining ones of the same weight, is about the last undermining one', () => {
      const w = (id: string) => RUBRIC.clarity.checks.find((c) => c.id === id)!.weight;
      expect([Math.abs(w('concrete')), Math.abs(w('hedge')), Math.abs(w('passive'))]).toEqual([0.5, 0.5, 0.5]);
      expect(suggestionFor('clarity', ['has_content', 'hedge', 'passive'])).toEqual(
        adviceFor('clarity', 'passive', topic),
      );
    });

    it('says to keep it up when every move is there and nothing undermines it', () => {
      expect(suggestionFor('networking', positives('networking'))).toEqual({
        text: 'Everything this criterion looks for is there. Keep it up.',
      });
    });
  });
});

describe('the reply as graded', () => {
  it('grades only the first 4,000 characters of a longer reply, and says so', () => {
    const long = 'a'.repeat(MAX_GRADED_CHARS + 1);
    expect(grade(['clarity'], long).flags).toEqual(['truncated']);
    expect(h.analysed.at(-1)).toBe('a'.repeat(MAX_GRADED_CHARS));
    const full = 'a'.repeat(MAX_GRADED_CHARS);
    expect(grade(['clarity'], full).flags).toEqual([]);
    expect(h.analysed.at(-1)).toBe(full);
  });

  it('reports a reflection only when it says back something of theirs', () => {
    h.reflection = true;
    expect(grade(['clarity']).facts).toMatchObject({ reflection: true });
    expect(grade(['clarity']).facts).not.toHaveProperty('carried');
    h.spans.set('active_listening', found(['hollow_reflection']));
    expect(grade(['clarity']).facts).toMatchObject({ reflection: false });
    h.reflection = false;
    h.spans.set('active_listening', new Map());
    expect(grade(['clarity']).facts).toMatchObject({ reflection: false });
  });

  it('gives the fitted levels every criterion’s rule level as a feature, reading the first 4,000 characters', () => {
    h.features = { answers_them: 1 };
    h.spans.set('open_questions', found(['asks_question', 'asks_open_question']));
    const features = featuresFor({ reply: 'b'.repeat(MAX_GRADED_CHARS + 10), context: CONTEXT, criteria: ['clarity'] });
    expect(h.analysed).toEqual(['b'.repeat(MAX_GRADED_CHARS)]);
    expect(features).toEqual({
      answers_them: 1,
      ...Object.fromEntries(ALL.map((id) => [`rule/${id}`, ruleLevel(id, h.spans.get(id) ?? new Map())])),
    });
    expect(features['rule/open_questions']).toBeGreaterThan(0);
  });
});

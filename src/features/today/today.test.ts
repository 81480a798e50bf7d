import { describe, expect, it } from 'vitest';
import { aScenario } from '../../test/builders';
import { dayKey } from './days';
import { currentStreak, weeklyGoal } from './streak';
import { dueDates, rankForToday, whyToday } from './daily-pick';

describe("today's scenario", () => {
  const library = ['a', 'b', 'c', 'd', 'e'].map((id) => aScenario({ id }));

  it('is the same for the same day and history, whatever order the library loads in', () => {
    const first = rankForToday(library, [], '2026-11-30')[0]!.id;
    expect(rankForToday([...library].reverse(), [], '2026-11-30')[0]!.id).toBe(first);
  });

  it('varies from day to day among equally good choices', () => {
    const picks = new Set(
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map(
        (d) => rankForToday(library, [], d)[0]!.id,
      ),
    );
    expect(picks.size).toBeGreaterThan(1);
  });

  it('is empty for an empty library', () => {
    expect(rankForToday([], [], '2026-11-30')).toEqual([]);
  });
});

describe('streak', () => {
  it('counts consecutive days ending today', () => {
    expect(currentStreak(['2026-11-25', '2026-11-26', '2026-11-27'], '2026-11-27')).toEqual({
      days: 3,
      practisedToday: true,
      covered: 0,
    });
  });

  it('stays alive through today when the learner practised yesterday', () => {
    expect(currentStreak(['2026-11-25', '2026-11-26'], '2026-11-27')).toEqual({
      days: 2,
      practisedToday: false,
      covered: 0,
    });
  });

  it('covers yesterday when the learner practised the day before, but breaks after two missed days', () => {
    expect(currentStreak(['2026-11-24', '2026-11-25'], '2026-11-27')).toEqual({
      days: 2,
      practisedToday: false,
      covered: 1,
    });
    expect(currentStreak(['2026-11-23', '2026-11-24'], '2026-11-27').days).toBe(0);
  });

  it('forgives one missed day a week, but not two', () => {
    expect(currentStreak(['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27'], '2026-11-27')).toEqual({
      days: 4,
      practisedToday: true,
      covered: 1,
    });
    expect(
      currentStreak(['2026-11-21', '2026-11-23', '2026-11-25', '2026-11-26', '2026-11-27'], '2026-11-27').days,
    ).toBe(4);
    expect(
      currentStreak(
        [
          '2026-11-10',
          '2026-11-12',
          '2026-11-13',
          '2026-11-14',
          '2026-11-15',
          '2026-11-16',
          '2026-11-17',
          '2026-11-18',
          '2026-11-20',
        ],
        '2026-11-20',
      ),
    ).toEqual({ days: 9, practisedToday: true, covered: 2 });
  });

  it('crosses month and year ends', () => {
    expect(currentStreak(['2026-12-31', '2027-01-01'], '2027-01-01').days).toBe(2);
  });

  it('uses the local calendar day', () => {
    expect(dayKey(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});

describe('weekly goal', () => {
  it('counts days this week and weeks in a row that met the goal', () => {
    // Week of Mon 16 Nov: 3 days; week of Mon 23 Nov: 2 days so far (Friday 27th).
    const days = ['2026-11-16', '2026-11-18', '2026-11-20', '2026-11-23', '2026-11-25'];
    expect(weeklyGoal(days, '2026-11-27', 3)).toEqual({ goal: 3, thisWeek: 2, weeksMet: 1 });
    expect(weeklyGoal([...days, '2026-11-27'], '2026-11-27', 3)).toEqual({ goal: 3, thisWeek: 3, weeksMet: 2 });
  });
});

describe('daily pick', () => {
  const a = (scenarioId: string, createdAt: string, overall: number, levels: Record<string, number> = {}) => ({
    id: `${scenarioId}-${createdAt}`,
    sessionId: 's',
    scenarioId,
    beatId: 'b',
    createdAt,
    overall,
    levels,
    engine: 'embedded',
    rubric: 'r',
    replyPreview: '',
  });
  const lib = [
    aScenario({ id: 'gentle', difficulty: 1, skills: ['open_questions'] }),
    aScenario({ id: 'hard', difficulty: 3, skills: ['accountability'] }),
    aScenario({ id: 'mid', difficulty: 2, skills: ['clarity'] }),
  ];

  it('starts a new learner on a gentle scenario', () => {
    expect(rankForToday(lib, [], '2026-11-27')[0]!.id).toBe('gentle');
  });

  it('does not bring back a scenario just practised well, and favours the weakest skill', () => {
    const history = [
      a('gentle', '2026-11-26T10:00:00.000Z', 95, { open_questions: 4 }),
      a('mid', '2026-11-26T11:00:00.000Z', 90, { clarity: 4 }),
      a('hard', '2026-11-20T10:00:00.000Z', 30, { accountability: 1 }),
    ];
    const ranked = rankForToday(lib, history, '2026-11-27').map((s) => s.id);
    expect(ranked[0]).toBe('hard');
    expect(dueDates(history).get('gentle')!.getTime()).toBeGreaterThan(Date.parse('2026-11-27T00:00:00Z'));
  });

  it('grows with the learner: after a theme goes well, its more demanding scenario comes first', () => {
    const path = [
      aScenario({ id: 'net-gentle', category: 'networking', difficulty: 1, skills: ['networking'] }),
      aScenario({ id: 'net-steady', category: 'networking', difficulty: 2, skills: ['networking'] }),
      aScenario({ id: 'net-hard', category: 'networking', difficulty: 3, skills: ['networking'] }),
    ];
    const rank = (history: ReturnType<typeof a>[]) => rankForToday(path, history, '2026-11-30')[0]!.id;
    expect(rank([])).toBe('net-gentle');
    const wentWell = [{ ...a('net-gentle', '2026-11-20T10:00:00.000Z', 90, { networking: 4 }), sessionId: 'g1' }];
    expect(rank(wentWell)).toBe('net-steady');
    const struggled = [
      ...wentWell,
      { ...a('net-steady', '2026-11-21T10:00:00.000Z', 20, { networking: 0 }), sessionId: 'g2' },
    ];
    expect(rank(struggled)).toBe('net-gentle');
  });

  it('says why in words the learner can check', () => {
    const themes = [
      aScenario({ id: 'listen', category: 'showing-interest', skills: ['open_questions'] }),
      aScenario({ id: 'own-it', category: 'admitting-mistakes', skills: ['accountability'] }),
    ];
    const history = [
      { ...a('listen', '2026-11-26T10:00:00.000Z', 95, { open_questions: 4 }), sessionId: 'x1' },
      { ...a('own-it', '2026-11-15T10:00:00.000Z', 30, { accountability: 1 }), sessionId: 'x2' },
    ];
    expect(whyToday(themes[1]!, themes, history, '2026-11-27')).toBe(
      "Because accountability is your weakest skill and you haven't practised admitting mistakes for 12 days; your admitting mistakes path is at gentle.",
    );
    expect(whyToday(themes[0]!, themes, history, '2026-11-27')).toBe(
      'Because your showing interest path is at moderate, and it is due for another go.',
    );
    expect(whyToday(themes[1]!, themes, [], '2026-11-27')).toMatch(/^A gentle start/);
  });
});

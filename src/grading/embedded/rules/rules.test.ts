import { describe, expect, it } from 'vitest';
import { RUBRIC, type CriterionId } from '../../rubric';
import { analyse } from '../text';
import { ALL_RULES } from './index';
import { fires, type Rule } from './rule';
import { PHRASE_EXCEPTIONS } from './exceptions';

const firesOn = (r: Rule, text: string) => analyse(text).sentences.some((s) => fires(r, s));

describe('every rule proves itself on its examples', () => {
  it('rule ids are unique and name their concern', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  for (const r of ALL_RULES) {
    describe(r.id, () => {
      it('has at least one example each way', () => {
        expect(r.examples.match.length).toBeGreaterThan(0);
        expect(r.examples.noMatch.length).toBeGreaterThan(0);
      });
      for (const text of r.examples.match) it(`matches: ${text}`, () => expect(firesOn(r, text)).toBe(true));
      for (const text of r.examples.noMatch) it(`does not match: ${text}`, () => expect(firesOn(r, text)).toBe(false));
    });
  }
});

/** Whether the check a rule bears on counts for or against its criterion, from the rubric's weight. */
function polarity(r: Rule): 'supports' | 'undermines' | null {
  if (r.effect === 'excludes') return null;
  const [criterion, check] = r.check.split('/') as [CriterionId, string];
  const weight = RUBRIC[criterion].checks.find((c) => c.id === check)?.weight ?? 0;
  return weight >= 0 ? 'supports' : 'undermines';
}

/** "i guess you" contains "i guess": whole words, in order. */
const contains = (long: string, short: string) => ` ${long} `.includes(` ${short} `);

describe('no phrase helps one check while hurting another', () => {
  it('each rule supports or undermines as its check weighs in the rubric', () => {
    for (const r of ALL_RULES) if (r.effect !== 'excludes') expect([r.id, polarity(r)]).toEqual([r.id, r.effect]);
  });

  it('no supporting phrase equals or contains an undermining one of another check, unless an exception says why', () => {
    const phrases = ALL_RULES.filter((r) => Array.isArray(r.match)).flatMap((r) =>
      (r.match as readonly string[]).map((p) => ({ rule: r, phrase: p, polarity: polarity(r) })),
    );
    const supports = phrases.filter((p) => p.polarity === 'supports');
    const undermines = phrases.filter((p) => p.polarity === 'undermines');
    const collisions: string[] = [];
    for (const s of supports)
      for (const u of undermines) {
        if (s.rule.check === u.rule.check) continue;
        if (!contains(s.phrase, u.phrase) && !contains(u.phrase, s.phrase)) continue;
        const key = `${s.phrase} / ${u.phrase}`;
        // Said alone, the longer phrase must trigger only one of the two rules; an `unless` settles it in code.
        const longer = (s.phrase.length >= u.phrase.length ? s.phrase : u.phrase).replace(/\*/g, 'really');
        const settled = !(firesOn(s.rule, longer) && firesOn(u.rule, longer));
        if (!settled && !(key in PHRASE_EXCEPTIONS))
          collisions.push(`${s.rule.id} "${s.phrase}" vs ${u.rule.id} "${u.phrase}"`);
      }
    expect(collisions).toEqual([]);
  });

  it('every exception still names a real overlap', () => {
    const all = new Set(ALL_RULES.filter((r) => Array.isArray(r.match)).flatMap((r) => r.match as readonly string[]));
    for (const key of Object.keys(PHRASE_EXCEPTIONS)) {
      const [a, b] = key.split(' / ') as [string, string];
      expect(all.has(a) && all.has(b), key).toBe(true);
    }
  });
});

/**
 * A rule is a value: what it recognises (phrases, a pattern or a predicate), the rubric check it
 * bears on, when it does not count, and examples that prove it. Detectors are small interpreters
 * over rules; `rules.test.ts` runs every rule's examples, and checks that no phrase helps one check
 * while hurting another.
 */
import type { CheckRef } from '../../rubric';
import { bare, opening } from '../lexicon';
import { findPhrases, type Sentence, type Span } from '../text';

/** Phrases (lower case, single spaces, `*` for one word), a pattern, or a predicate over a sentence. */
export type Matcher = readonly string[] | RegExp | ((s: Sentence) => Span[]);

export interface Rule {
  /** `concern.name`, unique across the rules. */
  id: string;
  /** The rubric check the rule bears on, as `criterion/check`: a typo does not compile. */
  check: CheckRef;
  /** Supports or undermines the check, or `excludes`: keeps a sentence from counting for it. */
  effect: 'supports' | 'undermines' | 'excludes';
  match: Matcher;
  /**
   * Where a pattern is tested: `anywhere` in the sentence (the match is the span), or at its `start`
   * after leading fillers (`startSo` keeps a leading "so"); a match at the start spans the sentence.
   */
  at?: 'anywhere' | 'start' | 'startSo';
  /** A match that lies inside one of these (or, for a predicate, when it holds) does not count. */
  unless?: Matcher;
  /** A match counts only when this holds of it and its sentence. */
  keep?: (found: Span, s: Sentence) => boolean;
  /** One line: the general form the rule recognises, and why it matters. */
  why: string;
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

/** Declares a rule; the identity function, there for type checking. */
export const rule = (r: Rule): Rule => r;

// Each pattern compiles its global form once.
const globals = new WeakMap<RegExp, RegExp>();
const globalOf = (m: RegExp) => {
  let g = globals.get(m);
  if (!g) globals.set(m, (g = new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`)));
  g.lastIndex = 0;
  return g;
};

function run(m: Matcher, s: Sentence, at: Rule['at'] = 'anywhere'): Span[] {
  if (typeof m === 'function') return m(s);
  if (m instanceof RegExp) {
    if (at !== 'anywhere') return m.test(at === 'start' ? bare(s) : opening(s)) ? [s] : [];
    const g = globalOf(m);
    return [...s.plain.matchAll(g)].map((x) => {
      const start = s.start + (x.index ?? 0);
      return { start, end: start + x[0].length, text: s.text.slice(start - s.start, start - s.start + x[0].length) };
    });
  }
  return findPhrases(s, m);
}

/** The spans of a sentence a rule finds, less those its `unless` covers. */
export function spans(r: Rule, s: Sentence): Span[] {
  let found = run(r.match, s, r.at);
  if (r.keep) found = found.filter((f) => r.keep!(f, s));
  if (!r.unless || found.length === 0) return found;
  const outs = run(r.unless, s);
  return found.filter((f) => !outs.some((o) => o.start <= f.start && f.end <= o.end));
}

export const fires = (r: Rule, s: Sentence): boolean => spans(r, s).length > 0;

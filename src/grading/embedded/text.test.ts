import { describe, expect, it } from 'vitest';
import { pickedUp } from './lexicon';
import { analyse, findPhrases } from './text';

describe('text analysis', () => {
  it('keeps exact character offsets for sentences and terms', () => {
    const text = 'We shipped it.  Did  the  night shift like it?';
    const a = analyse(text);
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'We shipped it.',
      'Did  the  night shift like it?',
    ]);
    expect(a.sentences[1]!.isQuestion).toBe(true);
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds phrases on word boundaries, with * standing for one word', () => {
    const [s] = analyse("You're absolutely right, and I'm glad.").sentences;
    expect(findPhrases(s!, ["you're * right"]).map((p) => p.text)).toEqual(["You're absolutely right"]);
    expect(findPhrases(s!, ["you're right"])).toEqual([]);
    expect(findPhrases(s!, ['glad'])).toHaveLength(1);
    expect(findPhrases(s!, ['lad'])).toEqual([]);
    expect(findPhrases(s!, ['* absolutely right']).map((p) => p.text)).toEqual(["You're absolutely right"]);
  });

  it('picks up the partner’s words in the same sense only', () => {
    const partner = analyse("We're trying to get route planning working in real time.").terms;
    expect(pickedUp(analyse('How does the route planning hold up?').terms, partner).map((t) => t.text)).toEqual([
      'route',
      'planning',
    ]);
    // "work" the noun is not "working" the verb.
    expect(pickedUp(analyse('I do a lot of optimisation work.').terms, partner)).toEqual([]);
    // A verb as common as "run" shares a lemma, not a topic.
    expect(pickedUp(analyse('I run operations in Antwerp.').terms, analyse('The panel ran long.').terms)).toEqual([]);
  });

  it('marks the passive voice, but not "has" shortened to "\'s"', () => {
    const passive = (text: string) => analyse(text).terms.some((t) => t.tags.has('Passive'));
    expect(passive('The report was sent late.')).toBe(true);
    expect(passive("What's surprised you most so far?")).toBe(false);
  });
});

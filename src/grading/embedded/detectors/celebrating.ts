import { aboutSelf, mentionsPartner, pickedUp } from '../lexicon';
import { enthusiasm, theirPart, undercut } from '../rules/celebrating';
import { selfShift } from '../rules/dismissal';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

/** Active-constructive responding to good news: their part named, warmth, their experience asked about. */
export function detectCelebrating(reply: Analysis, context: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  const asking = new Set(questions.map((q) => q.sentence.index));
  const theirWords = new Set(pickedUp(reply.terms, context.terms).map((t) => t.start));
  for (const s of reply.sentences) {
    out.push(...label(spans(enthusiasm, s), 'shows_enthusiasm'));
    out.push(...label(spans(undercut, s), 'undercuts'));
    out.push(...label(spans(selfShift, s), 'turns_to_self'));
    if (asking.has(s.index)) continue;
    // Specific: names their part, or praises with their own words about what happened.
    const part = spans(theirPart, s);
    const specificWords = s.terms.some((t) => theirWords.has(t.start)) && mentionsPartner(s.text);
    if (part.length) out.push(...label(part, 'recognises_specifics'));
    else if (specificWords && spans(enthusiasm, s).length) out.push(...label([s], 'recognises_specifics'));
  }
  // Any open question about them, or one that picks up their news, asks about their experience.
  for (const q of questions) {
    if (q.kind !== 'open' && q.form !== 'aux-elicitation') continue;
    if (mentionsPartner(q.sentence.text) || q.sentence.terms.some((t) => theirWords.has(t.start)))
      out.push({ ...q.sentence, label: 'asks_about_experience' });
  }
  // Mostly about oneself turns the talk away from their news.
  const self = reply.sentences.filter(aboutSelf);
  if (self.length >= 2 && self.length * 2 > reply.sentences.length)
    out.push(...label(self.slice(0, 1), 'turns_to_self'));
  return out;
}

import { pickedUp } from '../lexicon';
import { hook, nextStep, offer, pitchOrAsk } from '../rules/networking';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

/** A hook, interest in the person, an offer and a next step. */
export function detectNetworking(reply: Analysis, context: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(...label(spans(hook, s), 'hook'));
    out.push(...label(spans(offer, s), 'offer'));
    out.push(...label(spans(nextStep, s), 'next_step'));
    out.push(...label(spans(pitchOrAsk, s), 'pitch_or_ask'));
  }
  // Picking up what they said hooks into the moment.
  out.push(...label(pickedUp(reply.terms, context.terms).slice(0, 3), 'hook'));
  for (const q of questions) {
    // An ask put as a question ("Can I book you a demo next week?") is about what the speaker wants.
    if (spans(pitchOrAsk, q.sentence).length) continue;
    // Any open question is interest in them; a closed one counts when it is about them.
    if (q.kind === 'open' || /\byou|\byour/i.test(q.sentence.text)) out.push({ ...q.sentence, label: 'interest' });
  }
  return out;
}

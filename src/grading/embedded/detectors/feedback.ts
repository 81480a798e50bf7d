import { behaviour, globalLabel, impact, invitation, situation } from '../rules/feedback';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

/** Situation, behaviour, impact, an invitation to respond, and global labels. */
export function detectFeedbackSpecificity(reply: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(...label(spans(situation, s).slice(0, 1), 'names_situation'));
    out.push(...label(spans(impact, s), 'names_impact'));
    out.push(...label(spans(invitation, s), 'invites_response'));
    out.push(...label(spans(globalLabel, s), 'global_label'));
    out.push(...label(spans(behaviour, s).slice(0, 1), 'names_behaviour'));
  }
  // Any open question about them invites their side.
  for (const q of questions) {
    if (
      q.kind === 'open' &&
      /\byou|\byour/i.test(q.sentence.text) &&
      !out.some((f) => f.label === 'invites_response')
    ) {
      out.push({ ...q.sentence, label: 'invites_response' });
    }
  }
  return out;
}

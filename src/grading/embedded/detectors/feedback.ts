import {
  behaviour,
  globalLabel,
  impact,
  invitation,
  observedBehaviour,
  personLabel,
  plainBehaviour,
  plainImpact,
  situation,
} from '../rules/feedback';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

/** Situation, behaviour, impact, an invitation to respond, and global labels. */
export function detectFeedbackSpecificity(reply: Analysis, questions: readonly Question[]): Finding[] {
  const out: Finding[] = [];
  // Situation and impact belong to something that happened: a time or a consequence with no behaviour
  // or other part of feedback anywhere in the reply ("the weather was mild this week, which was nice")
  // is not feedback.
  const found = (r: Parameters<typeof spans>[0]) => reply.sentences.some((s) => spans(r, s).length > 0);
  const acted = found(behaviour) || found(plainBehaviour) || found(observedBehaviour);
  const impacted = found(impact) || found(plainImpact);
  const situated = found(situation);
  for (const s of reply.sentences) {
    if (acted || impacted) out.push(...label(spans(situation, s).slice(0, 1), 'names_situation'));
    if (acted || situated) out.push(...label([...spans(impact, s), ...spans(plainImpact, s)], 'names_impact'));
    out.push(...label(spans(invitation, s), 'invites_response'));
    out.push(...label([...spans(globalLabel, s), ...spans(personLabel, s)], 'global_label'));
    out.push(
      ...label(
        [...spans(behaviour, s), ...spans(plainBehaviour, s), ...spans(observedBehaviour, s)].slice(0, 1),
        'names_behaviour',
      ),
    );
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

import {
  behaviour,
  globalLabel,
  impact,
  invitation,
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
  // Situation and impact belong to a behaviour: a time or a consequence with no one's action near it
  // ("the weather was mild this week, which was nice") is not feedback.
  const acts = reply.sentences.map((s) => spans(behaviour, s).length + spans(plainBehaviour, s).length > 0);
  const near = (i: number) => acts[i] || acts[i - 1] || acts[i + 1];
  reply.sentences.forEach((s, i) => {
    if (near(i)) out.push(...label(spans(situation, s).slice(0, 1), 'names_situation'));
    if (acts[i] || acts[i - 1] || acts[i - 2])
      out.push(...label([...spans(impact, s), ...spans(plainImpact, s)], 'names_impact'));
    out.push(...label(spans(invitation, s), 'invites_response'));
    out.push(...label([...spans(globalLabel, s), ...spans(personLabel, s)], 'global_label'));
    out.push(...label([...spans(behaviour, s), ...spans(plainBehaviour, s)].slice(0, 1), 'names_behaviour'));
  });
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

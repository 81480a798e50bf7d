import { acknowledgesView, interestQuestion, override, position, sharedGoal } from '../rules/common-ground';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';

/** Interests, not positions: their view acknowledged, a shared goal, their interest explored; no override. */
export function detectCommonGround(reply: Analysis, questions: readonly Question[], reflected: boolean): Finding[] {
  const out: Finding[] = [];
  const asking = new Set(questions.map((q) => q.sentence.index));
  for (const s of reply.sentences) {
    out.push(...label(spans(acknowledgesView, s), 'acknowledges_view'));
    out.push(...label(spans(sharedGoal, s), 'names_shared_goal'));
    out.push(...label(spans(override, s), 'overrides'));
    if (asking.has(s.index)) out.push(...label(spans(interestQuestion, s), 'explores_interest'));
    else out.push(...label(spans(position, s), 'argues_position'));
  }
  // A reflection of what they said, or an acknowledgement in their words, acknowledges their view.
  if (reflected && !out.some((f) => f.label === 'acknowledges_view'))
    out.push({ start: 0, end: 0, text: '', label: 'acknowledges_view' });
  return out;
}

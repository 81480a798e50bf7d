import { apology, clockTime, deflection, ownership, repair, repairTime } from '../rules/accountability';
import { spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';

/** Ownership, apology, deflection, repair and its time, sentence by sentence. */
export function detectAccountability(reply: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(...label(spans(deflection, s), 'deflects'));
    out.push(...label(spans(ownership, s), 'owns_with_i'));
    out.push(...label(spans(apology, s).slice(0, 1), 'apologises'));
    const fixes = spans(repair, s);
    out.push(...label(fixes, 'repair_plan'));
    // A time counts where it says when the fix will be done.
    if (fixes.length) out.push(...label([...spans(repairTime, s), ...spans(clockTime, s).slice(0, 1)], 'repair_time'));
  }
  return out;
}

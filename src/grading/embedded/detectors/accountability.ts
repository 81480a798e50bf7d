import {
  apology,
  deflection,
  impersonalMistake,
  minimisingMistake,
  ownership,
  plainOwnership,
  softenedApology,
} from '../rules/accountability';
import {
  clockTime,
  emptyFix,
  plainRepair,
  repair,
  repairTime,
  repairUnderWay,
  sharedRepair,
  timeWords,
} from '../rules/repair';
import { fires, spans } from '../rules/rule';
import type { Analysis } from '../text';
import { label, type Finding } from './finding';

/** Ownership, apology, deflection, repair and its time, sentence by sentence. */
export function detectAccountability(reply: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const s of reply.sentences) {
    out.push(
      ...label(
        [
          ...spans(deflection, s),
          ...spans(impersonalMistake, s),
          ...spans(softenedApology, s),
          ...spans(minimisingMistake, s),
        ],
        'deflects',
      ),
    );
    out.push(...label([...spans(ownership, s), ...spans(plainOwnership, s)], 'owns_with_i'));
    out.push(...label(spans(apology, s).slice(0, 1), 'apologises'));
    const fixes = [
      ...spans(repair, s),
      ...spans(plainRepair, s),
      ...spans(repairUnderWay, s),
      ...spans(sharedRepair, s),
    ];
    out.push(...label(fixes, 'repair_plan'));
  }
  // A time counts where it says when the fix will be done: in a sentence with the fix, or right after it, and where
  // the fix names what will be done ("I will fix it by noon" gives a time for nothing in particular).
  const fixed = new Set(
    out
      .filter((f) => f.label === 'repair_plan')
      .map((f) => reply.sentences.findIndex((s) => s.start <= f.start && f.start < s.end))
      .filter((i) => !fires(emptyFix, reply.sentences[i]!)),
  );
  for (const [i, s] of reply.sentences.entries()) {
    if (!fixed.has(i) && !fixed.has(i - 1)) continue;
    const times = [...spans(repairTime, s), ...spans(clockTime, s).slice(0, 1), ...spans(timeWords, s)];
    out.push(...label(times, 'repair_time'));
  }
  return out;
}

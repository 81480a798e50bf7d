/** Agreement metrics for the evaluation script. */

export interface Binary {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** Precision, recall and F1 of the positive class from [human, predicted] pairs. */
export function binary(pairs: readonly [boolean, boolean][]): Binary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [h, p] of pairs) {
    if (h && p) tp++;
    else if (!h && p) fp++;
    else if (h && !p) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1), support: tp + fn };
}

export function multiclass(pairs: readonly [string, string][], labels: readonly string[]) {
  const per: Record<string, Binary> = {};
  for (const l of labels) per[l] = binary(pairs.map(([h, p]) => [h === l, p === l]));
  const macro = labels.reduce((s, l) => s + per[l]!.f1, 0) / labels.length;
  const accuracy = pairs.filter(([h, p]) => h === p).length / pairs.length;
  return { macro_f1: r3(macro), accuracy: r3(accuracy), labels: per };
}

export function confusion(title: string, pairs: readonly [string, string][], labels: readonly string[]): string {
  const w = 9;
  const lines = [title, ''.padEnd(w) + labels.map((l) => l.padStart(w)).join('')];
  for (const h of labels) {
    lines.push(
      h.padEnd(w) + labels.map((p) => String(pairs.filter(([a, b]) => a === h && b === p).length).padStart(w)).join(''),
    );
  }
  return lines.join('\n');
}

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auc(scored: readonly [boolean, number][]): number {
  const pos = scored.filter(([y]) => y).map(([, s]) => s);
  const neg = scored.filter(([y]) => !y).map(([, s]) => s);
  if (!pos.length || !neg.length) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

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

/** One expert's codes for one item, by column name. */
export type Codes = Record<string, string>;

/** Rows of `item_id, annotator_id, <columns>…` grouped by item and then by annotator. */
export function parseExpertCodes(csv: string, columns: readonly string[]): Map<string, Map<string, Codes>> {
  const [header = '', ...lines] = csv.trim().split(/\r?\n/);
  const names = header.split(',');
  const wanted = ['item_id', 'annotator_id', ...columns];
  const missing = wanted.filter((c) => !names.includes(c));
  if (missing.length) throw new Error(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const at = (row: string[], c: string) => row[names.indexOf(c)] ?? '';
  const items = new Map<string, Map<string, Codes>>();
  for (const line of lines) {
    const row = line.split(',');
    const id = at(row, 'item_id');
    if (!items.has(id)) items.set(id, new Map());
    items.get(id)!.set(at(row, 'annotator_id'), Object.fromEntries(columns.map((c) => [c, at(row, c)])));
  }
  return items;
}

export type Measure<F> =
  | { kind: 'multiclass'; labels: readonly string[]; human: (c: Codes) => string; grader: (f: F) => string }
  | { kind: 'binary'; human: (c: Codes) => boolean; grader: (f: F) => boolean };

/**
 * The human ceiling on items that several experts coded: each expert against the majority of the
 * others, and the grader against that same majority, averaged over the experts. Unlike a score on
 * single-annotator items, it does not mix the grader's errors with one coder's habits.
 */
export function expertAgreement<F>(
  items: ReadonlyMap<string, ReadonlyMap<string, Codes>>,
  grader: ReadonlyMap<string, F>,
  measures: Record<string, Measure<F>>,
) {
  const shared = [...items].filter(([id]) => grader.has(id));
  const experts = [...new Set(shared.flatMap(([, m]) => [...m.keys()]))];
  const result: Record<string, unknown> = { items: shared.length, experts: experts.length };
  for (const [name, m] of Object.entries(measures)) {
    const score = { expert: [] as number[], grader: [] as number[] };
    for (const held of experts) {
      const expertPairs: [string, string][] = [];
      const graderPairs: [string, string][] = [];
      for (const [id, byExpert] of shared) {
        const own = byExpert.get(held);
        if (!own) continue;
        const label = (c: Codes) => String(m.human(c));
        const agreed = majority([...byExpert].filter(([a]) => a !== held).map(([, c]) => label(c)));
        expertPairs.push([agreed, label(own)]);
        const f = grader.get(id)!;
        graderPairs.push([agreed, String(m.grader(f))]);
      }
      if (m.kind === 'multiclass') {
        score.expert.push(multiclass(expertPairs, m.labels).macro_f1);
        score.grader.push(multiclass(graderPairs, m.labels).macro_f1);
      } else {
        const yes = (pairs: [string, string][]) =>
          pairs.map(([h, p]) => [h === 'true', p === 'true'] as [boolean, boolean]);
        score.expert.push(binary(yes(expertPairs)).f1);
        score.grader.push(binary(yes(graderPairs)).f1);
      }
    }
    result[name] = { expert: mean(score.expert), grader: mean(score.grader) };
  }
  return result;
}

const mean = (xs: readonly number[]) => r3(xs.reduce((a, b) => a + b, 0) / xs.length);

/** The most frequent label; a tie goes to the label seen first. */
export function majority(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * Cohen's kappa with quadratic weights over ordered levels 0..k-1: 1 is perfect agreement, 0 is what
 * chance gives, and a disagreement of two levels costs four times one of one level.
 */
export function quadraticKappa(pairs: readonly [number, number][], k = 5): number {
  if (pairs.length === 0) return Number.NaN;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const a = new Array<number>(k).fill(0);
  const b = new Array<number>(k).fill(0);
  for (const [x, y] of pairs) {
    observed[x]![y]! += 1;
    a[x]! += 1;
    b[y]! += 1;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      num += w * observed[i]![j]!;
      den += (w * a[i]! * b[j]!) / pairs.length;
    }
  return den === 0 ? (num === 0 ? 1 : 0) : 1 - num / den;
}

/** Ranks with ties given their mean rank (1-based). */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let t = i; t <= j; t++) out[order[t]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks. */
export function spearman(pairs: readonly [number, number][]): number {
  const rx = ranks(pairs.map((p) => p[0]));
  const ry = ranks(pairs.map((p) => p[1]));
  const n = pairs.length;
  const mx = rx.reduce((s, v) => s + v, 0) / n;
  const my = ry.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

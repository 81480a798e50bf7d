import type { AttemptSummary } from '../../storage/history.schema';
import { formatDate, formatDateTime, formatMonth } from './format';

export type BucketSize = 'reply' | 'day' | 'week' | 'month';

export interface Bucket {
  /** Unique among the buckets (the attempt's id, or the day, week or month): what the chart's axis is keyed by. */
  key: string;
  /** The label shown on the axis; two buckets may share one (two replies in the same minute). */
  label: string;
  /** The time the bucket covers, in words: "27 Nov 2026, 10:05", "week of 23 Nov 2026". */
  period: string;
  /** The mean of each value in this bucket (a level per skill, or a conversation's listening). */
  levels: Record<string, number>;
  /** The most recent item (attempt, or conversation) of the bucket, which its point opens. */
  lastId: string;
  count: number;
  /** `engine · rubric` of the bucket's last attempt, to mark where grading changed. */
  grader: string;
}

/**
 * Each reply while there are few, then days for up to four months, weeks for up to three years and
 * months beyond: charts stay readable and fast.
 */
export function bucketSize(first: string, last: string, count = Number.POSITIVE_INFINITY): BucketSize {
  if (count <= 40) return 'reply';
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return days <= 120 ? 'day' : days <= 3 * 365 ? 'week' : 'month';
}

const pad = (n: number) => String(n).padStart(2, '0');
const LABELS: Record<BucketSize, (start: Date) => [label: string, period: string]> = {
  reply: (d) => [formatDateTime(d), formatDateTime(d)],
  day: (d) => [formatDate(d), formatDate(d)],
  week: (d) => [formatDate(d), `week of ${formatDate(d)}`],
  month: (d) => [formatMonth(d), formatMonth(d)],
};

/** The learner's local day, week (from Monday) or month of a time; cheap, as it runs for every attempt. */
function bucketStart(iso: string, size: Exclude<BucketSize, 'reply'>): Date {
  const d = new Date(iso);
  if (size === 'month') return new Date(d.getFullYear(), d.getMonth(), 1);
  if (size === 'week') return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

const keyOfStart = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** What bucketing reads of an item: when it happened, its id, and its values to average. */
export interface Bucketable<T> {
  time: (item: T) => string;
  id: (item: T) => string;
  values: (item: T) => Record<string, number>;
  /** The grader of the item, to mark where grading changed; none for items not graded as one. */
  grader?: (item: T) => string;
}

/** Groups items (oldest first) into buckets with the mean of each value. */
export function bucketBy<T>(items: readonly T[], size: BucketSize, read: Bucketable<T>): Bucket[] {
  const out: Bucket[] = [];
  const sums = new Map<string, Record<string, [number, number]>>();
  for (const item of items) {
    const time = read.time(item);
    const id = read.id(item);
    const start = size === 'reply' ? new Date(time) : bucketStart(time, size);
    const key = size === 'reply' ? id : keyOfStart(start);
    let bucket = out.at(-1);
    if (!bucket || bucket.key !== key) {
      // Formatting a date is slow: only once per bucket.
      const [label, period] = LABELS[size](start);
      bucket = { key, label, period, levels: {}, lastId: id, count: 0, grader: '' };
      out.push(bucket);
      sums.set(key, {});
    }
    const s = sums.get(key)!;
    for (const [name, value] of Object.entries(read.values(item))) {
      const [total, n] = s[name] ?? [0, 0];
      s[name] = [total + value, n + 1];
    }
    bucket.lastId = id;
    bucket.count += 1;
    bucket.grader = read.grader?.(item) ?? '';
  }
  for (const b of out) {
    for (const [name, [total, n]] of Object.entries(sums.get(b.key)!))
      b.levels[name] = Math.round((total / n) * 100) / 100;
  }
  return out;
}

const ATTEMPTS: Bucketable<AttemptSummary> = {
  time: (a) => a.createdAt,
  id: (a) => a.id,
  values: (a) => a.levels,
  grader: (a) => `${a.grader || a.engine} · rubric ${a.rubric}`,
};

/** Groups reply summaries (oldest first) into buckets with the mean level of each skill. */
export function bucketise(attempts: readonly AttemptSummary[], size: BucketSize): Bucket[] {
  return bucketBy(attempts, size, ATTEMPTS);
}

/** The bucket size for items from `first` to `last` (oldest first), or null when there are none. */
export function bucketSizeOf<T>(items: readonly T[], time: (item: T) => string): BucketSize | null {
  return items.length ? bucketSize(time(items[0]!), time(items.at(-1)!), items.length) : null;
}

/** A trailing moving average over `window` points that have a value; null where there is none yet. */
export function smooth(values: readonly (number | null)[], window = 5): (number | null)[] {
  const seen: number[] = [];
  return values.map((v) => {
    if (v === null) return null;
    seen.push(v);
    const recent = seen.slice(-window);
    return Math.round((recent.reduce((s, x) => s + x, 0) / recent.length) * 100) / 100;
  });
}

/** Indexes of buckets whose grader (engine, version, model, prompt or rubric) differs from the bucket before. */
export function graderChanges(buckets: readonly Bucket[]): number[] {
  return buckets.flatMap((b, i) => (i > 0 && b.grader !== buckets[i - 1]!.grader ? [i] : []));
}

/**
 * `npm run bench [-- --json] [-- --runs N]`: the embedded grader's speed on this machine, in Node
 * (the same code the browser runs in its worker), on one core. Grades a fixed, realistic set of
 * replies (20 to 150 words) on all six criteria after a warm-up, and reports replies per second,
 * p50 and p99 per reply, and the time to load the NLP library and model.
 */
import { performance } from 'node:perf_hooks';
import { gradeEmbedded } from '../src/grading/embedded/embedded-grader';
import { loadNlp } from '../src/grading/embedded/text';
import type { GradeRequest } from '../src/grading/grade.schema';
import { BENCH_REPLIES } from './bench-replies';
import { CriterionId } from '../src/grading/rubric';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 50;
const criteria: GradeRequest['criteria'] = [...CriterionId.options];

const words = BENCH_REPLIES.map((r) => r.reply.split(/\s+/).length);
const loadStart = performance.now();
loadNlp();
const loadMs = performance.now() - loadStart;

const grade = (r: (typeof BENCH_REPLIES)[number]) =>
  gradeEmbedded({ reply: r.reply, context: r.context, criteria, replyWords: { min: 8, max: 150 } });
// Warm-up until the JIT has compiled the hot paths, so the figures describe steady use.
for (let i = 0; i < 60; i++) BENCH_REPLIES.forEach(grade);

const times: number[] = [];
const wall = performance.now();
for (let i = 0; i < runs; i++) {
  for (const r of BENCH_REPLIES) {
    const t = performance.now();
    grade(r);
    times.push(performance.now() - t);
  }
}
const totalMs = performance.now() - wall;
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

const report = {
  embedded_grader: {
    replies_per_s: Math.round((times.length / totalMs) * 1000),
    p50_ms: round(at(0.5)),
    p99_ms: round(at(0.99)),
    max_ms: round(times.at(-1)!),
    load_ms: round(loadMs, 1),
  },
  replies: BENCH_REPLIES.length,
  words: { min: Math.min(...words), max: Math.max(...words) },
  graded: times.length,
  criteria: criteria.length,
  node: process.version,
};

if (json) console.log(JSON.stringify(report));
else {
  const e = report.embedded_grader;
  console.log(
    `Embedded grader on ${report.replies} replies of ${report.words.min}-${report.words.max} words, ${runs} rounds, ${report.criteria} criteria, Node ${report.node}, one core`,
  );
  console.log(
    `  ${e.replies_per_s} replies/s · p50 ${e.p50_ms} ms · p99 ${e.p99_ms} ms · max ${e.max_ms} ms · NLP load ${e.load_ms} ms`,
  );
}

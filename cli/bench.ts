/**
 * `npm run bench [-- --json] [-- --runs N]`: how long the embedded grader takes per reply, on this
 * machine, in Node (the same code the browser runs in its worker). Prints a table, or one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { gradeEmbedded } from '../src/grading/embedded/embedded-grader';
import type { GradeRequest } from '../src/grading/grade.schema';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 200;

const context =
  'Ha, nobody asks about that part. So we put computer vision on two of our cross-dock sites to count pallets as they come off the trucks. Getting the night shift to trust it was the hard part.';
const replies = {
  short: 'Was it good?',
  typical:
    "So the hardest part was getting the night shift to trust the counts, not the model. That sounds frustrating after three failed systems. What finally changed their minds? I'd be happy to introduce you to someone who did the same at our sites.",
  long: 'It sounds like trust was the real issue, and I can see why after three systems came and went. '.repeat(40),
};
const criteria: GradeRequest['criteria'] = ['active_listening', 'clarity', 'open_questions', 'networking'];

const t0 = performance.now();
gradeEmbedded({ reply: replies.typical, context, criteria });
const coldMs = performance.now() - t0;

const results: Record<string, { chars: number; p50_ms: number; p95_ms: number; max_ms: number }> = {};
for (const [name, reply] of Object.entries(replies)) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    gradeEmbedded({ reply, context, criteria });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  results[name] = { chars: reply.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: round(times.at(-1)!) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const report = { runs, first_grade_ms: round(coldMs), replies: results, node: process.version };
if (json) console.log(JSON.stringify(report));
else {
  console.log(`Embedded grader, ${runs} runs per reply, Node ${process.version}`);
  console.log(`first grade (cold, includes NLP start-up): ${report.first_grade_ms} ms`);
  console.table(results);
}

/**
 * `npm run grade -- --context TEXT --reply TEXT [--scenario ID] [--criteria a,b]` grades one reply;
 * `--engine llm` grades with any OpenAI-compatible endpoint from the environment.
 * `npm run grade -- --jsonl` reads `{ id, context, reply, scenario?, criteria? }` lines from stdin and
 * writes one JSON line per input. The same grading code the app runs; a failure is `grader-failed`,
 * an unusable input `invalid-input`, never a score.
 */
import { createInterface } from 'node:readline';
import type { Grader } from '../src/grading/grade.schema';
import { chooseGrader } from './engine';
import { gradeLine } from './grade-line';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

let grader: Grader;

async function main() {
  grader = chooseGrader(arg('--engine'));
  if (process.argv.includes('--jsonl')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        console.log(JSON.stringify({ id: null, outcome: 'invalid-input', reason: 'not valid JSON' }));
        continue;
      }
      console.log(JSON.stringify(await gradeLine(grader, raw)));
    }
    return;
  }
  const reply = arg('--reply');
  if (reply === undefined) {
    console.error(
      'usage: npm run grade -- --context TEXT --reply TEXT [--scenario ID] [--criteria a,b]\n       npm run grade -- --jsonl < replies.jsonl',
    );
    process.exitCode = 2;
    return;
  }
  const line = await gradeLine(grader, {
    id: 'cli',
    context: arg('--context') ?? '',
    reply,
    scenario: arg('--scenario'),
    criteria: arg('--criteria'),
  });
  console.log(JSON.stringify(line, null, 2));
  if (line.outcome !== 'graded') process.exitCode = 1;
}

void main();

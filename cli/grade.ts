/**
 * `npm run grade -- --context TEXT --reply TEXT [--scenario ID] [--criteria a,b]` grades one reply;
 * `--engine llm` grades with any OpenAI-compatible endpoint from the environment.
 * `npm run grade -- --jsonl` reads `{ id, context, reply, scenario?, criteria? }` lines from stdin and
 * writes one JSON line per input. The same grading code the app runs; a failure is `grader-failed`,
 * an unusable input `invalid-input`, never a score.
 */
import { createInterface } from 'node:readline';
import { inThreadEmbeddedGrader } from '../src/grading/embedded/embedded-grader.service';
import type { Grader } from '../src/grading/grade.schema';
import { createLlmClient } from '../src/grading/llm/llm-client';
import { LlmConfig } from '../src/grading/llm/llm-config';
import { createLlmGrader } from '../src/grading/llm/llm-grader';
import { gradeLine } from './grade-line';

/** `--engine llm` reads OPENAI_API_KEY, OPENAI_BASE_URL and RAPPORT_LLM_MODEL from the environment. */
function chooseGrader(): Grader {
  const engine = arg('--engine') ?? 'embedded';
  if (engine === 'embedded') return inThreadEmbeddedGrader;
  if (engine !== 'llm') {
    console.error(`unknown engine "${engine}": use embedded or llm`);
    process.exit(2);
  }
  const config = LlmConfig.safeParse({
    baseURL: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    model: process.env.RAPPORT_LLM_MODEL ?? '',
    apiKey: process.env.OPENAI_API_KEY ?? '',
  });
  if (!config.success) {
    console.error(
      `--engine llm needs OPENAI_BASE_URL (optional), RAPPORT_LLM_MODEL and usually OPENAI_API_KEY: ${config.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    process.exit(2);
  }
  return createLlmGrader(createLlmClient(config.data, { timeoutMs: 120_000 }), inThreadEmbeddedGrader);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

let grader: Grader;

async function main() {
  grader = chooseGrader();
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

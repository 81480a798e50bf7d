/**
 * `npm run grade -- --context TEXT --reply TEXT [--scenario ID] [--criteria a,b]` grades one reply;
 * `--engine llm` grades with any OpenAI-compatible endpoint from the environment.
 * `npm run grade -- --jsonl` reads `{ id, context, reply, scenario?, criteria? }` lines from stdin and
 * writes one JSON line per input. The same grading code the app runs; a failure is `grader-failed`,
 * an unusable input `invalid-input`, never a score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { inThreadEmbeddedGrader } from '../src/grading/embedded/embedded-grader.service';
import type { Grader, GradeOutcome, GradeRequest } from '../src/grading/grade.schema';
import { createLlmClient } from '../src/grading/llm/llm-client';
import { LlmConfig } from '../src/grading/llm/llm-config';
import { createLlmGrader } from '../src/grading/llm/llm-grader';
import { CORE_CRITERIA, CriterionId } from '../src/grading/rubric';
import { parseScenarioText } from '../src/scenario/parse-scenario-file';
import { criteriaForBeat, type Scenario } from '../src/scenario/scenario.schema';

const Input = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  context: z.string(),
  reply: z.string(),
  scenario: z.string().optional(),
  criteria: z
    .union([z.array(CriterionId), z.string().transform((s) => s.split(',').map((c) => CriterionId.parse(c.trim())))])
    .optional(),
});

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

const scenarios = new Map<string, Scenario>();
function scenario(id: string): Scenario {
  let s = scenarios.get(id);
  if (!s) {
    const file = join('scenarios', `${id}.yaml`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`unknown scenario "${id}" (no ${file})`);
    }
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) throw new Error(`${file} is not a valid scenario`);
    s = parsed.scenario;
    scenarios.set(id, s);
  }
  return s;
}

/** A scenario's criteria are those of its beats, plus the core three. */
function requestFor(input: z.infer<typeof Input>): GradeRequest {
  const s = input.scenario ? scenario(input.scenario) : null;
  const criteria = input.criteria?.length
    ? input.criteria
    : s
      ? [...new Set(s.beats.flatMap((b) => criteriaForBeat(b)))]
      : [...CORE_CRITERIA];
  return {
    reply: input.reply,
    context: input.context,
    criteria,
    replyWords: s?.reply_words,
    scenario: s
      ? { title: s.title, setting: s.setting, goal: s.goal, personaName: s.persona.name, personaRole: s.persona.role }
      : undefined,
  };
}

type Line = Record<string, unknown>;

async function gradeOne(raw: unknown): Promise<Line> {
  const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  const parsed = Input.safeParse(raw);
  if (!parsed.success)
    return {
      id,
      outcome: 'invalid-input',
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
    };
  let request: GradeRequest;
  try {
    request = requestFor(parsed.data);
  } catch (err) {
    return { id, outcome: 'invalid-input', reason: (err as Error).message };
  }
  const outcome: GradeOutcome = await grader.grade(request);
  if (outcome.kind !== 'graded') return { id, outcome: outcome.kind, reason: outcome.reason };
  const g = outcome.grade;
  return {
    id,
    outcome: 'graded',
    overall: g.overall,
    criteria: g.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      checks: c.checks,
      evidence: c.evidence.map(({ start, end, text, polarity }) => ({ start, end, text, polarity })),
      rationale: c.rationale,
      suggestion: c.suggestion,
    })),
    flags: g.flags,
    engine: g.engine,
  };
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
      console.log(JSON.stringify(await gradeOne(raw)));
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
  const line = await gradeOne({
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

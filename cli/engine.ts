/** The grader a command-line tool uses: `--engine embedded` (default) or `--engine llm` from the environment. */
import { inThreadEmbeddedGrader } from '../src/grading/embedded/embedded-grader.service';
import type { Grader } from '../src/grading/grade.schema';
import { createLlmClient } from '../src/grading/llm/llm-client';
import { LlmConfig } from '../src/grading/llm/llm-config';
import { createLlmGrader } from '../src/grading/llm/llm-grader';

/** `llm` reads OPENAI_API_KEY, OPENAI_BASE_URL and RAPPORT_LLM_MODEL from the environment; exits with a message when they are missing. */
export function chooseGrader(engine = 'embedded'): Grader {
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

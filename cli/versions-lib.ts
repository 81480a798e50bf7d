/**
 * Versions that follow the content. Each versioned thing has a hash of what it versions: the rubric's
 * data; the embedded grader's rules, its fitted level model and the grades it gives a fixed corpus
 * of replies (the golden file); the LLM prompt's text, its message template and its output schema. `versions.test.ts` fails
 * when a hash moved and its version did not; `npm run versions` regrades the corpus and moves them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeEmbedded } from '../src/grading/embedded/embedded-grader';
import { ALL_RULES } from '../src/grading/embedded/rules';
import { LEVEL_MODEL } from '../src/grading/embedded/levels/level-model';
import type { Grade, GradeRequest } from '../src/grading/grade.schema';
import { gradingMessage, SYSTEM_PROMPT } from '../src/grading/llm/grading-prompt';
import { outputJsonSchema } from '../src/grading/llm/llm-grade-output';
import { CriterionId, RUBRIC } from '../src/grading/rubric';

export const GOLDEN_CORPUS = 'tests/data/golden/corpus.jsonl';
export const GOLDEN_GRADES = 'tests/data/golden/grades.jsonl';
export const VERSIONS_FILE = 'src/grading/versions.json';

export type Component = 'rubric' | 'embedded' | 'prompt';
export interface Versions {
  rubric: { version: string; hash: string };
  embedded: { version: string; hash: string };
  prompt: { version: string; hash: string };
  /** Every version each component has had, with its hash: a version is never reused for other content. */
  history: { component: Component; version: string; hash: string }[];
}

/**
 * JSON with sorted keys and regular expressions as their source. A function hashes as a placeholder:
 * its text differs between the test transform and the CLI bundle, and what it does shows in the golden grades.
 */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
    if (typeof v === 'function') return '[function]';
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  });
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The corpus is graded on every criterion of the rubric. */
const ALL: CriterionId[] = [...CriterionId.options];

export function readCorpus(root = '.'): (GradeRequest & { id: string })[] {
  return readFileSync(join(root, GOLDEN_CORPUS), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as {
        id: string;
        context: string;
        reply: string;
        earlier?: string[];
        criteria?: CriterionId[];
      };
      return { id: r.id, context: r.context, reply: r.reply, earlier: r.earlier, criteria: r.criteria ?? ALL };
    });
}

/** What of a grade the golden file keeps: enough that any change a learner could see shows. */
export function goldenLine(id: string, g: Grade): string {
  return JSON.stringify({
    id,
    overall: g.overall,
    flags: g.flags,
    criteria: Object.fromEntries(
      g.criteria.map((c) => [
        c.id,
        {
          level: c.level,
          met: c.checks.filter((k) => k.met).map((k) => k.id),
          evidence: c.evidence.map((e) => `${e.check}:${e.start}-${e.end}${e.polarity === 'undermines' ? '-' : '+'}`),
          suggestion: c.suggestion.example ?? c.suggestion.text,
        },
      ]),
    ),
    facts: g.facts,
  });
}

export function goldenGrades(root = '.'): string {
  return readCorpus(root)
    .map((r) => goldenLine(r.id, gradeEmbedded(r)))
    .join('\n')
    .concat('\n');
}

/** The hashes of what each version covers, as the code and the golden file stand now. */
export function contentHashes(goldenText: string): Record<Component, string> {
  const sample: GradeRequest = { reply: 'REPLY', context: 'CONTEXT', criteria: ALL };
  const facts = {
    question: 'open' as const,
    questions: 1,
    reflection: true,
    advice: false,
    monologue: false,
    carried: ['x/y'],
    flags: [],
  };
  return {
    rubric: sha(stable(RUBRIC)),
    // Sorted by id: moving a rule between files changes nothing a learner sees.
    embedded: sha(stable([...ALL_RULES].sort((a, b) => a.id.localeCompare(b.id))) + stable(LEVEL_MODEL) + goldenText),
    prompt: sha(SYSTEM_PROMPT + gradingMessage(sample, facts, 'MARKER') + stable(outputJsonSchema())),
  };
}

/** The next version after `current`: a dated one gets today's date and a counter, a semantic one a minor bump. */
export function nextVersion(current: string, today: string): string {
  const dated = /^(.*?)(\d{4}-\d{2}-\d{2})\.(\d+)$/.exec(current);
  if (dated) return dated[2] === today ? `${dated[1]}${today}.${Number(dated[3]) + 1}` : `${dated[1]}${today}.1`;
  const semver = /^(\d+)\.(\d+)\.(\d+)$/.exec(current);
  if (semver) return `${semver[1]}.${Number(semver[2]) + 1}.0`;
  return `${current}.1`;
}

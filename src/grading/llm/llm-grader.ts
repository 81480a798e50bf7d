import {
  DISAGREEMENT,
  type CheckResult,
  type CriterionGrade,
  type Evidence,
  type Grade,
  type Grader,
  type GradeOutcome,
  type GradeRequest,
} from '../grade.schema';
import { overallScore } from '../overall-score';
import { RUBRIC, RUBRIC_VERSION } from '../rubric';
import { findQuote } from './find-quote';
import { addressesGrader, speaksOfGrading } from '../grading-talk';
import { gradingMessage, PROMPT_VERSION, randomMarker, SYSTEM_PROMPT } from './grading-prompt';
import type { ChatMessage, LlmClient } from './llm-client';
import { LlmError } from './llm-error';
import { LlmGradeOutput, outputJsonSchema, type LlmGradeOutput as Output } from './llm-grade-output';

export const LLM_ENGINE_VERSION = '0.2.0';

/** Remembers grades so the same reply in the same context never gets two different grades. */
export interface GradeCache {
  get(key: string): Grade | undefined;
  set(key: string, grade: Grade): void;
}

export function memoryCache(limit = 500): GradeCache {
  const map = new Map<string, Grade>();
  return {
    get: (k) => map.get(k),
    set: (k, g) => {
      map.set(k, g);
      if (map.size > limit) map.delete(map.keys().next().value!);
    },
  };
}

/**
 * The LLM grader: the same Grade contract as the embedded one. The model reads the rubric, the
 * partner's line, facts computed by code and the reply (as data between random markers). Its
 * answer is validated with zod, every quote is checked against the reply, levels the computed facts
 * contradict are capped, and the overall score is computed here. Any failure is `grader-failed`.
 */
export function createLlmGrader(client: LlmClient, embedded: Grader, cache: GradeCache = memoryCache()): Grader {
  return {
    name: 'llm',
    async grade(request: GradeRequest, signal?: AbortSignal): Promise<GradeOutcome> {
      if (!request.reply.trim()) return { kind: 'invalid-input', reason: 'The reply is empty.' };
      const key = JSON.stringify([
        client.config.baseURL,
        client.config.model,
        PROMPT_VERSION,
        RUBRIC_VERSION,
        request.criteria,
        request.context,
        request.reply,
        // Earlier replies change only what carries over (ownership, the facts of feedback).
        request.earlier ?? [],
      ]);
      const cached = cache.get(key);
      if (cached) return { kind: 'graded', grade: cached };

      // The code's facts, from the embedded grader (in the app, its worker: the model stays off the page).
      const computed = await embedded.grade(request, signal);
      if (computed.kind !== 'graded') return computed;
      const base = computed.grade;
      const facts = { ...base.facts!, flags: base.flags, questions: base.facts?.questions ?? 0 };
      const messages: ChatMessage[] = [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: gradingMessage(request, facts, randomMarker()) },
      ];
      try {
        const output = await askWithOneRetry(client, messages, request, signal);
        const grade = verify(output, request, base, client.config.model);
        cache.set(key, grade);
        return { kind: 'graded', grade };
      } catch (err) {
        const reason = err instanceof LlmError ? err.message : `The LLM grader failed: ${String(err)}`;
        return { kind: 'grader-failed', reason };
      }
    },
  };
}

/** Parses the model's answer; on a schema violation, asks once more with the error, then gives up. */
async function askWithOneRetry(
  client: LlmClient,
  messages: ChatMessage[],
  request: GradeRequest,
  signal?: AbortSignal,
): Promise<Output> {
  const schema = outputJsonSchema();
  // Stryker disable next-line StringLiteral: equivalent, the loop sets it before it is read
  let lastProblem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const content = await client.completeJson(messages, 'grade', schema, signal);
    const problem = check(content, request);
    if (typeof problem !== 'string') return problem;
    lastProblem = problem;
    messages = [
      ...messages,
      { role: 'assistant', content },
      {
        role: 'user',
        content: `That answer was not valid: ${problem}. Answer again with JSON that follows the schema exactly, grading exactly these criteria: ${request.criteria.join(', ')}.`,
      },
    ];
  }
  // Stryker disable next-line MethodExpression,StringLiteral: equivalent, the grader keeps only this error's message
  const kind = lastProblem.startsWith('not JSON') ? 'malformed' : 'schema';
  throw new LlmError(
    kind,
    `The model's answer did not follow the grading format twice (${lastProblem}). No grade was given.`,
  );
}

function check(content: string, request: GradeRequest): Output | string {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return `not JSON (${content.slice(0, 60)}…)`;
  }
  const parsed = LlmGradeOutput.safeParse(json);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ');
  const ids = parsed.data.criteria.map((c) => c.id);
  const missing = request.criteria.filter((id) => !ids.includes(id));
  const extra = ids.filter((id) => !request.criteria.includes(id));
  if (missing.length || extra.length || new Set(ids).size !== ids.length) {
    return `criteria must be exactly ${request.criteria.join(', ')} once each (missing: ${missing.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'})`;
  }
  return parsed.data;
}

/** Everything the model claimed, checked against the reply and the facts computed by code. */
function verify(output: Output, request: GradeRequest, embedded: Grade, model: string): Grade {
  const flagged = output.addressed_to_grader || embedded.flags.includes('addressed-to-grader');
  // A model that obeyed text about grading would not say so: where such text shows, in the reply or
  // in what the prompt carried from a scenario file or another model, the code's levels are the ceiling.
  const s = request.scenario;
  const guarded =
    flagged ||
    speaksOfGrading(request.reply) ||
    [request.context, ...(s ? [s.title, s.setting, s.goal, s.personaName, s.personaRole] : [])].some(addressesGrader);
  let heldBack = false;
  const criteria: CriterionGrade[] = request.criteria.map((id) => {
    const c = output.criteria.find((x) => x.id === id)!;
    const def = RUBRIC[id];
    const base = embedded.criteria.find((x) => x.id === id)!;
    // A quote that is not in the reply is dropped; a check "met" without a real quote is not met.
    const evidence: Evidence[] = c.evidence.flatMap((e) => {
      const at = findQuote(request.reply, e.quote);
      return at ? [{ ...at, text: request.reply.slice(at.start, at.end), polarity: e.polarity, check: 'llm' }] : [];
    });
    const checks: CheckResult[] = def.checks.map((k) => {
      // A check met at an earlier moment carries over as the code found it (its label says so).
      const carried = base.checks.find((x) => x.id === k.id && x.met && x.label !== k.label);
      if (carried) return carried;
      const claimed = c.checks.find((x) => x.id === k.id);
      const quoted = claimed?.quote ? findQuote(request.reply, claimed.quote) : null;
      // Checks steer the conversation's branches: under text about grading, only what the code found counts.
      const met =
        !!claimed?.met &&
        quoted !== null &&
        (!guarded || k.weight < 0 || (base.checks.find((x) => x.id === k.id)?.met ?? false));
      if (met && quoted) {
        evidence.push({
          ...quoted,
          text: request.reply.slice(quoted.start, quoted.end),
          polarity: k.weight >= 0 ? 'supports' : 'undermines',
          check: k.id,
        });
      }
      return { id: k.id, label: k.label, met };
    });
    let level = c.level;
    // Levels the computed facts contradict are capped.
    if (id === 'open_questions') {
      if (embedded.facts?.question === 'none') level = Math.min(level, 0);
      else if (embedded.facts?.question === 'closed') level = Math.min(level, 2);
    }
    // A level above what its own checks support is not credible either.
    if (level > 0 && !checks.some((k) => k.met) && evidence.length === 0) level = Math.min(level, 1);
    // Text about grading can never gain over the code's own verdict.
    if (guarded && level > base.level) {
      level = base.level;
      heldBack = true;
    }
    return {
      id,
      level,
      embedded_level: base.level,
      checks,
      // Words to the grader are never shown as a strength: there the code's own finding stands.
      evidence: dedupe(
        flagged
          ? [
              ...evidence.filter((e) => e.polarity === 'undermines'),
              ...base.evidence.filter((e) => e.check === 'addressed_to_grader'),
            ]
          : guarded
            ? evidence.filter((e) => e.polarity === 'undermines' || !speaksOfGrading(sentenceAround(request.reply, e)))
            : evidence,
      ),
      rationale: c.rationale,
      suggestion: {
        text: c.suggestion || base.suggestion.text,
        example: base.suggestion.example,
        grounding: base.suggestion.grounding,
      },
    };
  });
  const disagree = criteria.some((c) => Math.abs(c.level - (c.embedded_level ?? c.level)) >= DISAGREEMENT);
  return {
    overall: overallScore(criteria, request.weights),
    criteria,
    flags: [
      ...new Set([
        ...embedded.flags,
        ...(flagged ? ['addressed-to-grader'] : []),
        ...(heldBack ? ['held-to-on-device'] : []),
        ...(disagree ? ['engines-disagree'] : []),
      ]),
    ],
    facts: embedded.facts,
    better_version: flagged ? undefined : output.better_version.trim() || undefined,
    engine: {
      name: 'llm',
      version: LLM_ENGINE_VERSION,
      rubric_version: RUBRIC_VERSION,
      model,
      prompt_version: PROMPT_VERSION,
    },
  };
}

/** The sentence (or line) of `text` that holds a span. */
function sentenceAround(text: string, span: { start: number; end: number }): string {
  const stops = /[.!?。！？\n]/g;
  let from = 0;
  for (const m of text.matchAll(stops)) {
    if (m.index! >= span.start) break;
    from = m.index! + 1;
  }
  const after = text.slice(span.end).search(/[.!?。！？\n]/);
  return text.slice(from, after < 0 ? text.length : span.end + after + 1);
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const k = `${e.start}:${e.end}:${e.polarity}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.start - b.start);
}

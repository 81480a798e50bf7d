import { z } from 'zod';
import { CriterionId, CORE_CRITERIA, EVERY_REPLY, RUBRIC } from '../grading/rubric';

/** The id a branch uses to end the conversation and go to the debrief. */
export const DEBRIEF = 'debrief';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "first-contact"');
const Text = z.string().trim().min(1, 'must not be empty');

const LevelCondition = z
  .object({
    criterion: CriterionId,
    /** Taken when the criterion's level is at least this. */
    at_least: z.number().int().min(0).max(4).optional(),
    /** Taken when the criterion's level is at most this. */
    at_most: z.number().int().min(0).max(4).optional(),
  })
  .strict()
  .refine((c) => c.at_least !== undefined || c.at_most !== undefined, {
    message: 'give at_least or at_most',
  });

const CheckCondition = z
  .object({
    criterion: CriterionId,
    /** A check of that criterion in the rubric, e.g. `asks_open_question`. */
    check: z.string().min(1),
    /** Taken when the check was met (true) or not (false). */
    met: z.boolean(),
  })
  .strict();

/** A condition on the grade of the learner's reply to this beat: a level, or one named check. */
export const BranchCondition = z.union([CheckCondition, LevelCondition], {
  error: 'a condition is { criterion, at_least / at_most } or { criterion, check, met }',
});
export type BranchCondition = z.infer<typeof BranchCondition>;

export const Branch = z
  .object({
    /** All conditions must hold; a branch without conditions is the default and comes last. */
    when: z.array(BranchCondition).min(1).optional(),
    goto: Id,
  })
  .strict();
export type Branch = z.infer<typeof Branch>;

export const Beat = z
  .object({
    id: Id,
    /** What the persona says to open this beat; it reacts to the learner's previous reply. */
    persona: Text,
    /**
     * Other wordings of the same line: same meaning and branch, different words and small details.
     * A conversation picks one per beat from its seed, so a replay differs and a resume is identical.
     */
    variants: z.array(Text).min(1).optional(),
    /** A hint shown under the persona line, e.g. what to aim for in this reply. */
    prompt: Text.optional(),
    /** Criteria graded on the reply, besides the three core ones graded on every reply. */
    criteria: z.array(CriterionId).default([]),
    /** How much each criterion counts towards this beat's overall score (default 1 each). */
    weights: z.partialRecord(CriterionId, z.number().min(0).max(10)).optional(),
    /**
     * When an LLM is configured, it may speak for the persona here, in character, guided by this
     * direction; the scripted `persona` line is used whenever no LLM is available.
     */
    llm: z.object({ direction: Text }).strict().optional(),
    /**
     * One or two strong replies to this moment, written by the scenario's author: shown after the
     * learner's own grade (never before), and graded in tests as a check on the grader.
     */
    exemplars: z.array(Text).min(1).max(2).optional(),
    /** On a beat that ends the conversation: how well it went, shown in the debrief. */
    outcome: z.enum(['good', 'mixed', 'poor']).optional(),
    branches: z.array(Branch).min(1, 'a beat needs at least one branch (use goto: debrief to end)'),
  })
  .strict();
export type Beat = z.infer<typeof Beat>;

/** The situations of professional life the library covers. */
export const Category = z.enum([
  'networking',
  'giving-feedback',
  'admitting-mistakes',
  'showing-interest',
  'offering-help',
  'celebrating-success',
  'common-ground',
  'asking-for-feedback',
  'keeping-confidence',
  'following-up',
  'receiving-feedback',
  'disagreeing',
  'building-trust',
  'asking-for-help',
]);
export type Category = z.infer<typeof Category>;

/** A theme in words: "giving-feedback" → "giving feedback". */
export const categoryName = (category: string): string => category.replace(/-/g, ' ');

export const ScenarioSchema = z
  .object({
    id: Id,
    version: z.number().int().min(1),
    title: Text,
    category: Category,
    skills: z.array(CriterionId).min(1),
    difficulty: z.number().int().min(1).max(3),
    minutes: z.number().int().min(1).max(60),
    summary: Text,
    setting: Text,
    persona: z
      .object({
        name: Text,
        role: Text,
        organisation: Text,
        /** How they behave, and what makes them open up or close down. */
        personality: Text,
        /** Their mood as the conversation starts. */
        mood: Text,
        cares_about: z.array(Text).min(1),
      })
      .strict(),
    goal: Text,
    /** What counts as success, in a sentence the learner reads in the briefing. */
    success: Text,
    /** The reply length the scenario expects; clarity flags replies far outside it. */
    reply_words: z
      .object({ min: z.number().int().min(1), max: z.number().int().min(1) })
      .strict()
      .refine((b) => b.min <= b.max, { message: 'min must not exceed max' })
      .default({ min: 8, max: 90 }),
    start: Id,
    beats: z.array(Beat).min(3, 'a scenario needs at least three beats'),
    debrief: z.object({ tips: z.array(Text).min(1) }).strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.beats.forEach((beat, i) => {
      if (ids.has(beat.id)) {
        ctx.addIssue({ code: 'custom', path: ['beats', i, 'id'], message: `duplicate beat id "${beat.id}"` });
      }
      ids.add(beat.id);
    });
    if (!ids.has(s.start)) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `unknown beat "${s.start}"` });
    }
    s.beats.forEach((beat, i) => {
      beat.branches.forEach((branch, j) => {
        if (branch.goto !== DEBRIEF && !ids.has(branch.goto)) {
          ctx.addIssue({
            code: 'custom',
            path: ['beats', i, 'branches', j, 'goto'],
            message: `unknown beat "${branch.goto}"`,
          });
        }
        if (branch.when === undefined && j !== beat.branches.length - 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['beats', i, 'branches', j],
            message: 'a branch without "when" is the default and must come last',
          });
        }
        for (const [k, cond] of (branch.when ?? []).entries()) {
          if (!CORE_CRITERIA.includes(cond.criterion) && !beat.criteria.includes(cond.criterion)) {
            ctx.addIssue({
              code: 'custom',
              path: ['beats', i, 'branches', j, 'when', k, 'criterion'],
              message: `"${cond.criterion}" is not graded at this beat; add it to the beat's criteria`,
            });
          }
          if ('check' in cond && !RUBRIC[cond.criterion].checks.some((c) => c.id === cond.check)) {
            ctx.addIssue({
              code: 'custom',
              path: ['beats', i, 'branches', j, 'when', k, 'check'],
              message: `unknown check "${cond.check}" of ${cond.criterion}; known: ${RUBRIC[cond.criterion].checks.map((c) => c.id).join(', ')}`,
            });
          }
        }
      });
      for (const [c] of Object.entries(beat.weights ?? {})) {
        if (!criteriaForBeat(s, beat).includes(c as CriterionId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['beats', i, 'weights', c],
            message: `"${c}" is not graded at this beat`,
          });
        }
      }
      if (beat.outcome && beat.branches.some((b) => b.goto !== DEBRIEF)) {
        ctx.addIssue({
          code: 'custom',
          path: ['beats', i, 'outcome'],
          message: 'only a beat that ends the conversation has an outcome',
        });
      }
      const last = beat.branches[beat.branches.length - 1];
      if (last && last.when !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['beats', i, 'branches'],
          message: 'the last branch must have no "when", so every reply has somewhere to go',
        });
      }
    });
    // Every beat must be able to reach the debrief, or a learner could be stuck in a loop.
    const canEnd = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const beat of s.beats) {
        if (canEnd.has(beat.id)) continue;
        if (beat.branches.some((b) => b.goto === DEBRIEF || canEnd.has(b.goto))) {
          canEnd.add(beat.id);
          grew = true;
        }
      }
    }
    s.beats.forEach((beat, i) => {
      if (!canEnd.has(beat.id)) {
        ctx.addIssue({ code: 'custom', path: ['beats', i], message: `beat "${beat.id}" can never reach the debrief` });
      }
    });
  });

export type Scenario = z.infer<typeof ScenarioSchema>;

/**
 * The criteria graded at a beat: listening and clarity on every reply; open questions where the
 * scenario practises them (its skills), except in a closing moment, or where the beat's branches
 * test them; then the beat's own. Owning a mistake plainly, or saying goodbye, is not marked down
 * for asking nothing.
 */
export function criteriaForBeat(scenario: Pick<Scenario, 'skills'>, beat: Beat): CriterionId[] {
  const tested = new Set(beat.branches.flatMap((b) => (b.when ?? []).map((c) => c.criterion)));
  const closing = beat.branches.every((b) => b.goto === DEBRIEF);
  const practised = (c: CriterionId) => scenario.skills.includes(c) && !closing;
  const core = CORE_CRITERIA.filter((c) => EVERY_REPLY.includes(c) || practised(c) || tested.has(c));
  return [...new Set<CriterionId>([...core, ...beat.criteria])];
}

/**
 * The scripted line a conversation hears at a beat: one of the line and its variants, chosen by the
 * conversation's seed and the beat's id (so each beat varies on its own, and the same seed always
 * gives the same line). Without a seed (sessions saved before seeds existed), the first line.
 */
export function scriptedLine(beat: Pick<Beat, 'id' | 'persona' | 'variants'>, seed: number | undefined): string {
  const lines = [beat.persona, ...(beat.variants ?? [])];
  if (seed === undefined || lines.length === 1) return beat.persona;
  let h = seed >>> 0;
  for (let i = 0; i < beat.id.length; i++) h = Math.imul(h ^ beat.id.charCodeAt(i), 0x9e3779b1) >>> 0;
  return lines[((h ^ (h >>> 16)) >>> 0) % lines.length]!;
}

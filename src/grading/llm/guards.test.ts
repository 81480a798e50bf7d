/**
 * The LLM grader's guards, each with a case that reaches it: a level out of range in an answer that
 * is otherwise valid, and quotes that only look like the reply's words.
 */
import { describe, expect, it } from 'vitest';
import { server } from '../../test/msw-server';
import { chatCompletion, json, modelGrade, sequence } from '../../test/llm-mocks';
import { inThreadEmbeddedGrader } from '../embedded/embedded-grader.service';
import type { GradeRequest } from '../grade.schema';
import { findQuote } from './find-quote';
import { LlmGradeOutput } from './llm-grade-output';
import { createLlmClient } from './llm-client';
import { createLlmGrader, memoryCache } from './llm-grader';

const request: GradeRequest = {
  reply: 'So the night shift had seen three systems fail. What won them over?',
  context: 'Getting the night shift to trust it was the hard part, after the last rollout.',
  criteria: ['active_listening', 'clarity', 'open_questions'],
};
const grader = () =>
  createLlmGrader(
    createLlmClient({ baseURL: 'http://localhost:11434/v1', model: 'm', apiKey: '' }, { sleep: async () => {} }),
    inThreadEmbeddedGrader,
    memoryCache(),
  );

describe('level bounds', () => {
  it.each([5, 9, -1])(
    'refuses level %i in an otherwise valid answer, twice, as a failure, never a score',
    async (level) => {
      const answer = modelGrade(request.criteria, 'What won them over?', level);
      // Everything else about the answer is valid: the bound alone rejects it.
      expect(LlmGradeOutput.safeParse(modelGrade(request.criteria, 'What won them over?', 4)).success).toBe(true);
      const { handler, requests } = sequence(json(chatCompletion(answer)));
      server.use(handler);
      const outcome = await grader().grade(request);
      expect(outcome.kind).toBe('grader-failed');
      expect(requests).toHaveLength(2);
      expect(outcome.kind === 'grader-failed' && outcome.reason).toMatch(/level/);
    },
  );
});

describe('quotes', () => {
  it('drops a quote found only in the partner’s line, not in the reply', async () => {
    server.use(sequence(json(chatCompletion(modelGrade(request.criteria, 'after the last rollout', 4)))).handler);
    const outcome = await grader().grade(request);
    if (outcome.kind !== 'graded') throw new Error(outcome.kind);
    for (const c of outcome.grade.criteria) {
      expect(c.evidence).toEqual([]);
      expect(c.checks.some((k) => k.met)).toBe(false);
    }
  });

  it('finds a quote despite case, spacing, curly quotes and invisible characters, with the exact span', () => {
    const reply = 'You said “it’s   the\u200b night   shift” that  mattered.';
    const at = findQuote(reply, '"IT\'S THE NIGHT SHIFT"');
    expect(at).not.toBeNull();
    expect(reply.slice(at!.start, at!.end)).toBe('it’s   the\u200b night   shift');
    const tail = findQuote(reply, 'that mattered.');
    expect(reply.slice(tail!.start, tail!.end)).toBe('that  mattered.');
  });

  it('refuses a quote of which only the first half is in the reply', () => {
    expect(findQuote(request.reply, 'So the night shift had seen three systems crash and burn')).toBeNull();
    expect(findQuote(request.reply, 'so the NIGHT shift had seen four')).toBeNull();
  });

  it('returns the exact span, at the very start too, for a quote found as written', () => {
    expect(findQuote(request.reply, 'So the night shift')).toEqual({ start: 0, end: 18 });
    expect(findQuote(request.reply, 'What won them over?')).toEqual({ start: 48, end: 67 });
    // Two letters are enough; one is not.
    expect(findQuote('Go on, I am listening.', 'Go')).toEqual({ start: 0, end: 2 });
  });

  it('strips the quote marks and spaces a model wraps around a quote, however many', () => {
    expect(findQuote(request.reply, '  ""So the night shift""  ')).toEqual({ start: 0, end: 18 });
    expect(findQuote(request.reply, "“'What won them over?'”")).toEqual({ start: 48, end: 67 });
  });

  it('matches loosely from the first character, with spaces collapsed on both sides', () => {
    // Case differs, so only the loose path can find it; it starts at 0.
    expect(findQuote(request.reply, 'SO THE NIGHT SHIFT')).toEqual({ start: 0, end: 18 });
    // Extra spaces in the quote, single spaces in the reply.
    expect(findQuote(request.reply, 'three   systems\n fail')).toEqual({ start: 28, end: 46 });
    // A reply that opens with white space keeps its offsets.
    const padded = '  Hello   there, friend.';
    const at = findQuote(padded, 'hello there');
    expect(padded.slice(at!.start, at!.end)).toBe('Hello   there');
  });

  it('refuses a quote too short to show anything', () => {
    expect(findQuote(request.reply, '"S"')).toBeNull();
  });
});

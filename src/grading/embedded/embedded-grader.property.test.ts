/**
 * Property-based tests: whatever text arrives, the grader never throws, every level is 0-4 and
 * every evidence span lies inside the reply and quotes it exactly. 5,000 generated replies in all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUBRIC, type CriterionId } from '../rubric';
import { gradeEmbedded, MAX_GRADED_CHARS } from './embedded-grader';
import { inThreadEmbeddedGrader } from './embedded-grader.service';

const ALL = Object.keys(RUBRIC) as CriterionId[];

function checkGrade(reply: string, context: string) {
  const g = gradeEmbedded({ reply, context, criteria: ALL, replyWords: { min: 5, max: 80 } });
  expect(g.overall).toBeGreaterThanOrEqual(0);
  expect(g.overall).toBeLessThanOrEqual(100);
  expect(g.criteria.map((c) => c.id)).toEqual(ALL);
  for (const c of g.criteria) {
    expect(Number.isInteger(c.level) && c.level >= 0 && c.level <= 4).toBe(true);
    for (const e of c.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(Math.min(reply.length, MAX_GRADED_CHARS));
      expect(e.end).toBeGreaterThan(e.start);
      expect(reply.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

const words = fc.constantFrom(
  'What',
  'how',
  'why',
  'you',
  "you're",
  'sounds like',
  'I',
  "I'm sorry",
  'the report',
  'by 3pm',
  'because',
  'so',
  'never',
  'always',
  'should',
  'coffee?',
  'Tell me',
  '?',
  '.',
  ',',
  '!',
  '…',
  '—',
  '"',
  "'",
  '\n',
  '  ',
);
const emoji = fc.constantFrom('😀', '🙏🏽', '👩‍💻', '🇬🇧', '❤️', '🤔');
const rtl = fc.constantFrom('مرحبا كيف حالك؟', 'שלום, מה שלומך?', 'این گزارش اشتباه بود.');
const other = fc.constantFrom('¿Qué pasó?', 'Wie geht es dir?', '你今天怎么样？', 'Как дела?', 'सब ठीक है?');
const html = fc.constantFrom(
  '<b>',
  '</b>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&#x27;',
);
const control = fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u200b', '\u202e', '\ufeff', '\r\n', '\t');
const piece = fc.oneof(
  words,
  emoji,
  rtl,
  other,
  html,
  control,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));

// Two thousand grades a run, each run with a new seed: allow for a slow or busy CI machine.
describe('the embedded grader on any input', { timeout: 60_000 }, () => {
  it('never throws, keeps levels in 0-4 and evidence inside the reply (mixed pieces)', () => {
    fc.assert(
      fc.property(text, text, (reply, context) => checkGrade(reply, context)),
      { numRuns: 1000 },
    );
  });

  it('the same for arbitrary unicode strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (reply, context) => checkGrade(reply, context),
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['50,000 characters', 'What happened next at the depot? '.repeat(1600).slice(0, 50_000)],
    ['one 50,000-character word', 'a'.repeat(50_000)],
    ['only emoji', '😀'.repeat(500)],
    ['only control characters', '\u0000\u0001\u0002\u001b'.repeat(100)],
    ['right-to-left text', 'مرحبا كيف حالك؟ هل تريد أن تخبرني المزيد؟'],
    ['HTML', '<div><p>What <em>happened</em>?</p></div>'],
  ])('handles %s', (_, reply) => {
    checkGrade(reply, 'Hello, how are you?');
  });

  it('calls an empty or whitespace-only reply invalid input, not a zero', async () => {
    for (const reply of ['', '   ', '\n\t']) {
      expect(await inThreadEmbeddedGrader.grade({ reply, context: 'Hi', criteria: ALL })).toEqual({
        kind: 'invalid-input',
        reason: 'The reply is empty.',
      });
    }
  });
});

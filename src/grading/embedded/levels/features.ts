/**
 * The features a fitted level reads: what the detectors found, as numbers. Counts are capped, so
 * saying a thing five times never weighs more than saying it twice or three times. Every feature
 * only grows when text is added to a reply, and only `mayReward` features may raise a level.
 */
import { CriterionId, RUBRIC } from '../../rubric';
import type { Detection } from '../detect';
import {
  aboutSelf,
  ANSWER_START,
  bare,
  COURTESY_FIRST,
  CORPORATE,
  ELICITATION,
  mentionsPartner,
  pickedUp,
  surfaceContentWords,
  VAGUE,
} from '../lexicon';
import { countWords, type Analysis } from '../text';

export type Features = Record<string, number>;

const cap = (n: number, max = 3) => Math.min(n, max);

/** Every check of every criterion, as `criterion/check`: 1 when met, or a capped count for flags. */
function checkFeatures(d: Detection): Features {
  const out: Features = {};
  for (const id of CriterionId.options) {
    const spans = d.spans.get(id);
    for (const c of RUBRIC[id].checks) {
      const n = spans?.get(c.id)?.length ?? 0;
      out[`${id}/${c.id}`] = c.weight < 0 ? cap(n) : n > 0 ? 1 : 0;
    }
  }
  return out;
}

/** Whole-reply features: size, shape, who the reply is about, and how much of the partner it takes up. */
export function levelFeatures(d: Detection, reply: Analysis, context: Analysis): Features {
  const sentences = reply.sentences.length;
  const lengths = reply.sentences.map((s) => countWords(s.terms));
  const partnerContent = new Set(
    context.terms.filter((t) => t.tags.has('Noun') || t.tags.has('Verb')).map((t) => t.root),
  );
  const picked = new Set(pickedUp(reply.terms, context.terms).map((t) => t.root));
  const partnerWords = surfaceContentWords(context.text);
  const overlap = [...surfaceContentWords(reply.text)].filter((w) => partnerWords.has(w)).length;
  const q = d.questions;
  const open = q.filter((x) => x.kind === 'open' && !x.leading);
  const r = d.listening.reflection;
  const yesButs = yesBut(reply, d);
  const asked = context.sentences.at(-1)?.isQuestion ?? false;
  const first = reply.sentences[0];
  const askedRoots = new Set(pickedUp(context.sentences.at(-1)?.terms ?? [], reply.terms).map((t) => t.root));
  // What they asked, wherever in their line: their last question or request ("Did you see it? I think it's my
  // best work." asks too; so does "Walk me through it."). "Thanks for asking!" before an answer is a courtesy.
  const question = context.sentences.findLast((s) => s.isQuestion || ELICITATION.test(s.lower));
  const answer = reply.sentences.find((s) => !COURTESY_FIRST.test(s.lower));
  const questionRoots = new Set(pickedUp(question?.terms ?? [], reply.terms).map((t) => t.root));
  return {
    ...checkFeatures(d),
    words: Math.log1p(reply.words),
    long: reply.words > 80 ? 1 : 0,
    sentences: cap(sentences, 8) / 8,
    max_sentence: Math.max(0, ...lengths) / 30,
    max_commas: cap(Math.max(0, ...reply.sentences.map((s) => (s.text.match(/,/g) ?? []).length)), 6),
    questions: cap(q.length),
    open_questions: cap(open.length),
    closed_questions: cap(q.filter((x) => x.kind === 'closed').length),
    open_about_partner: open.some((x) => mentionsPartner(x.sentence.text)) ? 1 : 0,
    suggestion_questions: cap(q.filter((x) => x.form === 'suggestion').length),
    picked: cap(picked.size, 6) / 6,
    picked_share: partnerContent.size ? picked.size / partnerContent.size : 0,
    overlap: cap(overlap, 6) / 6,
    reflect_candidates: cap(r.candidates.length),
    stems: cap(r.stemmed.length),
    stem_with_their_words: r.stemmed.some((s) =>
      reply.terms.some((t) => t.start >= s.start && t.end <= s.end && picked.has(t.root)),
    )
      ? 1
      : 0,
    directives: cap(r.directives.length),
    self_sentences: cap(reply.sentences.filter(aboutSelf).length),
    partner_asked: asked ? 1 : 0,
    // The reply opens by answering what they asked: its first sentence states, and takes up their question.
    answers_first:
      asked &&
      first &&
      !first.isQuestion &&
      (ANSWER_START.test(first.lower) || first.terms.some((t) => askedRoots.has(t.root)))
        ? 1
        : 0,
    // The reply answers what they asked or takes on what they raised: the rubric's Developing, when nothing in it
    // pushes past them. Read by that bound, not by the fitted levels (fitted before it existed).
    answers_them:
      (question &&
        answer &&
        !answer.isQuestion &&
        (ANSWER_START.test(answer.lower) ||
          ANSWER_START.test(bare(answer)) ||
          answer.terms.some((t) => questionRoots.has(t.root)))) ||
      d.listening.takesOnBoard
        ? 1
        : 0,
    // A statement that sees it from where they stand, with their words in it: the rubric's Proficient, read by that
    // bound, not by the fitted levels (fitted before it existed).
    acknowledges_theirs: d.listening.groundedAcknowledgements.length > 0 ? 1 : 0,
    exclamations: cap((reply.text.match(/!/g) ?? []).length),
    vague: cap((reply.text.match(VAGUE) ?? []).length),
    corporate: cap((reply.text.match(CORPORATE) ?? []).length),
    // Formulas: stems and acknowledgements, less those that carry their words from where they stand.
    stock_phrases: cap(
      r.stemmed.length +
        (d.spans.get('active_listening')?.get('acknowledges')?.length ?? 0) -
        d.listening.theirViews.length,
      5,
    ),
    apologies: cap((reply.text.match(/\b(sorry|apologi[sz]e)/gi) ?? []).length),
    yes_but: yesButs ? 1 : 0,
    // An open question narrowed to options ("what's driving it, the CEO, the cost or the judge?").
    open_with_options: open.some((x) => /,[^?]*\bor\b|\bor\b[^?]{0,40}\?$/i.test(x.sentence.text)) ? 1 : 0,
    // An open question stacked with a closed one.
    mixed_questions: open.length > 0 && q.some((x) => x.kind === 'closed' && x.form !== 'tag') ? 1 : 0,
    // A question asked alongside sarcasm, a threat or a dismissal is rhetorical.
    rhetorical: q.length > 0 && (has(d, 'dismisses') || has(d, 'overrides')) ? 1 : 0,
    parrot: longestSharedRun(reply, context) >= 5 ? 1 : 0,
    echo_then_dismiss:
      q.some((x) => x.form === 'declarative') && (yesButs || has(d, 'dismisses') || has(d, 'overrides')) ? 1 : 0,
  };
}

/** Behaviours of other criteria that are evidence of this one too. */
const RELATED: Partial<Record<CriterionId, readonly string[]>> = {
  active_listening: [
    'open_questions/asks_open_question',
    'open_questions/builds_on_partner',
    'celebrating/asks_about_experience',
    'celebrating/recognises_specifics',
    'common_ground/acknowledges_view',
    'common_ground/names_shared_goal',
    'common_ground/explores_interest',
  ],
  celebrating: ['active_listening/reflects', 'active_listening/names_feeling', 'open_questions/builds_on_partner'],
  common_ground: [
    'active_listening/reflects',
    'active_listening/acknowledges',
    'active_listening/names_feeling',
    'open_questions/asks_open_question',
    'open_questions/builds_on_partner',
  ],
  networking: [
    'open_questions/asks_open_question',
    'open_questions/builds_on_partner',
    'active_listening/acknowledges',
  ],
  specific_feedback: ['open_questions/asks_open_question'],
  accountability: ['active_listening/acknowledges', 'active_listening/names_feeling'],
};

const has = (d: Detection, check: string) => (d.spans.get('active_listening')?.get(check)?.length ?? 0) > 0;
const CONTRAST = /^(but|however|though|still|that said|then again|yet)\b/i;
const ACKNOWLEDGING =
  /\b(i hear|i understand|i get (it|that)|i see|you're right|you are right|sounds like|fair (point|enough)|i know|no offence|i appreciate)\b/i;

/** "I hear you. But…": an acknowledgement taken back by the next clause. */
function yesBut(reply: Analysis, d: Detection): boolean {
  const reflective = new Set(d.listening.reflection.candidates.map((c) => c.start));
  return reply.sentences.some((s, i) => {
    const acknowledges = reflective.has(s.start) || ACKNOWLEDGING.test(s.text);
    if (!acknowledges) return false;
    const next = reply.sentences[i + 1];
    return /,\s*but\b/i.test(s.text) || (!!next && CONTRAST.test(next.text.trim()));
  });
}

/** The longest run of words the reply copies from the partner's line, word for word. */
function longestSharedRun(reply: Analysis, context: Analysis): number {
  const words = (a: Analysis) => a.terms.filter((t) => /\p{L}/u.test(t.text)).map((t) => t.normal);
  const r = words(reply);
  const c = words(context);
  let best = 0;
  const prev = new Array<number>(c.length + 1).fill(0);
  for (let i = 1; i <= r.length; i++) {
    let diag = 0;
    for (let j = 1; j <= c.length; j++) {
      const keep = prev[j]!;
      prev[j] = r[i - 1] === c[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j]!);
      diag = keep;
    }
  }
  return best;
}

/**
 * Features a weight in `model`'s level may reward. Adding text to a reply can only raise any feature here (counts, sizes,
 * checks met), so every other feature may only count against a level: padding never pays.
 */
export function mayReward(feature: string, model: CriterionId): boolean {
  const [criterion, check] = feature.split('/');
  if (criterion === 'rule') return check === model;
  if (check !== undefined) {
    // The criterion's own behaviours, and the few of another criterion that show the same skill (asking
    // about them shows listening); a phrase another criterion looks for is otherwise no credit here.
    const def = RUBRIC[criterion as CriterionId]?.checks.find((c) => c.id === check);
    return !!def && def.weight > 0 && (criterion === model || (RELATED[model] ?? []).includes(feature));
  }
  return [
    'picked',
    'picked_share',
    'overlap',
    'stem_with_their_words',
    'open_about_partner',
    'partner_asked',
    'answers_first',
  ].includes(feature);
}

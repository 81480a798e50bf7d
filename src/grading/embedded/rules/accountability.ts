/**
 * Accountability when admitting a mistake (Lewicki, Polin & Lount 2016): ownership in the first
 * person, an apology, no deflection, a repair and when it will be done.
 */
import type { Sentence, Span, Term } from '../text';
import { rule } from './rule';

const DEFLECTION = [
  'not my fault',
  "wasn't my fault",
  'was not my fault',
  "wasn't * my fault",
  'was not * my fault',
  "isn't my fault",
  "isn't * my fault",
  'not * my fault',
  'not on me',
  "wasn't on me",
  // The non-apology: a mistake with no one who made it.
  'mistakes were made',
  'errors were made',
  'mistakes happen',
  'these things happen',
  'sent me the wrong',
  'gave me the wrong',
  'sent us the wrong',
  'gave us the wrong',
  "it wasn't me",
  'someone else',
  'nobody told me',
  'no one told me',
  'i was told',
  'they told me',
  'they gave me',
  'they sent me',
  "they didn't",
  'they did not',
  'the system',
  'the spreadsheet',
  'the template',
  'the formula',
  'the tool',
  'the data team',
  'the other team',
  'their fault',
  'his fault',
  'her fault',
  'because of them',
  'because they',
  'blame',
  'to be fair',
  'in my defence',
  'in my defense',
  "wasn't clear",
  'was unclear',
  'everyone does',
  'happens to everyone',
  'not a big deal',
  'not that bad',
  'technically',
];

export const deflection = rule({
  id: 'accountability.deflection',
  check: 'accountability/deflects',
  effect: 'undermines',
  match: DEFLECTION,
  // "The spreadsheet" is only deflection when it is the subject doing the damage, not "I fixed the spreadsheet".
  keep: (d, s) => {
    const before = s.text.slice(0, d.start - s.start);
    if (/^the /i.test(d.text) && /\bi\b/i.test(before)) return false;
    // "The template still had last quarter's figures" blames it; "the template will check each total" is the fix.
    if (/^the /i.test(d.text))
      return /^\s+(\w+\s+){0,2}(was|were|had|has|hadn't|didn't|did not|doesn't|does not|broke|failed|crashed|is (wrong|broken|out of date)|overwrote|changed|pulled|used|missed|let)\b/i.test(
        s.text.slice(d.end - s.start),
      );
    // Blame refused or taken is ownership: "nobody else is to blame", "I'm to blame", "it's not their fault".
    if (
      /^blame$/i.test(d.text) &&
      /\b((no ?one|nobody)( else)? (is|'s|was) to|i('m| am| was) to|(don't|do not|won't|can't|not))\s*$/i.test(before)
    )
      return false;
    if (/fault$/i.test(d.text) && /\b(not|n't|never)( \w+)?\s*$/i.test(before))
      return !/^(their|his|her) /i.test(d.text);
    return true;
  },
  why: 'Blame placed elsewhere, or a mistake with no one who made it.',
  examples: {
    match: ["It wasn't really my fault.", 'Mistakes were made.', 'The template was wrong.', 'They are to blame.'],
    noMatch: [
      'I fixed the template.',
      'Mine. Nobody else is to blame.',
      "It's not their fault, it's mine.",
      "I'm to blame.",
    ],
  },
});

/**
 * A mistake with no one who made it: "there was a problem with the invoice system", "an error crept in". Only where
 * the same sentence owns nothing: "there was a mistake on your invoice, and it was mine" owns it.
 */
export const impersonalMistake = rule({
  id: 'accountability.impersonal_mistake',
  check: 'accountability/deflects',
  effect: 'undermines',
  match:
    /\b(there (was|were|has been|have been|'s been) (a |an |some )?(small |slight |minor |bit of a |technical )?(problem|issue|glitch|error|mix-up|mixup|hiccup|oversight|mistake)s?|an? (error|mistake|glitch) (crept|got) in|(something|things) went wrong)\b/i,
  keep: (_, s) => !/\b(i|i'm|i've|i'd|my|mine|me)\b/i.test(s.text),
  why: 'A mistake that just happened, with nobody who made it, is not owned.',
  examples: {
    match: [
      'There was a problem with the invoice system and you were charged a bit more.',
      'Something went wrong with the booking.',
    ],
    noMatch: ['There was a mistake on your invoice, and it was mine.', 'I made a mistake on your invoice.'],
  },
});

export const ownership = rule({
  id: 'accountability.ownership',
  check: 'accountability/owns_with_i',
  effect: 'supports',
  match: [
    'my mistake',
    'my error',
    'my fault',
    'my bad',
    "that's on me",
    'that is on me',
    'it was me',
    'came from me',
    'my responsibility',
    'my process',
    'my own process',
    'my check',
    'my checks',
    "i should've",
    'i take responsibility',
    'i take full responsibility',
    "i'm responsible",
    'i am responsible',
    'i own',
    'i should have',
    "i shouldn't have",
    "i didn't",
    'i did not',
    'i got',
    'i made',
    'i missed',
    'i forgot',
    'i overlooked',
    'i failed',
    'i used',
    'i double-counted',
    'i double counted',
    'i sent',
    'i messed up',
    'i left',
    'i mixed up',
    'i misread',
    'i let',
    'i broke',
    'i included',
    'i counted',
    'i copied',
    'i skipped',
    'i wrote',
    'i put',
    'i entered',
    'i pulled',
  ],
  // "It wasn't really my fault" denies what "my fault" would own.
  unless: DEFLECTION,
  why: 'Saying in the first person what I did.',
  examples: { match: ['I missed the deadline.', "That's on me."], noMatch: ["It wasn't my fault."] },
});

export const apology = rule({
  id: 'accountability.apology',
  check: 'accountability/apologises',
  effect: 'supports',
  match: ["i'm sorry", 'i am sorry', 'i apologise', 'i apologize', 'my apologies', 'sorry', 'i regret'],
  why: 'An apology, plainly.',
  examples: { match: ["I'm sorry.", 'My apologies for the delay.'], noMatch: ['I will fix it.'] },
});

/** Verbs of thinking, feeling and being told: "I thought…", "I was told…" explain; they do not own. */
const NOT_OWNING = new Set(
  `think thought feel felt hear heard assume assumed believe believed know knew want wanted hope hoped guess guessed
  be was were have had get got tell told say said seem seemed try tried mean meant understand understood`.split(/\s+/),
);
const isPast = (t: Term | undefined) =>
  !!t && t.tags.has('Verb') && !t.tags.has('Auxiliary') && t.normal !== t.root && !/(ing|s)$/.test(t.normal);

/** "I deleted your session", "I sent the wrong file": the speaker as the subject of a past action. */
export function firstPersonAction(s: Sentence): Span[] {
  const out: Span[] = [];
  s.terms.forEach((t, i) => {
    if (t.normal !== 'i') return;
    let j = i + 1;
    while (s.terms[j]?.tags.has('Adverb')) j++;
    const verb = s.terms[j];
    if (isPast(verb) && !NOT_OWNING.has(verb!.root) && !NOT_OWNING.has(verb!.normal))
      out.push({ start: t.start, end: verb!.end, text: s.text.slice(t.start - s.start, verb!.end - s.start) });
  });
  return out;
}

export const plainOwnership = rule({
  id: 'accountability.plain_ownership',
  check: 'accountability/owns_with_i',
  effect: 'supports',
  match: firstPersonAction,
  why: 'Saying plainly what I did owns it, in any words.',
  examples: {
    match: ['I deleted your session by mistake.', 'I accidentally merged the wrong branch.'],
    noMatch: ['I thought it was fine.', 'The session was deleted.'],
  },
});

/** "I'm sorry, but…", "sorry if…": an apology that takes itself back. */
export const softenedApology = rule({
  id: 'accountability.softened_apology',
  check: 'accountability/deflects',
  effect: 'undermines',
  match:
    /\b(sorry|apologi[sz]e)\b[^.!?]{0,40}\bbut\b|\bsorry (that )?(the|my|your|their|our) [a-z' -]{1,30} (didn't|did not|wasn't|weren't|failed)|\bobviously (it's|it is|it was) (all )?my fault|\bit always is\b|\bsorry (if|that you feel|you feel|you felt|for any)\b|\bif (anyone|you) (was|were|felt) (upset|offended|inconvenienced)|\bfor any (inconvenience|confusion)\b/i,
  why: 'A "but" or an "if" after sorry takes the apology back.',
  examples: {
    match: [
      "I'm sorry, but the brief was unclear.",
      'Sorry if that caused any trouble.',
      "Sorry the scheduling robot didn't catch it for me.",
      'Obviously it was my fault. It always is, apparently.',
    ],
    noMatch: ["I'm sorry. I'll fix it today."],
  },
});

/** Minimising one's own mistake: "it was only a few rows", "no real harm done". */
export const minimisingMistake = rule({
  id: 'accountability.minimising',
  check: 'accountability/deflects',
  effect: 'undermines',
  match:
    /\b(it('s| is| was) (only|just)|(only|just) a (few|little|small|couple|tiny)|wasn't (a|that) big|no (real |lasting |permanent |serious |major |actual )?(harm|damage)|no big deal|no(body| one) (noticed|will notice)|could have been worse|not the end of the world|a minor (slip|thing|issue))\b/i,
  why: 'Making the mistake smaller than it was is a way of not owning it.',
  examples: {
    match: ['It was only a few rows.', 'No real harm done.', 'It is all restored, so no permanent damage done.'],
    noMatch: ['It was a big mistake.'],
  },
});

export const ACCOUNTABILITY_RULES = [
  deflection,
  impersonalMistake,
  ownership,
  plainOwnership,
  apology,
  softenedApology,
  minimisingMistake,
];

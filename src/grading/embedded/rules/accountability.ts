/**
 * Accountability when admitting a mistake (Lewicki, Polin & Lount 2016): ownership in the first
 * person, an apology, no deflection, a repair and when it will be done.
 */
import { OVERRIDES } from '../lexicon';
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
  keep: (d, s) => !/^the /i.test(d.text) || !/\bi\b/i.test(s.text.slice(0, d.start - s.start)),
  why: 'Blame placed elsewhere, or a mistake with no one who made it.',
  examples: {
    match: ["It wasn't really my fault.", 'Mistakes were made.', 'The template was wrong.'],
    noMatch: ['I fixed the template.'],
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

export const repair = rule({
  id: 'accountability.repair',
  check: 'accountability/repair_plan',
  effect: 'supports',
  // "…or I'll escalate it" threatens; it does not repair.
  unless: OVERRIDES,
  match: [
    "i'll",
    'i will',
    "i've already",
    'i have already',
    "i'm going to",
    'i am going to',
    "i'm fixing",
    "i've fixed",
    'i have fixed',
    "i'm correcting",
    "i've corrected",
    'i have corrected',
    "i'll send",
    'i plan to',
    'let me fix',
    'i can fix',
    'i can have',
    'i can send',
    'i can get',
    "i'd like to fix",
    'i want to fix',
    // A fix already made or started: "I've pulled the trays", "I've rebooked it".
    ...`pulled swapped replaced called rung emailed asked told booked rebooked arranged updated reprinted sent flagged
  contacted spoken reissued reverted rerun re-run withdrawn recalled removed set`
      .split(/\s+/)
      .flatMap((verb) => [`i've ${verb}`, `i have ${verb}`, `i've already ${verb}`, `i have already ${verb}`]),
  ],
  why: 'What I will do, or have already done, to put it right.',
  examples: { match: ["I'll resend the file.", "I've already called the client."], noMatch: ['It happens.'] },
});

/** When the fix will be done; counted only in a sentence that says what the fix is. */
export const repairTime = rule({
  id: 'accountability.repair_time',
  check: 'accountability/repair_time',
  effect: 'supports',
  // "At the end of the day" is a figure of speech, not a deadline.
  unless: ['at the end of the day'],
  match: [
    'today',
    'tonight',
    'tomorrow',
    'this morning',
    'this afternoon',
    'this evening',
    'end of day',
    'end of the day',
    'by eod',
    'eod',
    'end of the week',
    'this week',
    'next week',
    'within the hour',
    'within an hour',
    'in an hour',
    'in two hours',
    'by noon',
    'by lunchtime',
    'by lunch',
    'first thing',
    'right away',
    'straight away',
    'right now',
    // When a change to one's own process starts.
    'from now on',
    'going forward',
    'from today',
    'from tomorrow',
    'starting today',
    'starting tomorrow',
    'from next week',
    'from the next',
    // "The new labels are printing now": a fix already under way.
    'now',
    'by monday',
    'by tuesday',
    'by wednesday',
    'by thursday',
    'by friday',
    'on monday',
    'on tuesday',
    'on wednesday',
    'on thursday',
    'on friday',
    'before the',
    'by the end of',
    'by end of',
    'by close of',
  ],
  why: 'A fix with a time is a commitment.',
  examples: { match: ["I'll send it by Friday.", "I'll fix it today."], noMatch: ["I'll send it."] },
});

export const clockTime = rule({
  id: 'accountability.clock_time',
  check: 'accountability/repair_time',
  effect: 'supports',
  match: /\b(\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}:\d{2}|by \d{1,2}\b|within \d+ (minutes|hours|days))/i,
  why: 'A clock time or a span is a time.',
  examples: { match: ["I'll have it to you by 3 pm.", 'Within 2 hours.'], noMatch: ['Soon.'] },
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

/** "I've already held Thursday", "I have asked the other group": a fix made or under way, in any verb. */
export const plainRepair = rule({
  id: 'accountability.plain_repair',
  check: 'accountability/repair_plan',
  effect: 'supports',
  match:
    /\bi('ve| have)( already| just| now)? (?!(been|had|got|felt|thought|heard|seen|known|tried|wanted|said|told)\b)[a-z]+(ed|en|t|ne|ld|wn|ung|ought|ade|ent|ok|ut|et)\b/i,
  why: 'A fix already made is the most concrete repair there is.',
  examples: {
    match: ["I've already held Thursday 8 to 11 in your name.", 'I have asked the other group to swap.'],
    noMatch: ["I've been busy.", 'I have thought about it.'],
  },
});

/** A fix by the team or the firm, or one under way: "we'll cover the storage", "a van is loading now". */
export const sharedRepair = rule({
  id: 'accountability.shared_repair',
  check: 'accountability/repair_plan',
  effect: 'supports',
  match:
    /\b(we('ll| will| have| 've| are| 're going to) (cover|pay|send|fix|correct|replace|refund|reissue|rebook|redo|rerun|deliver|waive|book|credit|ship)|(is|are) (loading|on (its|their|the) way|being (fixed|corrected|reprinted|reissued|sent|rebooked))|(will|'ll) (be with you|arrive|reach you|land)|(pays|covers|is covering|will cover|will pay) (for )?(the|your|any|all))\b/i,
  why: 'A fix is a fix whoever carries it out, once the speaker has owned the mistake.',
  examples: {
    match: [
      'Harbourline pays the port storage.',
      'A van is loading in Leicester now.',
      'It will be with you at 3pm tomorrow.',
    ],
    noMatch: ['These things happen.'],
  },
});

/** A time in plain words: weekdays, "tonight", "by noon", "8 to 11", "this afternoon". */
export const timeWords = rule({
  id: 'accountability.time_words',
  check: 'accountability/repair_time',
  effect: 'supports',
  match:
    /\b((by|before|on|this|next|until) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|tonight|tomorrow|today|lunchtime|this (morning|afternoon|evening)|end of (the )?(day|week)|eod|cob)\b|\b\d{1,2}(:\d{2})? ?(to|-|–) ?\d{1,2}(:\d{2})?\b/i,
  why: 'A day or an hour makes a fix a commitment.',
  examples: { match: ["They'll reply by noon.", "I've held Thursday 8 to 11."], noMatch: ["I'll sort it soon."] },
});

/** "I'm sorry, but…", "sorry if…": an apology that takes itself back. */
export const softenedApology = rule({
  id: 'accountability.softened_apology',
  check: 'accountability/deflects',
  effect: 'undermines',
  match:
    /\b(sorry|apologi[sz]e)\b[^.!?]{0,40}\bbut\b|\bsorry (if|that you feel|you feel|you felt|for any)\b|\bif (anyone|you) (was|were|felt) (upset|offended|inconvenienced)|\bfor any (inconvenience|confusion)\b/i,
  why: 'A "but" or an "if" after sorry takes the apology back.',
  examples: {
    match: ["I'm sorry, but the brief was unclear.", 'Sorry if that caused any trouble.'],
    noMatch: ["I'm sorry. I'll fix it today."],
  },
});

/** Minimising one's own mistake: "it was only a few rows", "no real harm done". */
export const minimisingMistake = rule({
  id: 'accountability.minimising',
  check: 'accountability/deflects',
  effect: 'undermines',
  match:
    /\b(it('s| is| was) (only|just)|(only|just) a (few|little|small|couple|tiny)|wasn't (a|that) big|no (real )?harm|no(body| one) (noticed|will notice)|could have been worse|not the end of the world|a minor (slip|thing|issue))\b/i,
  why: 'Making the mistake smaller than it was is a way of not owning it.',
  examples: { match: ['It was only a few rows.', 'No real harm done.'], noMatch: ['It was a big mistake.'] },
});

export const ACCOUNTABILITY_RULES = [
  deflection,
  ownership,
  plainOwnership,
  apology,
  repair,
  plainRepair,
  sharedRepair,
  repairTime,
  clockTime,
  timeWords,
  softenedApology,
  minimisingMistake,
];

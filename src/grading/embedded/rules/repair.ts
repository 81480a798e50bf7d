/** Putting a mistake right: the fix, made or planned, and when it will be done. */
import { OVERRIDES } from '../lexicon';
import { rule, spans } from './rule';

/**
 * A resolution with nothing in it: "I'll be more careful", "I'll make sure it doesn't happen again".
 * It is not a fix, so it earns no repair, and no time is counted for it.
 */
export const vaguePromise = rule({
  id: 'accountability.vague_promise',
  check: 'accountability/repair_plan',
  effect: 'excludes',
  match:
    /\bi('ll| will| am going to|'m going to)( \w+)? (be (more|extra) (careful|mindful|attentive|vigilant)|try (harder|to do better|to be more \w+)|do better|pay (more|closer) attention|make sure (it|this|that) (doesn't|does not|won't|will not|never) happen(s)? again|learn from (it|this))\b/i,
  why: 'Being more careful is a wish, not a fix: a concrete step can be checked.',
  examples: {
    match: ["I'll be more careful with the config from now on.", "I'll make sure it doesn't happen again."],
    noMatch: ["I'll add a check to the template by Friday."],
  },
});

/**
 * A fix with nothing in it: "I will fix it by noon", "I'll sort it out today". It says something will be put right
 * (a fix, for the rubric's Proficient) but not what, so a time on it does not make it the concrete fix of Strong.
 */
export const emptyFix = rule({
  id: 'accountability.empty_fix',
  check: 'accountability/repair_time',
  effect: 'excludes',
  match:
    /^(and |so |but )?(i('ll| will| am going to|'m going to| can)|let me) (fix|sort|sort out|handle|deal with|take care of|resolve|correct|make|get) (it|this|that|things|everything)( out| right| up| sorted| fixed| done)?( (asap|right away|straight away|now|soon|today|tonight|tomorrow|(by|before|this|at|in) [^,;]*))?[.!]?$/i,
  at: 'start',
  why: 'A time on a fix that names nothing cannot be checked: "by noon" needs a what.',
  examples: {
    match: ['I will fix it by noon.', "I'll sort it out today."],
    noMatch: ["I'll resend the corrected deck by noon.", "I'll fix the EMEA tab and send it by 2 pm."],
  },
});

/** "…or I'll escalate it" threatens; it does not repair. */
const threat = rule({
  id: 'accountability.repair_threat',
  check: 'accountability/repair_plan',
  effect: 'excludes',
  match: OVERRIDES,
  why: 'A threat in the form of a plan is not a repair.',
  examples: { match: ["I'll escalate it to your manager."], noMatch: ["I'll resend it."] },
});

export const repair = rule({
  id: 'accountability.repair',
  check: 'accountability/repair_plan',
  effect: 'supports',
  unless: (s) => [...spans(threat, s), ...spans(vaguePromise, s)],
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

/** A fix under way, in the present: "I'm rerunning the export now", "I'm adding a check to the sheet". */
export const repairUnderWay = rule({
  id: 'accountability.repair_under_way',
  check: 'accountability/repair_plan',
  effect: 'supports',
  match:
    /\bi('m| am) (now |already |also |just )?(rerunning|re-running|redoing|resending|reissuing|rebooking|rebuilding|recalculating|recounting|rechecking|rewriting|reprinting|restoring|reverting|refunding|replacing|reconciling|correcting|fixing|updating|adding|writing up|calling|emailing|sending)\b/i,
  why: 'A fix being made as we speak is a repair, whatever the verb.',
  examples: {
    match: ["I'm rerunning the export now.", "I'm also adding a total check to the sheet."],
    noMatch: ["I'm really sorry.", "I'm reading it now."],
  },
});

/** A fix by the team or the firm, or one under way: "we'll cover the storage", "a van is loading now". */
export const sharedRepair = rule({
  id: 'accountability.shared_repair',
  check: 'accountability/repair_plan',
  effect: 'supports',
  match:
    /\b(we('ll| will| have| 've| are| 're going to) (cover|pay|send|fix|correct|replace|refund|reissue|rebook|redo|rerun|deliver|waive|book|credit|ship)|(is|are) (loading|on (its|their|the) way|being (fixed|corrected|reprinted|reissued|sent|rebooked))|(will|'ll) (be with you|arrive|reach you|land)|you('ll| will) (have|get|receive) (it|the|your|a|an|every|our|my|all|them|both)\b|(goes|go|is going|are going) out (today|tonight|this|tomorrow|first thing|now)|(will|'ll) be (in|on) your (inbox|account|desk)|(pays|covers|is covering|will cover|will pay) (for )?(the|your|any|all))\b/i,
  why: 'A fix is a fix whoever carries it out, once the speaker has owned the mistake.',
  examples: {
    match: [
      'Harbourline pays the port storage.',
      'A van is loading in Leicester now.',
      'It will be with you at 3pm tomorrow.',
      "You'll have the corrected invoice within the hour.",
      'The refund goes out today.',
    ],
    noMatch: ['These things happen.'],
  },
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

export const REPAIR_RULES = [
  repair,
  vaguePromise,
  emptyFix,
  threat,
  plainRepair,
  repairUnderWay,
  sharedRepair,
  repairTime,
  clockTime,
  timeWords,
];

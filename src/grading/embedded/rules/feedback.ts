/** Specific feedback (CCL Situation-Behavior-Impact): when, what they did, what it meant, and their side. */
import type { Sentence, Span } from '../text';
import { rule } from './rule';

/** Event words a piece of feedback is anchored in: "in Tuesday's stand-up", "during the client call". */
const EVENTS =
  'meeting|meetings|call|calls|review|stand-?up|demo|presentation|session|workshop|sprint|retro|retrospective|handover|hand-off|launch|pitch|interview|planning|huddle|briefing|shift|visit|audit|offsite|kick-?off|debrief|sync|one-to-one|1:1|check-in|rehearsal|round|inspection|deadline|deadlines|report|email|thread|channel|chat|deployment|release|rollout|merge|incident|outage|lesson|class|board|committee|negotiation|site|ward|clinic|delivery|order|quote|proposal|invoice|draft|deck|dinner|event|conference';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

export const situation = rule({
  id: 'feedback.situation',
  check: 'specific_feedback/names_situation',
  effect: 'supports',
  match: new RegExp(
    `\\b(yesterday|earlier today|this morning|this afternoon|last (week|month|night|time|sprint|quarter)|this (week|sprint|quarter)|(on|last) (${DAYS})|(in|at|during|after|before|on|from|for) (the|our|your|this|that|last|today's|yesterday's|(${DAYS})'s|(${DAYS})|[a-z]+'s)( [a-z-]+){0,2} (${EVENTS})|when (the|we|you) |the situation was (the|our|your|last|on|in|at|during) )\\b`,
    'i',
  ),
  why: 'Anchors the feedback in one moment: a day, a meeting, a piece of work.',
  examples: {
    match: [
      'In the meeting yesterday, you cut in.',
      "During Tuesday's stand-up you spoke over Mei.",
      'On Friday the report went out late.',
      'The situation was the quarterly board review.',
    ],
    noMatch: ['You cut in.', 'In the end it worked.', 'By the way, thanks.', 'Situation: the story.'],
  },
});

export const behaviour = rule({
  id: 'feedback.behaviour',
  check: 'specific_feedback/names_behaviour',
  effect: 'supports',
  // "you" followed by a concrete verb: "you sent", "you didn't flag".
  match:
    /\byou (didn't|did not) [a-z]+\b|\byou (hadn't |haven't |weren't |wasn't )?([a-z]+ed|sent|told|said|left|missed|took|gave|made|went|kept|forgot|set|put|let|ran|did|cut|spoke|wrote|came|brought|spent|held|began|shut|hit|sat|stood|got|threw|chose|spoke over|talked over)\b/i,
  why: 'Describes what they did, not what they are.',
  examples: {
    match: ['You sent the figures two days late.', "You didn't flag the risk."],
    noMatch: ['You are careless.'],
  },
});

export const impact = rule({
  id: 'feedback.impact',
  check: 'specific_feedback/names_impact',
  effect: 'supports',
  match: [
    'in the end',
    'which meant',
    'that meant',
    'this meant',
    'it meant',
    'as a result',
    'because of that',
    'the impact',
    'impacted',
    'affected',
    'which left',
    'that left',
    'i had to',
    'we had to',
    'i ended up',
    'we ended up',
    'delayed',
    'pushed back',
    "couldn't",
    'could not',
    'missed our',
    'put us',
    'held up',
    'blocked',
    'caused',
  ],
  why: 'Says what the behaviour meant for others or the work.',
  examples: {
    match: ['Which meant I had to present without the numbers.', 'It delayed the release.'],
    noMatch: ['It was Tuesday.'],
  },
});

export const invitation = rule({
  id: 'feedback.invitation',
  check: 'specific_feedback/invites_response',
  effect: 'supports',
  match: [
    'what happened',
    'how do you see',
    'how did you see',
    'what do you think',
    'your side',
    'your view',
    'your take',
    'what was going on',
    "what's going on",
    'help me understand',
    'how was it for you',
    'what got in the way',
    'what would help',
    'how can we',
    'what can we',
    'how should we',
    'i want to hear',
  ],
  why: 'Asks for their side before deciding what happened.',
  examples: { match: ['What was going on for you?', 'Help me understand.'], noMatch: ['Do better next time.'] },
});

export const globalLabel = rule({
  id: 'feedback.global_label',
  check: 'specific_feedback/global_label',
  effect: 'undermines',
  match: [
    'you always',
    'you never',
    "you're always",
    'you are always',
    "you're never",
    'you are never',
    "you're so",
    "you're too",
    "you're lazy",
    "you're careless",
    "you're unreliable",
    'you are unreliable',
    'you are careless',
    'every single time',
    'every time you',
    'typical of you',
    'as usual',
  ],
  why: '"Always" and "never" label the person instead of describing one time.',
  examples: { match: ['You always do this.', "You're so careless."], noMatch: ['You were late on Tuesday.'] },
});

const NOT_ACTS = new Set([
  'think',
  'thought',
  'feel',
  'felt',
  'know',
  'knew',
  'seem',
  'seemed',
  'mean',
  'meant',
  'want',
  'wanted',
  'need',
  'needed',
]);

/** "You merged…", "you were talking over Mei", "you kept interrupting": the partner doing something, in the past. */
export function partnerAction(s: Sentence): Span[] {
  const out: Span[] = [];
  s.terms.forEach((t, i) => {
    if (t.normal !== 'you') return;
    let j = i + 1;
    while (s.terms[j]?.tags.has('Adverb')) j++;
    const verb = s.terms[j];
    if (!verb || !verb.tags.has('Verb') || NOT_ACTS.has(verb.normal)) return;
    const past = !verb.tags.has('Auxiliary') && verb.normal !== verb.root && !/(ing|s)$/.test(verb.normal);
    // "you were talking over", "you kept cutting in"
    const ongoing = /^(were|kept)$/.test(verb.normal) && /ing$/.test(s.terms[j + 1]?.normal ?? '');
    if (past || ongoing) {
      const end = ongoing ? s.terms[j + 1]!.end : verb.end;
      out.push({ start: t.start, end, text: s.text.slice(t.start - s.start, end - s.start) });
    }
  });
  return out;
}

export const plainBehaviour = rule({
  id: 'feedback.plain_behaviour',
  check: 'specific_feedback/names_behaviour',
  effect: 'supports',
  match: partnerAction,
  why: 'What they did, in any verb.',
  examples: {
    match: ['On Friday you merged the change without a review.', 'You were talking over Mei.', 'You kept cutting in.'],
    noMatch: ['You seem tired.', 'I merged it.'],
  },
});

/** What happened, seen from the outside: "it reached me on Thursday", "no message in between". */
export const observedBehaviour = rule({
  id: 'feedback.observed_behaviour',
  check: 'specific_feedback/names_behaviour',
  effect: 'supports',
  match:
    /\b((it|the( [a-z-]+){1,3}|your( [a-z-]+){1,2}) (arrived|reached me|came (in|through)|landed|went out|(was|were) (late|missing|wrong|incomplete|unfinished|misattributed|misquoted))|no (message|warning|heads-up|update|call|email)|(i )?(didn't|did not|never) (hear|get) (anything|a word|from you)|(it|the [a-z-]+) (didn't|did not|doesn't|does not) (have|include|mention|say)|without (a |an |any )?(second )?(tests?|review|reviewer|summary|sign-off|check|warning|message|notice|heads-up)|the behaviou?r was that (it|you|they|he|she|we) [a-z']+)\b/i,
  why: 'The behaviour, described as what was seen, without a "you" at its head.',
  examples: {
    match: [
      'It reached me on Thursday afternoon.',
      "I didn't hear anything in between.",
      'The Hartley figure was wrong.',
      'The hotfix went in without a review.',
      'The behaviour was that you skipped the review step.',
    ],
    noMatch: ['The weather was mild.', 'Without a doubt, thanks.'],
  },
});

/** A label about the person instead of what they did: "your attitude", "you're unprofessional". */
export const personLabel = rule({
  id: 'feedback.person_label',
  check: 'specific_feedback/global_label',
  effect: 'undermines',
  match:
    /\b(your (attitude|mindset|work ethic|character|personality)|(you're|you are|you've been) (so |really |very )?(lazy|careless|sloppy|unprofessional|rude|disrespectful|selfish|arrogant|useless|incompetent|difficult|negative|unreliable)|you (don't|do not) care|not a team player)\b/i,
  // "You're scared they think you don't care" says back their fear; it labels no one.
  unless:
    /\b(think|thinks|thought|feel|feels|felt|worried|scared|afraid|fear|say|says|said|assume|assumes) (that )?you (don't|do not) care\b/i,
  why: 'A label says what someone is; they cannot act on it.',
  examples: {
    match: ['Your attitude to testing is the problem.', "You're so unprofessional."],
    noMatch: ['You merged without a review.', "You're scared the partners think you don't care."],
  },
});

/** Impact in plain words: "we lost 300 orders", "Jun was paged on his day off". */
export const plainImpact = rule({
  id: 'feedback.plain_impact',
  check: 'specific_feedback/names_impact',
  effect: 'supports',
  match:
    /\b((we|the team|they|i|she|he|customers|the client) (lost|never|missed|waited|had to|couldn't|could not|ended up|were left|got paged|was paged|were paged)|(it|this|that) (cost|set us back|meant|left)|so (nobody|no one) [a-z]+|(that|which|this|it) (pushed|delayed)|[a-z]+ (was|were) (down|offline|unavailable)( for)?( about| nearly| over)? \d+|the impact was that)\b/i,
  why: 'What happened because of it, said plainly.',
  examples: {
    match: [
      'We lost about 300 orders.',
      'She stopped, and we never heard the risk in full.',
      'The portal was down for 25 minutes on Monday.',
      'Payroll was down 3 hours.',
    ],
    noMatch: ['You merged on Friday.'],
  },
});

export const FEEDBACK_RULES = [
  situation,
  behaviour,
  plainBehaviour,
  impact,
  plainImpact,
  invitation,
  globalLabel,
  personLabel,
];

import { z } from 'zod';
import versions from './versions.json';

/**
 * The rubric: every criterion a reply can be graded on, its anchored 0-4 levels and the
 * observable checks behind it. Kept as data and versioned, because a change here changes
 * what a level means and must show as a break in the learner's history. The version lives in
 * `versions.json` with a hash of this data; `versions.test.ts` fails when one moves without the other.
 */
export const RUBRIC_VERSION: string = versions.rubric.version;

export const CriterionId = z.enum([
  'active_listening',
  'clarity',
  'open_questions',
  'accountability',
  'specific_feedback',
  'networking',
  'celebrating',
  'common_ground',
]);
export type CriterionId = z.infer<typeof CriterionId>;

/** The three skills every learner tracks, and what `npm run grade` grades when told nothing else. */
export const CORE_CRITERIA: readonly CriterionId[] = ['active_listening', 'clarity', 'open_questions'];
/**
 * Graded on every reply in a scenario: whatever the moment, a reply answers someone and says something.
 * Asking is a move that fits some moments and not others, so open questions are graded where the
 * scenario practises them or a branch depends on them.
 */
export const EVERY_REPLY: readonly CriterionId[] = ['active_listening', 'clarity'];

export const Level = z.number().int().min(0).max(4);
export type Level = z.infer<typeof Level>;

export const LEVEL_NAMES = ['Not yet', 'Emerging', 'Developing', 'Proficient', 'Strong'] as const;

export interface CheckDefinition {
  id: string;
  label: string;
  /** Points towards the level when met; negative for a behaviour that undermines it. */
  weight: number;
}

/** How check results become a level: the summed weights against thresholds, then caps. */
export interface Scoring {
  /** Minimum summed weight for levels 1, 2, 3 and 4. */
  thresholds: readonly [number, number, number, number];
  /** Upper bounds on the level, e.g. no open question means at most "Emerging". */
  caps?: readonly { unlessAny?: readonly string[]; ifAny?: readonly string[]; max: number }[];
  /**
   * Count each instance of a negative check (up to this many) instead of once. Used for
   * clarity, where five hedges are worse than one; positives still count once, so padding never helps.
   */
  countNegativesUpTo?: number;
  /** Whether any supporting check lifts the level to at least 1 (default true). */
  floorOnAnyPositive?: boolean;
}

export interface CriterionDefinition {
  id: CriterionId;
  name: string;
  /** One sentence the learner reads: what this criterion looks for. */
  summary: string;
  /** What each level 0-4 means, in the learner's words. */
  levels: readonly [string, string, string, string, string];
  checks: readonly CheckDefinition[];
  scoring: Scoring;
}

const RUBRIC_DATA = {
  active_listening: {
    id: 'active_listening',
    name: 'Active listening',
    summary:
      'Shows the other person they were heard: says back what they meant or felt, in any words, and never overrides it.',
    levels: [
      'Nothing shows you heard them, or the reply pushes past, dismisses or overrides what they said.',
      'A faint link to what they said, outweighed by advice, dismissal or talking about yourself.',
      'You pick up their topic or words, but do not yet say back what they meant or felt.',
      'You say back what they said in your own words, or clearly acknowledge it.',
      'You say back what they meant and the feeling or stake behind it, without steering away. One precise reflection is enough; more phrases add nothing.',
    ],
    checks: [
      { id: 'reuses_partner_words', label: "Picked up the partner's own words", weight: 1 },
      { id: 'reflects', label: 'Reflected back what they said or meant ("so you…", "it sounds like…")', weight: 1.5 },
      { id: 'names_feeling', label: 'Named a feeling or stake the partner implied', weight: 1 },
      { id: 'acknowledges', label: 'Acknowledged or validated what was said', weight: 1 },
      { id: 'advice_first', label: 'Gave advice before understanding', weight: -1 },
      {
        id: 'dismisses',
        label: 'Dismissed, minimised or contradicted ("don\'t worry", "it\'s only…", "you\'ve misread it")',
        weight: -1.5,
      },
      { id: 'overrides', label: 'Overrode or threatened ("whether you like it or not")', weight: -2 },
      {
        id: 'hollow_reflection',
        label: 'Used listening phrases as a formula (stacked, repeated, or with nothing of theirs said back)',
        weight: -1,
      },
      { id: 'shifts_to_self', label: 'Shifted the topic to yourself', weight: -1 },
    ],
    // The rubric's Not yet: a reply that dismisses, contradicts or overrides them has not heard them, whatever
    // else it says (a cap that raised the coach dev file, the project's own replies and the candidates alike).
    scoring: {
      thresholds: [0.5, 1, 2.25, 3.5],
      caps: [
        { ifAny: ['dismisses', 'overrides'], max: 0 },
        // Listening phrases with nothing said back, or stacked into a formula: the rubric's faint link at best.
        { ifAny: ['hollow_reflection'], max: 1 },
      ],
    },
  },
  clarity: {
    id: 'clarity',
    name: 'Clarity',
    summary: 'Says one thing at a time in plain, direct, specific sentences of a sensible length.',
    levels: [
      'No clear point comes through: vague, sarcastic or padded with stock phrases.',
      'The point is buried under long sentences, hedges or filler.',
      'Understandable, but several sentences need tightening.',
      'Clear and direct, with one or two small things to tighten.',
      'Plain, direct and specific (the numbers, days and times, not "soon" or "some things"), at the right length: every sentence earns its place.',
    ],
    checks: [
      { id: 'has_content', label: 'Says something substantive', weight: 4 },
      { id: 'concrete', label: 'Names concrete details (numbers, days, times)', weight: 0.5 },
      { id: 'long_sentence', label: 'A sentence over 30 words', weight: -1 },
      { id: 'hedge', label: 'Hedges ("kind of", "I guess", "maybe")', weight: -0.5 },
      { id: 'filler', label: 'Filler words ("basically", "just", "really")', weight: -0.5 },
      { id: 'weasel', label: 'Weasel words ("some people say")', weight: -0.5 },
      { id: 'jargon', label: 'Jargon or buzzwords', weight: -0.5 },
      { id: 'wordy', label: 'Wordy phrases ("in order to", "due to the fact that")', weight: -0.5 },
      { id: 'passive', label: 'Passive voice that hides who did what', weight: -0.5 },
      { id: 'length_out_of_band', label: 'Longer than this moment needs', weight: -1 },
      { id: 'mixed_message', label: 'A mixed message: sarcasm, or a point taken back ("but to be fair…")', weight: -1 },
      { id: 'vague', label: 'Vague pointers ("this kind of thing", "or something")', weight: -0.5 },
      { id: 'changes_subject', label: 'Jumps to another subject ("anyway, did you see…")', weight: -1 },
      {
        id: 'stock_phrases',
        label:
          'Padded with stock phrases: listening stems stacked up, or a method\'s labels as headings ("Situation: …")',
        weight: -1,
      },
    ],
    // Words that say the opposite of what they seem to leave the reader unsure what was meant.
    // Stock phrases stacked three deep bury the point (the rubric's Not yet names padding with them).
    scoring: {
      thresholds: [1, 2, 3, 4],
      countNegativesUpTo: 3,
      caps: [
        { ifAny: ['mixed_message'], max: 2 },
        { ifAny: ['stock_phrases'], max: 2 },
        // Two subjects in one reply: neither point comes through plainly.
        { ifAny: ['changes_subject'], max: 2 },
        // Strong is specific: a pointer in place of the thing is one small thing to tighten.
        { ifAny: ['vague'], max: 3 },
      ],
    },
  },
  open_questions: {
    id: 'open_questions',
    name: 'Open questions',
    summary:
      'Invites the other person to say more. An open question starts with what, how, why, "tell me" or "describe"; one answered by yes, no or a number is closed.',
    levels: [
      'No question: the conversation has nowhere to go.',
      'Only closed questions, which invite a yes, a no or a number.',
      'An open question, weakened by leading wording or by stacking several questions.',
      'One clear open question that invites them to say more.',
      'A clear open question that builds on what they just said.',
    ],
    checks: [
      { id: 'asks_question', label: 'Asked a question', weight: 1 },
      { id: 'asks_open_question', label: 'Asked at least one open question', weight: 1.5 },
      { id: 'builds_on_partner', label: 'The question builds on what they said', weight: 1 },
      { id: 'only_closed', label: 'Only closed questions', weight: -0.5 },
      { id: 'leading_question', label: 'A leading question ("don\'t you think…")', weight: -1 },
      { id: 'stacked_questions', label: 'Three or more questions in a row', weight: -1 },
    ],
    scoring: {
      thresholds: [0.5, 1.25, 2.5, 3.5],
      // A leading or loaded question is the rubric's "weakened" open question at best.
      caps: [
        { unlessAny: ['asks_open_question'], max: 1 },
        { ifAny: ['leading_question'], max: 2 },
      ],
    },
  },
  accountability: {
    id: 'accountability',
    name: 'Accountability',
    summary: 'Owns the mistake plainly, apologises, does not deflect, and says what happens next and when.',
    levels: [
      'The mistake is not owned, or the blame is placed elsewhere.',
      'The mistake is mentioned but softened, excused or shared out.',
      'You own the mistake but say nothing about putting it right.',
      'You own it with "I", apologise or take responsibility, and offer a fix.',
      'You own it, apologise, and commit to a concrete fix with a time, with no excuses.',
    ],
    checks: [
      { id: 'owns_with_i', label: 'Took ownership with "I" ("I missed…", "my mistake")', weight: 1.5 },
      { id: 'apologises', label: 'Apologised or took responsibility', weight: 1 },
      { id: 'repair_plan', label: 'Said what you will do to fix it', weight: 1 },
      { id: 'repair_time', label: 'Said when the fix will be done', weight: 0.5 },
      { id: 'deflects', label: 'Deflected or blamed someone or something else', weight: -1.5 },
    ],
    scoring: {
      thresholds: [0.5, 1.5, 2.5, 4],
      caps: [
        { unlessAny: ['owns_with_i'], max: 1 },
        { unlessAny: ['repair_plan'], max: 2 },
        { ifAny: ['deflects'], max: 2 },
      ],
    },
  },
  specific_feedback: {
    id: 'specific_feedback',
    name: 'Specific feedback',
    summary:
      'Describes the situation, the behaviour and its impact, then invites the other person to respond, without global labels.',
    levels: [
      'No feedback given, or only a label about the person.',
      'Vague or generalised ("you always…"); the person cannot tell what to change.',
      'Names part of it, such as the behaviour, but not its impact or the situation.',
      'Names the situation, the behaviour and its impact.',
      'Situation, behaviour and impact, plus a genuine invitation to hear their side.',
    ],
    checks: [
      { id: 'names_situation', label: 'Named the situation (when or where)', weight: 0.75 },
      { id: 'names_behaviour', label: 'Named the specific behaviour', weight: 1 },
      { id: 'names_impact', label: 'Said what the impact was', weight: 1 },
      { id: 'invites_response', label: 'Invited them to respond', weight: 1 },
      { id: 'global_label', label: 'Used a global label ("you always", "you never")', weight: -1.5 },
    ],
    // Naming a time or place alone is not feedback: a behaviour or an impact is needed for level 1.
    // Without a situation, a behaviour or an impact found, an invitation alone is at most Developing.
    scoring: {
      thresholds: [1, 1, 2.75, 3.75],
      caps: [
        { ifAny: ['global_label'], max: 1 },
        { unlessAny: ['names_situation', 'names_behaviour', 'names_impact'], max: 2 },
      ],
      floorOnAnyPositive: false,
    },
  },
  networking: {
    id: 'networking',
    name: 'Networking',
    summary:
      'Connects to the moment, shows interest in the other person, offers something of value and proposes a next step.',
    levels: [
      'No connection made: the reply could have been said to anyone.',
      'A polite exchange, but all about you or with nothing to build on.',
      'One move that connects: a hook, interest in them, an offer or a next step.',
      'Two or three moves that build the relationship: a hook, genuine interest, an offer, a next step.',
      'A natural hook, genuine interest, an offer and a concrete next step.',
    ],
    checks: [
      { id: 'hook', label: 'Connected to the moment or to what they said', weight: 1 },
      { id: 'interest', label: 'Showed interest in them', weight: 1 },
      { id: 'offer', label: 'Offered help, an introduction or a resource', weight: 1 },
      { id: 'next_step', label: 'Proposed a next step', weight: 1 },
      { id: 'pitch_or_ask', label: 'Pitched, or asked a favour before showing interest', weight: -1.5 },
    ],
    // An opening moment asks for a hook and interest, a later one for an offer and a next step: any two
    // are Proficient. Strong needs all four, which a whole conversation shows more often than one reply.
    scoring: { thresholds: [0.5, 1, 2, 4], caps: [{ ifAny: ['pitch_or_ask'], max: 1 }] },
  },
  celebrating: {
    id: 'celebrating',
    name: 'Celebrating success',
    summary:
      'Responds to good news actively and constructively: specific, sincere recognition of what they did, and interest in their experience, with the focus kept on them.',
    levels: [
      'The news is ignored, or the talk turns to you.',
      'Doubt, downsides, rivalry or praise that undercuts itself.',
      'Muted or generic: "congrats, well done".',
      'Enthusiastic and specific about what they did, or asks about their experience.',
      'Specific, sincere praise of their part, and an open question that lets them relive it, focus kept on them.',
    ],
    checks: [
      { id: 'recognises_specifics', label: 'Recognised specifically what they did', weight: 1.5 },
      { id: 'shows_enthusiasm', label: 'Showed warmth or enthusiasm for their news', weight: 0.5 },
      { id: 'asks_about_experience', label: 'Asked about their experience of it', weight: 1.5 },
      { id: 'undercuts', label: 'Undercut it: doubt, downsides, sarcasm or rivalry', weight: -2 },
      { id: 'turns_to_self', label: 'Turned the talk to yourself', weight: -1.5 },
    ],
    scoring: {
      thresholds: [0.25, 0.5, 1.5, 3],
      caps: [{ ifAny: ['undercuts'], max: 1 }],
    },
  },
  common_ground: {
    id: 'common_ground',
    name: 'Common ground',
    summary:
      'Looks for interests, not positions: acknowledges their view, names a goal you genuinely share, and asks about what matters to them.',
    levels: [
      'Argues positions, overrides or threatens.',
      'Restates your own position only, politely or not.',
      'Acknowledges their view, but finds no shared interest.',
      'Names a genuine shared goal, or asks about the interest behind their position.',
      'Acknowledges their view, names a shared goal, and asks an open question about their interest or an option that serves both.',
    ],
    checks: [
      { id: 'acknowledges_view', label: 'Acknowledged their view', weight: 1 },
      { id: 'names_shared_goal', label: 'Named a goal you both share', weight: 1.25 },
      {
        id: 'explores_interest',
        label: 'Asked about the interest behind their position, or an option for both',
        weight: 1.25,
      },
      { id: 'argues_position', label: 'Argued your own position', weight: -0.5 },
      { id: 'overrides', label: 'Overrode, dismissed or threatened', weight: -2 },
    ],
    scoring: {
      thresholds: [0.25, 1, 2, 3.25],
      caps: [{ ifAny: ['overrides'], max: 1 }],
    },
  },
} as const satisfies Record<CriterionId, CriterionDefinition>;

export const RUBRIC: Record<CriterionId, CriterionDefinition> = RUBRIC_DATA;

/** A check's id within its criterion, e.g. `reflects`. */
export type CheckId<C extends CriterionId = CriterionId> = (typeof RUBRIC_DATA)[C]['checks'][number]['id'];
/** A check named with its criterion, `criterion/check`: the typed id rules and detectors use. */
export type CheckRef = { [C in CriterionId]: `${C}/${CheckId<C>}` }[CriterionId];

export function levelName(level: number): string {
  return LEVEL_NAMES[Math.max(0, Math.min(4, Math.round(level)))] ?? LEVEL_NAMES[0];
}

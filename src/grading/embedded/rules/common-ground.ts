/** Common ground (Fisher & Ury): interests, not positions. */
import { OVERRIDES } from '../lexicon';
import { rule } from './rule';

export const acknowledgesView = rule({
  id: 'common_ground.acknowledges_view',
  check: 'common_ground/acknowledges_view',
  effect: 'supports',
  match:
    /\b(i (can )?(see|understand|get) (why|how|where|that)|you('re| are) right (that|about)|you have a (point|fair point)|(that's|that is) (fair|a fair point|reasonable)|fair point|i hear (you|that)|(that )?makes sense|i know (how much|you|that)|i appreciate (that|why|your)|i respect (that|your)|your (concern|worry|point) (about|is)|(it's|that's) (a )?(valid|legitimate|real) (concern|point|worry))\b/i,
  why: "Their view, said back or granted, before one's own.",
  examples: {
    match: ['I can see why the deadline worries you.', "You're right that the budget is tight."],
    noMatch: ['We need the budget.'],
  },
});

export const sharedGoal = rule({
  id: 'common_ground.shared_goal',
  check: 'common_ground/names_shared_goal',
  effect: 'supports',
  match:
    /\b(we (both|all) (want|need|care|agree|share|have)|both of us|we('re| are) both|we both|we share|shared (goal|aim|interest|priority|problem)|common (goal|ground|aim|interest)|(the )?same (goal|thing|aim|outcome|side|end)|what we both|neither of us (wants|want)|none of us (wants|want)|on the same (side|page|team)|(our|a) (joint|common|shared) )/i,
  why: 'A goal both sides hold turns a contest into a shared problem.',
  examples: {
    match: ['We both want the launch to hold.', 'Neither of us wants another recall.'],
    noMatch: ['My team wants the launch.'],
  },
});

/** Asking what sits behind a position, or for an option that serves both. */
export const interestQuestion = rule({
  id: 'common_ground.interest_question',
  check: 'common_ground/explores_interest',
  effect: 'supports',
  match:
    /\b(what (matters|is important|'s important|worries|concerns|scares|drives|sits behind|'s behind|is behind|would (need to|have to|it take|make|help|work|a good)|do you need|are you (most )?(worried|concerned))|why (is|does) (that|this|it) matter|which (part|bit) matters|how (could|can|might|would) we|what if we|is there a way (we|to)|what would you need|where (is|are) (the|your) (concern|worry|risk))\b/i,
  why: 'An open question about interests finds room positions hide.',
  examples: {
    match: ['What matters most to you about the date?', 'How could we keep both the budget and the date?'],
    noMatch: ['Will you sign it?'],
  },
});

export const position = rule({
  id: 'common_ground.position',
  check: 'common_ground/argues_position',
  effect: 'undermines',
  match:
    /\b(we (need|have|must) to|it (has|needs) to|i need you to|you need to|the (answer|solution) is|the only (option|way)|there's no way|we can't|i won't|we won't|my position is|i insist|you have to)\b/i,
  why: 'A position restated is not yet a search for common ground.',
  examples: {
    match: ['We need to ship on Friday.', 'You have to accept the change.'],
    noMatch: ['What would help you accept the change?'],
  },
});

export const override = rule({
  id: 'common_ground.override',
  check: 'common_ground/overrides',
  effect: 'undermines',
  match: OVERRIDES,
  why: 'A threat or a closed decision ends the search for interests.',
  examples: { match: ['This is happening whether you like it or not.'], noMatch: ['Can we look at this together?'] },
});

export const COMMON_GROUND_RULES = [acknowledgesView, sharedGoal, interestQuestion, position, override];

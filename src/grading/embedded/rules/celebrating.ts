/**
 * Celebrating a success (Gable et al. 2004, active-constructive responding): warm, specific
 * recognition of what they did and interest in their experience, not doubt, rivalry or oneself.
 */
import { rule } from './rule';

export const enthusiasm = rule({
  id: 'celebrating.enthusiasm',
  check: 'celebrating/shows_enthusiasm',
  effect: 'supports',
  match:
    /\b(congratulations|congrats|well done|great (job|work|news)|brilliant|fantastic|amazing|wonderful|huge|bravo|well deserved|so (happy|pleased|glad|thrilled|proud) for you|(thrilled|delighted|chuffed) for you|what a (win|result|achievement)|you did it|proud of you|hats off|kudos|nailed it)\b/i,
  why: 'Gladness for their news, in so many words.',
  examples: { match: ['Congratulations, Ana!', "I'm so happy for you."], noMatch: ['Noted.'] },
});

/** "The way you…", "you rebuilt…", "your sketch…": praise that names their part. */
export const theirPart = rule({
  id: 'celebrating.their_part',
  check: 'celebrating/recognises_specifics',
  effect: 'supports',
  match:
    /\b((the way|how) you [a-z]+|you (really |actually )?[a-z]+(ed)\b|you (built|made|wrote|ran|led|kept|won|got|took|brought|held|found|drew|put|set|pulled|went|did|stuck|spent|caught|fought|thought)\b|your (idea|work|design|sketch|plan|analysis|pitch|proposal|draft|call|decision|persistence|patience|grit|leadership|approach|team|fix|research|writing|effort)|[a-z]+ing( [a-z'-]+){0,4} (was|is) (a|such a) (brilliant|great|smart|bold|good|gutsy|clever|inspired|genius) (call|move|idea|decision|choice))/i,
  why: 'Recognition of what they did, rather than of the result alone.',
  examples: {
    match: [
      'The way you rebuilt the schedule after the storm made this possible.',
      'Your sketch won it.',
      'Switching to weekly releases was a brilliant call.',
    ],
    noMatch: ['Congrats on the result.'],
  },
});

/** Doubt, downsides, rivalry and backhanded praise: "I applied too", "hopefully it lasts", "just luck". */
export const undercut = rule({
  id: 'celebrating.undercut',
  check: 'celebrating/undercuts',
  effect: 'undermines',
  match:
    /\b(i (also )?(applied|interviewed|went for|was up for|was shortlisted)|i (could|should|would) have (got|won|done)|(just|pure|beginner's) luck|hope(fully)? it lasts|let's see (if|how)|don't get (too )?(comfortable|cocky|carried away)|now (comes )?the (hard|real) (part|work|test)|the real test|not bad for|about time|must be nice|lucky you|good for some|wish i|shame (that|about)|too bad|i guess (that's|it's) (good|nice|great)|(a bit|rather|quite) (surprising|unexpected)|didn't (think|expect) you|who knew|(was|were) (originally )?(the one|the ones|something) i (put together|made|built|wrote|suggested|pitched|came up with)|(was|that's|it was) (originally |actually )?my idea|i (passed|got|did|won) (it |them |all (two|three|four) |both )?(first time|on my first (try|go|attempt))|mine (got|was) (triaged|rejected|turned down|binned)|(they're|it's|they are|it is) not that (bad|hard|difficult)|only took (you )?(two|three|four|five|six|a few|\d+) (years|tries|attempts|goes|rounds)|third time lucky)\b/i,
  why: 'A good word taken back with doubt, a downside or a comparison is active-destructive.',
  examples: {
    match: [
      'Nice. I applied for that too, actually.',
      'Hopefully it lasts this time.',
      'Must be nice.',
      'That template was originally the one I built for the launch.',
      "I passed it first time, it's not that bad really.",
      'Only took you four tries!',
    ],
    noMatch: ['What a result. How did the panel react?'],
  },
});

export const CELEBRATING_RULES = [enthusiasm, theirPart, undercut];

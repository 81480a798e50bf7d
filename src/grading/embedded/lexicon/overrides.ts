// Overriding -------------------------------------------------------------------------------

/**
 * Overriding the partner: ultimatums, threats and decisions closed to discussion. Shared: listening
 * counts them against hearing the partner out, common ground against looking for shared interests.
 */
export const OVERRIDES: readonly string[] = [
  'whether you like it or not',
  'like it or not',
  'or else',
  "or we'll",
  'or we will',
  "or i'll",
  'or i will',
  'or there will be',
  'or you can',
  'not up for discussion',
  'not up for debate',
  'not negotiable',
  'non-negotiable',
  'end of discussion',
  'end of story',
  'final decision',
  'the decision is made',
  "the decision's made",
  'decision has been made',
  "it's happening",
  'it is happening',
  "that's how it is",
  "that's just how it is",
  'take it or leave it',
  "i don't want to hear",
  "i don't care",
  'stop complaining',
  'deal with it',
  'get on with it',
  'whether this role is right',
  'right fit for this role',
  'escalate this',
  "i'll escalate",
  'go over your head',
  // Escalation held over them: "I'll have to take this to your director."
  "i'll have to take it to",
  "i'll have to take this to",
  'i will have to take it to',
  'i will have to take this to',
  "i'll be taking this to",
  'formal warning',
  'disciplinary',
  'consequences',
];

/**
 * Declaring that the partner agrees with the speaker's position ("so we're aligned: we launch in March"): their
 * words turned into the opposite. Shared: listening counts it as contradicting them, clarity as a mixed message.
 */
export const DECLARED_AGREEMENT: readonly string[] = [
  'so we agree',
  'so we both agree',
  "so we're aligned",
  'so we are aligned',
  "so we're agreed",
  "so we're on the same page",
  'so we are on the same page',
];

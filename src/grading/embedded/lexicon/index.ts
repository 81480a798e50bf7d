/**
 * The lexicon: word lists and word-level tests that several concerns share, each written once
 * (leading fillers, self-reference, content words, picking up the partner's words). Rules and
 * detectors import these; the lexicon imports only the text layer.
 */

export * from './openers';
export * from './self';
export * from './feelings';
export * from './overrides';
export * from './content';

import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A labelled character span of a text: the unit every detector returns. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Term extends Span {
  normal: string;
  /** The lemma ("counted" → "count"). */
  root: string;
  /** Coarse tags: Noun, Verb, Auxiliary, Adjective, Adverb, Pronoun, Determiner, Value, Punctuation, Passive. */
  tags: ReadonlySet<string>;
}

export interface Sentence extends Span {
  index: number;
  terms: Term[];
  /** Lower-case, whitespace-folded text, for phrase matching. */
  lower: string;
  /** The text with curly apostrophes made straight, same length as `text`. */
  plain: string;
  /** The lower-case words and word pairs of the sentence, to skip phrase lists that cannot match. */
  wordSet: ReadonlySet<string>;
  isQuestion: boolean;
}

export interface Analysis {
  text: string;
  sentences: Sentence[];
  terms: Term[];
  words: number;
}

let nlp: WinkMethods | null = null;

/** Loads wink-nlp and its English model once; the first call pays the start-up (about 0.1 s in Node). */
export function loadNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

const TAGS: Record<string, string[]> = {
  NOUN: ['Noun'],
  PROPN: ['Noun', 'ProperNoun'],
  VERB: ['Verb'],
  AUX: ['Verb', 'Auxiliary'],
  ADJ: ['Adjective'],
  ADV: ['Adverb'],
  PRON: ['Pronoun'],
  DET: ['Determiner'],
  NUM: ['Value'],
  PUNCT: ['Punctuation'],
};

/** Splits, tags and lemmatises a text with wink-nlp, keeping character offsets into the original. */
export function analyse(text: string): Analysis {
  const w = loadNlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const sentences: Sentence[] = [];
  const terms: Term[] = [];
  // wink keeps every character (spaces before each token), so offsets come from walking the tokens.
  let cursor = 0;
  doc.sentences().each((s, index) => {
    const values = s.tokens().out(its.value) as string[];
    const spaces = s.tokens().out(its.precedingSpaces) as string[];
    const pos = s.tokens().out(its.pos) as string[];
    const lemmas = s.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
    const normals = s.tokens().out(its.normal) as string[];
    const sentenceTerms: Term[] = [];
    let sentenceStart = -1;
    values.forEach((value, i) => {
      const expected = cursor + (spaces[i]?.length ?? 0);
      const start = text.startsWith(value, expected) ? expected : text.indexOf(value, cursor);
      if (start < 0) return;
      cursor = start + value.length;
      if (!value.trim()) return;
      if (sentenceStart < 0) sentenceStart = start;
      const normal = (normals[i] ?? value).toLowerCase();
      sentenceTerms.push({
        start,
        end: start + value.length,
        text: value,
        normal,
        root: (lemmas[i] ?? normal).toLowerCase(),
        tags: new Set(TAGS[pos[i] ?? ''] ?? []),
      });
    });
    if (sentenceStart < 0) return;
    markPassive(sentenceTerms);
    const last = sentenceTerms.at(-1)!;
    const spanText = text.slice(sentenceStart, last.end);
    terms.push(...sentenceTerms);
    sentences.push({
      start: sentenceStart,
      end: last.end,
      text: spanText,
      index,
      terms: sentenceTerms,
      lower: straight(spanText).toLowerCase().replace(/\s+/g, ' '),
      plain: straight(spanText),
      wordSet: wordsAndPairs(spanText),
      isQuestion: /\?["')\]]*\s*$/.test(spanText),
    });
  });
  return { text, sentences, terms, words: countWords(terms) };
}

/** Curly apostrophes made straight; the same length, so offsets still hold. The one place this is done. */
export function straight(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

/** A word: a token with a letter or a digit, not punctuation. */
export const isWord = (t: Span): boolean => /\p{L}|\p{N}/u.test(t.text);

/** The one word counter: tokens with a letter or a digit. */
export function countWords(terms: readonly Span[]): number {
  return terms.filter(isWord).length;
}

/** Spans without repeats: the same start (`'start'`) or the same start and end (`'range'`). */
export function dedupeSpans<S extends Span>(spans: readonly S[], by: 'start' | 'range' = 'range'): S[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = by === 'start' ? String(s.start) : `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const verbReadings = new Map<string, boolean>();
/**
 * Whether the tagger reads `words[0]` as a verb once the "you" that an order leaves out is put back
 * ("talk to your manager" → "you talk to…"). The tagger often reads an order's first verb as a noun.
 */
export function readsAsVerbAfterYou(words: readonly string[]): boolean {
  const key = words.join(' ');
  let verb = verbReadings.get(key);
  if (verb === undefined) {
    verb = analyse(`you ${key}`).terms[1]?.tags.has('Verb') ?? false;
    if (verbReadings.size > 5000) verbReadings.clear();
    verbReadings.set(key, verb);
  }
  return verb;
}

function wordsAndPairs(text: string): Set<string> {
  const words = straight(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  const set = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]} ${words[i + 1]}`);
  return set;
}

/** "was sent", "has been decided": a form of be (or get) followed by a past participle. */
function markPassive(terms: Term[]): void {
  terms.forEach((t, i) => {
    if (!t.tags.has('Auxiliary') || !['be', 'get'].includes(t.root)) return;
    let j = i + 1;
    while (terms[j] && (terms[j]!.tags.has('Adverb') || terms[j]!.normal === 'been' || terms[j]!.normal === 'not')) j++;
    const verb = terms[j];
    if (
      verb &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Auxiliary') &&
      verb.normal !== verb.root &&
      !verb.normal.endsWith('ing') &&
      // "What's surprised you": "'s" is "has" when the participle takes an object.
      !(/^['’]s$/.test(t.text) && /^(you|me|him|her|them|us)$/.test(terms[j + 1]?.normal ?? ''))
    ) {
      (t.tags as Set<string>).add('Passive');
    }
  });
}

/**
 * Finds each phrase (lower case, single spaces; `*` matches one word) in a sentence and returns
 * its span in the original text. Phrases are matched on word boundaries.
 */
export function findPhrases(sentence: Sentence, phrases: readonly string[]): Span[] {
  const { pattern, firstWords } = phrasePattern(phrases);
  // Most lists cannot match most sentences: skip the regular expression unless a first word is present.
  let possible = false;
  for (const w of firstWords) {
    // A phrase that opens with `*` has no first word to look for.
    if (w === '' || sentence.wordSet.has(w)) {
      possible = true;
      break;
    }
  }
  if (!possible) return [];
  pattern.lastIndex = 0;
  const spans: Span[] = [];
  for (const m of sentence.plain.matchAll(pattern)) {
    const at = m.index ?? 0;
    spans.push({
      start: sentence.start + at,
      end: sentence.start + at + m[0].length,
      text: sentence.text.slice(at, at + m[0].length),
    });
  }
  return spans;
}

// Each phrase list compiles once into one alternation, longest phrase first.
const compiled = new WeakMap<readonly string[], { pattern: RegExp; firstWords: string[] }>();

function phrasePattern(phrases: readonly string[]): { pattern: RegExp; firstWords: string[] } {
  let entry = compiled.get(phrases);
  if (!entry) {
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) =>
        p
          .split(' ')
          .map((w) => (w === '*' ? "[\\p{L}\\p{N}'-]+" : escapeRegExp(w)))
          .join('[\\s,]+'),
      );
    entry = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}'])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
      // The first two words of each phrase (fewer before a `*`), as they appear in `wordSet`.
      firstWords: [
        ...new Set(
          phrases.map((p) => {
            const words = p.split(' ');
            const star = words.indexOf('*');
            return words
              .slice(0, star < 0 ? 2 : Math.min(2, star))
              .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
              .filter(Boolean)
              .join(' ');
          }),
        ),
      ],
    };
    compiled.set(phrases, entry);
  }
  return entry;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

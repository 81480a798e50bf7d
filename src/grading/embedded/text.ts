import nlp from 'compromise';

/** A labelled character span of a text: the unit every detector returns. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Term extends Span {
  normal: string;
  /** Lemma where compromise knows one ("counted" → "count"), else the normal form. */
  root: string;
  tags: ReadonlySet<string>;
}

export interface Sentence extends Span {
  index: number;
  terms: Term[];
  /** Lower-case, whitespace-folded text, for phrase matching. */
  lower: string;
  isQuestion: boolean;
}

export interface Analysis {
  text: string;
  sentences: Sentence[];
  terms: Term[];
  words: number;
}

type Doc = ReturnType<typeof nlp>;

interface JsonTerm {
  text: string;
  normal?: string;
  root?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface JsonSentence {
  text: string;
  offset?: { start: number; length: number };
  terms: JsonTerm[];
}

/** Splits and tags a text with compromise, keeping character offsets into the original. */
export function analyse(text: string): Analysis {
  const doc: Doc = nlp(text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  const sentences: Sentence[] = [];
  const terms: Term[] = [];
  let cursor = 0;
  json.forEach((s, index) => {
    const span = locate(text, s.text.trim(), s.offset?.start ?? cursor, cursor);
    if (!span) return;
    cursor = span.end;
    const sentenceTerms: Term[] = [];
    let termCursor = span.start;
    for (const t of s.terms) {
      if (!t.text) continue; // contractions expand into empty implicit terms
      const at = locate(text, t.text, t.offset?.start ?? termCursor, termCursor);
      if (!at) continue;
      termCursor = at.end;
      const normal = (t.normal ?? t.text).toLowerCase();
      sentenceTerms.push({ ...at, normal, root: t.root ?? normal, tags: new Set(t.tags ?? []) });
    }
    terms.push(...sentenceTerms);
    sentences.push({
      ...span,
      index,
      terms: sentenceTerms,
      lower: span.text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' '),
      isQuestion: /\?["')\]]*\s*$/.test(span.text),
    });
  });
  return { text, sentences, terms, words: terms.filter((t) => /\p{L}|\p{N}/u.test(t.text)).length };
}

/**
 * Finds `needle` in `text` near where compromise says it is. Compromise counts offsets in
 * its own way around emoji and odd whitespace, so the offset is a hint, not a truth.
 */
function locate(text: string, needle: string, hint: number, from: number): Span | null {
  if (!needle) return null;
  if (text.startsWith(needle, hint)) return { start: hint, end: hint + needle.length, text: needle };
  const found = text.indexOf(needle, from);
  if (found >= 0) return { start: found, end: found + needle.length, text: needle };
  const anywhere = text.indexOf(needle);
  return anywhere >= 0 ? { start: anywhere, end: anywhere + needle.length, text: needle } : null;
}

/**
 * Finds each phrase (lower case, single spaces; `*` matches one word) in a sentence and returns
 * its span in the original text. Phrases are matched on word boundaries.
 */
export function findPhrases(sentence: Sentence, phrases: readonly string[]): Span[] {
  const pattern = phrasePattern(phrases);
  pattern.lastIndex = 0;
  const source = sentence.text.replace(/[’‘]/g, "'");
  const spans: Span[] = [];
  for (const m of source.matchAll(pattern)) {
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
const compiled = new WeakMap<readonly string[], RegExp>();

function phrasePattern(phrases: readonly string[]): RegExp {
  let re = compiled.get(phrases);
  if (!re) {
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) =>
        p
          .split(' ')
          .map((w) => (w === '*' ? "[\\p{L}\\p{N}'-]+" : escapeRegExp(w)))
          .join('[\\s,]+'),
      );
    re = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(phrases, re);
  }
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STOP_ROOTS = new Set(
  `a an the and or but if so of to in on at by for with about from into over after before than then that this these those
  it its it's i i'm i've me my mine we our us you your yours he she him her his they them their is are was were be been being
  do does did have has had will would can could should may might must shall just really very quite also too not no yes
  what how why when where who which there here get got go going gone make made know think thing things lot bit well
  oh okay ok yeah hi hello thanks thank sorry one some any all more most much many`.split(/\s+/),
);

/** Content-word lemmas: the nouns, verbs and adjectives a listener could pick up. */
export function contentRoots(terms: readonly Term[]): Set<string> {
  const roots = new Set<string>();
  for (const t of terms) {
    if (isContentTerm(t)) roots.add(t.root);
  }
  return roots;
}

export function isContentTerm(t: Term): boolean {
  if (t.root.length < 3 || STOP_ROOTS.has(t.root) || STOP_ROOTS.has(t.normal)) return false;
  if (t.tags.has('Pronoun') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Determiner')) {
    return false;
  }
  return t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Value');
}

/** The first words of a sentence after discourse markers such as "so", "and", "well". */
export function openingWords(sentence: Sentence, count = 3): string[] {
  const words = sentence.lower
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .split(/[\s,;:]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter(Boolean);
  while (words.length > 1 && DISCOURSE.has(words[0]!)) words.shift();
  return words.slice(0, count);
}

const DISCOURSE = new Set([
  'so',
  'and',
  'but',
  'well',
  'okay',
  'ok',
  'oh',
  'right',
  'now',
  'then',
  'also',
  'hey',
  'hmm',
  'ah',
  'um',
  'uh',
  'yes',
  'yeah',
  'sure',
]);

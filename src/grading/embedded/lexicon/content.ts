/** Content words, and picking up the partner's words. */
import { straight, type Term } from '../text';

// ---- content words -----------------------------------------------------------------------------

const SURFACE_STOP = new Set(
  `that this with have what your about they them there then just like really know think going because would could
  should their were been into more some from when yeah okay said it's that's don't didn't i'm you're`.split(/\s+/),
);
/** Surface words of four letters or more that carry content: a quick overlap between two texts. */
export function surfaceContentWords(text: string): Set<string> {
  return new Set(
    (
      straight(text)
        .toLowerCase()
        .match(/[a-z']{4,}/g) ?? []
    ).filter((w) => !SURFACE_STOP.has(w)),
  );
}

// ---- words that stand in for a point ---------------------------------------------------------------

/** Words that point at something without naming it: "the thing", "stuff like that", "whatever". */
export const VAGUE = /\b(thing|things|stuff|whatever|something|somehow|etc|and so on|that kind of)\b/gi;
/** Institutional language that stands in for a point: "in line with", "please be advised", "learnings". */
export const CORPORATE =
  /\b(in line with|as per|please be advised|regarding|pursuant|going forward|learnings|align|alignment|stakeholders?|core values?|wellbeing|psychological safety|leverage|synerg\w*|value-add|touch base|circle back|holistic)\b/gi;

const STOP_ROOTS = new Set(
  `a an the and or but if so of to in on at by for with about from into over after before than then that this these those
  it its it's i i'm i've me my mine we our us you your yours he she him her his they them their is are was were be been being
  do does did have has had will would can could should may might must shall just really very quite also too not no yes
  what how why when where who which there here get got go going gone make made know think thing things lot bit well
  oh okay ok yeah hi hello thanks thank sorry one some any all more most much many`.split(/\s+/),
);
/**
 * Verbs so common that saying one again shows nothing: "it ran long" and "I run operations" share
 * a lemma, not a topic.
 */
const LIGHT_VERBS = new Set(`run take come look give put keep let seem set turn hold bring say`.split(/\s+/));

/** Noun, verb or adjective: names and numbers count as nouns. */
function wordClass(t: Term): string {
  if (t.tags.has('Verb')) return 'verb';
  if (t.tags.has('Adjective')) return 'adjective';
  return 'noun';
}

export function isContentTerm(t: Term): boolean {
  if (t.root.length < 3 || STOP_ROOTS.has(t.root) || STOP_ROOTS.has(t.normal)) return false;
  if (t.tags.has('Verb') && LIGHT_VERBS.has(t.root)) return false;
  if (t.tags.has('Pronoun') || t.tags.has('Auxiliary') || t.tags.has('Determiner')) return false;
  return t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Value');
}

// Several detectors ask the same question of the same pair of analyses: answer it once.
const pickedCache = new WeakMap<readonly Term[], WeakMap<readonly Term[], Term[]>>();

/**
 * The reply's content words that pick up the partner's: the same lemma in the same sense, so
 * "the work" does not pick up "getting it working".
 */
export function pickedUp(reply: readonly Term[], partner: readonly Term[]): Term[] {
  let byPartner = pickedCache.get(reply);
  if (!byPartner) pickedCache.set(reply, (byPartner = new WeakMap()));
  let found = byPartner.get(partner);
  if (!found) byPartner.set(partner, (found = pickUp(reply, partner)));
  return found;
}

function pickUp(reply: readonly Term[], partner: readonly Term[]): Term[] {
  const senses = new Map<string, Set<string>>();
  for (const t of partner) {
    if (isContentTerm(t)) senses.set(t.root, (senses.get(t.root) ?? new Set()).add(wordClass(t)));
  }
  return reply.filter((t) => isContentTerm(t) && senses.get(t.root)?.has(wordClass(t)));
}

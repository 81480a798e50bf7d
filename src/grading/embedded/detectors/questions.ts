import { isLeadingFiller } from '../lexicon';
import { elicitation, leading as leadingRule } from '../rules/questions';
import { fires } from '../rules/rule';
import { straight, type Analysis, type Sentence } from '../text';

const ELICITATIONS = elicitation.match as readonly string[];

export type QuestionKind = 'open' | 'closed';

/** The grammatical form a question takes, which decides whether it is open or closed. */
export type QuestionForm =
  | 'wh-open' // what, how, why
  | 'how-quantity' // how many, how much, how often, how long
  | 'wh-closed' // who, when, where, which
  | 'elicitation' // tell me, describe, walk me through, I wonder
  | 'aux-elicitation' // can you tell me, would you describe
  | 'permission' // can I share, is it okay if
  | 'aux' // do you, is it, have you
  | 'tag' // ..., right?
  | 'either-or'
  | 'scale' // on a scale of 1 to 10, how confident are you?: asks for a number
  | 'suggestion' // have you tried…?, what about…?: advice in the form of a question
  | 'declarative'; // you're moving house?

export interface Question {
  sentence: Sentence;
  kind: QuestionKind;
  form: QuestionForm;
  leading: boolean;
}

const KIND: Record<QuestionForm, QuestionKind | null> = {
  'wh-open': 'open',
  'how-quantity': 'closed',
  'wh-closed': 'closed',
  elicitation: 'open',
  'aux-elicitation': 'open',
  permission: 'closed',
  aux: 'closed',
  tag: 'closed',
  'either-or': 'closed',
  scale: 'closed',
  suggestion: 'closed',
  declarative: 'closed',
};

const OPEN_WH = new Set([
  'what',
  "what's",
  'whats',
  "what'd",
  "what're",
  'how',
  "how's",
  'hows',
  "how'd",
  "how're",
  'why',
  "why's",
  "why'd",
]);
const CLOSED_HOW = new Set(['many', 'much', 'long', 'often', 'old', 'far', 'soon', 'big', 'frequently']);
const FACT_NOUNS = new Set(`time day date month year age name number percentage size grade address`.split(' '));
const CLOSED_WH = new Set([
  'who',
  'when',
  'where',
  'which',
  "who's",
  "where's",
  "when's",
  "where'd",
  "who'd",
  'whom',
  'whose',
]);
/** "Anything else?", "any thoughts on…": an invitation to say more, though it starts like a yes/no question. */
/** Elicitations that state the speaker's wish rather than ask: "I'd love to hear…", "I'm curious…". */
const WISH = /^(i'd|i would|i'm|i am) (love|like|curious)/;
const INVITATION =
  /^((is there|are there|do you have|have you (had|got|given)) )?(anything|any) ?(else|other|more|thoughts?|ideas?|sense|feelings?)\b|\bany (thoughts?|ideas?) (on|about)\b/;
const AUXILIARIES = new Set(
  `do does did is are was were am can could would will should shall may might must have has had isn't aren't wasn't
  weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't any anything anyone
  anybody any-`.split(/\s+/),
);
const AUX_ELICITATION =
  /^(can|could|would|will|might|do) you (please )?(tell|describe|explain|say|talk|share|walk|expand|elaborate|give me|help me understand|think of|imagine|remind)\b/;
const PERMISSION =
  /^((can|could|may|might) (i|we) (ask|share|tell|give|offer|mention|suggest|talk|go over|look|take|check|add|make|read|run|show)|(is|would) it be (ok|okay|alright|all right|fine)|is it (ok|okay|alright|all right|fine)|do you mind|would you mind|would it help if|would you like me to|would you be (willing|open|interested))\b/;
const TAG_QUESTION =
  /,?\s*(right|correct|yeah|yes|no|ok|okay|isn't it|aren't you|don't you|didn't you|wasn't it|won't you|can't you|isn't that|is that right|is that correct|am i right|did i get (it|that) right|innit|huh|eh)\s*\?+\s*$/i;
const BACKCHANNEL =
  /^[-—–\s]*((yeah|yes|okay|ok|alright|all right|right|huh|hmm|mm|mm-hmm|uh-huh|you know|no|sure|really|oh)[\s,.!]*)+\?+$/i;

/** Words of a clause, lower-cased, with stutters ("what-what", "w-where") and leading fillers removed. */
function clauseWords(clause: string): string[] {
  const words = straight(clause)
    // "[chuckles]", "[unintelligible 00:01:18]": transcript notes, not words.
    .replace(/\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .split(/[\s]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}'-]+$/gu, ''))
    .map((w) => {
      // "what-what" → "what", "w-where" → "where", "i-i" → "i"
      const parts = w.split('-').filter(Boolean);
      if (parts.length === 0) return w;
      // "what's-how" → "how": a false start on a function word, repaired by the word after it.
      const falseStart = parts.length >= 2 && (OPEN_WH.has(parts[0]!) || CLOSED_WH.has(parts[0]!));
      if (parts.length >= 2 && (falseStart || parts.every((p) => p === parts[0]) || parts[1]!.startsWith(parts[0]!)))
        return parts.at(-1)!;
      return w.replace(/-+$/, '');
    })
    .filter(Boolean);
  while (words.length > 1 && (isLeadingFiller(words[0]!) || /^mm+-?h?m+$|^uh-huh$/.test(words[0]!))) words.shift();
  if (words[0] === 'all' && words[1] === 'right') words.splice(0, 2);
  return words;
}

const SUBJECTS = new Set(
  `i i'm i've i'd you you're you've you'd we we're we've they they're he he's she she's it it's some people`.split(' '),
);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'should', 'else']);
/** A superlative or a feeling makes "which …" ask for the partner's judgement. */
const JUDGED =
  /\b(most|best|worst|first|hardest|easiest|biggest|happiest|proudest|trips?|worr(y|ies|ied)|matters?|feels?|stands? out)\b/;
/** "I wonder if…" without a question mark is a tentative statement, not a question. */
const TENTATIVE =
  /^(i|i'm|i am|i was)( just)? wonder(ing|ed)? (if|whether)\b(?! you (can|could|would|might) (tell|describe|say|share|talk|explain))/;

const CLAUSE_BREAK = /[,;:—–]|\s-+\s|--/;
/** "Uh, what else…", "So, how…": a clause of fillers alone says nothing about the question. */
const isClause = (w: readonly string[]) => w.length > 0 && !(w.length === 1 && isLeadingFiller(w[0]!));
/**
 * Subject-auxiliary inversion ("is there…", "did they…", "when did you…") marks a question even
 * without a question mark; "should you need…" and "had I known…" invert for a condition instead.
 */
function inverted(words: readonly string[]): boolean {
  const at = AUXILIARIES.has(words[0] ?? '') ? 0 : words[0] === 'how' ? 2 : 1;
  const aux = words[at] ?? '';
  if (!AUXILIARIES.has(aux) || ['should', 'had', 'were', 'any', 'anything', 'anyone', 'anybody'].includes(aux))
    return false;
  const subject = words[at + 1] ?? '';
  if (/^(you|they|he|she|we|i|it|there|your|their|his|her|this|that)$/.test(subject)) return true;
  // "Is the state stopping you": a noun phrase after "is" or a modal; after "do" it may be an order ("do the dishes").
  return !/^(do|does|did)$/.test(aux) && /^(the|these|those|my|our|any|anyone|anything|anybody)$/.test(subject);
}
const LATE_WH = /\b(what|how|why)('s|'re|s| (do|does|did|would|could|will|can|should|might|is|are|was|were))\b/;
/** "Acting out would be what?", "and you felt how?": the wh-word left in place still asks an open question. */
const IN_SITU_WH = /\b(what|how|why)\s*\?+\s*$/;
/** "I wanted to ask you how you feel about it?": an open question reported by the asker. */
const ASK_WH = /\bask(ing)? you (how|what|why)\b/;
const LATE_AUX = /\b(do|does|did|have|has|are|is|can|could|would|will) (you|there)\b/;
const COPULA_LATER = /\b(is|are|was|were)\b/;
/** "What's happening here is…": without a question mark, a later "is" makes a wh-clause the subject of a statement. */
function cleft(words: readonly string[]): boolean {
  // "What would you say…" and "how sure are you…" invert; only an uninverted wh-clause can be a subject.
  const inversion = words[0] === 'how' ? 2 : 1;
  if (AUXILIARIES.has(words[inversion] ?? '')) return false;
  return COPULA_LATER.test(words.slice(inversion + 1).join(' '));
}
/** "What a great idea!", "how kind of you": an exclamation in the form of a wh-clause. */
const EXCLAMATIVE =
  /^(what an? |how (kind|nice|lovely|great|good|cool|wonderful|exciting|sweet|thoughtful|brilliant|amazing)\b)/;
const QUOTED_QUESTION = /["“][^"”]*\?\s*["”]?\s*$/;

const SUGGESTION =
  /^(have you (tried|considered|thought about(?! (what|how|why|when|where|who|which)\b)|looked into|checked)|did you (try|consider)|(what|how) about [\p{L}']+ing\b|how about (you|we|i)\b|why not (?!(a|an|the|one|two|\d)\b)\p{L}|why don't you|(can|could|may|might) (i|we) (suggest|recommend) (?!(something|some|a few|a couple|an idea|one thing|another)\b)|maybe you|perhaps you|could you try|would you consider|you could|you can|you should|you might)\b/u;

/** Classifies one clause by its first words; null when they say nothing about a question. */
function clauseForm(words: readonly string[]): QuestionForm | null {
  const text = words.join(' ');
  if (SUGGESTION.test(text)) return 'suggestion';
  const [w0 = '', w1 = ''] = words;
  const elicits = ELICITATIONS.find((e) => text.startsWith(e));
  // A wish ("I'd love to hear more about the open roles") invites them only when it is about them, what they
  // just said ("I'd like to hear it", "I'm curious.") or asks what, how or why; otherwise it is the speaker's want.
  const wished = elicits && WISH.test(elicits) ? text.slice(elicits.length) : '';
  if (/\w/.test(wished) && !/\b(you|your|yours|what|how|why)\b|^\s*(more )?(about )?(it|that|this|them)\b/.test(wished))
    return null;
  if (elicits) return 'elicitation';
  if (INVITATION.test(text)) return 'elicitation';
  if (AUX_ELICITATION.test(text)) return 'aux-elicitation';
  if (PERMISSION.test(text)) return 'permission';
  if (w0 === 'how' && CLOSED_HOW.has(w1)) return 'how-quantity';
  if (w0 === 'how' && w1 === 'come') return 'wh-open';
  // "What I'm hearing is…", "what we know is…": a wh-word with no inversion opens a statement.
  if ((w0 === 'what' || w0 === 'how') && SUBJECTS.has(w1)) return null;
  // "What time…", "what's your name": a wh-word that asks for one fact is as closed as "when" or "who".
  if (
    /^what('s)?$/.test(w0) &&
    (FACT_NOUNS.has(w1) || (/^(your|his|her|their|the)$/.test(w1) && FACT_NOUNS.has(words[2] ?? '')))
  )
    return 'wh-closed';
  if (OPEN_WH.has(w0)) return 'wh-open';
  // "Where would you start?", "who could help?": asks for a judgement, not a fact.
  if (CLOSED_WH.has(w0) && (HYPOTHETICAL.has(w1) || text.includes(' you think'))) return 'wh-open';
  // "Which part trips you up most?", "which result made you happiest?": a choice of their judgement, not a fact.
  if (w0 === 'which' && JUDGED.test(text)) return 'wh-open';
  if (CLOSED_WH.has(w0)) return 'wh-closed';
  if (AUXILIARIES.has(w0)) return 'aux';
  return null;
}

/** A ruler: "on a scale of 1 to 10", "what number would you pick". A question about it asks for a number. */
const SCALE = /\bscale\b|\b(what|which) number\b|\b(0|1|zero|one) to (10|100|ten|a hundred)\b/;
/** The question that asks where on the ruler: "how important…", "where would you put yourself", "what number". */
const RULER_QUESTION =
  /\b(how (important|confident|ready|serious|sure|likely|motivated|interested|committed|willing)|where (would|do|are)|(what|which) number)\b/;

/** How many clauses of a sentence lie in this stretch of its text. */
function clauseCount(text: string): number {
  return text.split(CLAUSE_BREAK).map(clauseWords).filter(isClause).length;
}

/** Finds questions, typed open or closed by their form, with leading ones marked. */
export function detectQuestions(analysis: Analysis): Question[] {
  const questions: Question[] = [];
  let ruler = false;
  for (const sentence of analysis.sentences) {
    ruler ||= SCALE.test(sentence.lower);
    const clauses = sentence.lower.split(CLAUSE_BREAK).map(clauseWords).filter(isClause);
    const forms = clauses.map(clauseForm);
    // "Can I ask you, what do you like about it?": a later open clause makes the question open.
    const first = forms.find((f) => f === 'wh-open') ?? forms.find((f) => f !== null) ?? null;
    const elicits = forms.includes('elicitation') || forms.includes('aux-elicitation');
    // Without a question mark, only a clear question form counts ("how are you doing today").
    const unpunctuated =
      !sentence.isQuestion &&
      ((forms[0] === 'wh-open' && !cleft(clauses[0]!) && !EXCLAMATIVE.test(clauses[0]!.join(' '))) ||
        forms[0] === 'aux-elicitation' ||
        (['aux', 'wh-closed', 'how-quantity'].includes(forms[0] ?? '') && inverted(clauses[0]!)) ||
        // "If you think about it, how confident are you that…": an inverted wh-question after a lead-in.
        forms.some((f, i) => i > 0 && f === 'wh-open' && inverted(clauses[i]!)));
    if (!sentence.isQuestion && !elicits && !unpunctuated) continue;
    if (!sentence.isQuestion && clauses.some((c) => TENTATIVE.test(c.join(' ')))) continue;
    // "Yeah?", "Okay?", "All right?": a back-channel or a check for understanding, not a question.
    // …unless it is the whole turn: a lone "Really?" asks the partner to confirm.
    const lone = analysis.sentences.length === 1;
    if (BACKCHANNEL.test(sentence.text.trim()) && !lone) continue;
    // He said, "why is it a problem?": a question quoted from someone else is not asked of the partner.
    const quote = sentence.text.search(QUOTED_QUESTION);
    if (quote >= 0 && !forms.slice(0, clauseCount(sentence.text.slice(0, quote))).some((f) => f !== null)) continue;
    let form: QuestionForm = first ?? 'declarative';
    // "If you gave him an ultimatum, what do you think he'd say?": a wh-question after a lead-in clause.
    if (
      form === 'declarative' &&
      sentence.isQuestion &&
      (LATE_WH.test(sentence.lower) || IN_SITU_WH.test(sentence.lower) || ASK_WH.test(sentence.lower))
    )
      form = 'wh-open';
    // "Sorry to hear that do you have anyone to talk to?": the same for a yes/no question.
    else if (form === 'declarative' && sentence.isQuestion && LATE_AUX.test(sentence.lower)) form = 'aux';
    if (elicits && form !== 'wh-open') form = forms.includes('aux-elicitation') ? 'aux-elicitation' : 'elicitation';
    if (TAG_QUESTION.test(sentence.text) && (form === 'declarative' || form === 'aux')) form = 'tag';
    if (BACKCHANNEL.test(sentence.text.trim())) form = 'tag';
    // "Do you want tea or coffee?" offers a choice; "why nine rather than a six or a seven?" still asks why.
    if (
      form === 'aux' &&
      / or [\p{L}'-]+( [\p{L}'-]+)?\?$/u.test(sentence.lower) &&
      !/ or not\?$/.test(sentence.lower)
    ) {
      form = 'either-or';
    }
    if (ruler && RULER_QUESTION.test(sentence.lower)) form = 'scale';
    const leading = fires(leadingRule, sentence);
    questions.push({ sentence, kind: KIND[form] ?? 'closed', form, leading });
  }
  return questions;
}

/** Runs of three or more question sentences in a row. */
export function stackedQuestions(analysis: Analysis, questions: readonly Question[]): Sentence[][] {
  const isQ = new Set(questions.map((q) => q.sentence.index));
  const runs: Sentence[][] = [];
  let run: Sentence[] = [];
  for (const s of analysis.sentences) {
    if (isQ.has(s.index)) run.push(s);
    else {
      if (run.length >= 3) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

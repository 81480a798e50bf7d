import type { CriterionId } from '../rubric';
import type { Suggestion } from '../grade.schema';
import { FEELING_WORDS as FEELINGS } from './lexicon';
import { analyse, type Analysis, type Term } from './text';

/** What the partner said, boiled down to what an example phrasing can refer to. */
export interface PartnerTopic {
  /** A noun phrase from the partner's line, seen from the learner's side ("our pilot" → "your pilot"). */
  topic: string | null;
  feeling: string | null;
  /** Their turn ends by asking the learner something ("What's going on?"): the floor is the learner's. */
  asked: boolean;
}

const POSSESSIVES: Record<string, string> = { my: 'your', our: 'your', mine: 'yours', ours: 'yours' };
const WEAK_NOUNS =
  /^(part|thing|bit|lot|way|time|one|kind|sort|stuff|everything|something|anything|nothing|people|question|idea|(day|minute|second|hour|morning|afternoon|evening|night|week|weekend|month|year)s?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday)$/i;
const PHRASE_WORD = new Set(['Determiner', 'Adjective', 'Noun', 'Value']);
const POSSESSIVE_PRONOUNS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);

/** Whether a word, read in lower case, is the plural of another ("deadlines" → "deadline"). */
const plurals = new Map<string, boolean>();
const plural = (word: string) => {
  let p = plurals.get(word);
  if (p === undefined) {
    const [t] = analyse(word).terms;
    p = !!t && t.root !== t.normal && t.normal.endsWith('s');
    if (plurals.size > 2000) plurals.clear();
    plurals.set(word, p);
  }
  return p;
};

/** Noun phrases of a text: runs of determiners, possessives, adjectives and nouns that end in a noun. */
function nounPhrases(analysis: Analysis): string[] {
  const phrases: string[] = [];
  for (const s of analysis.sentences) {
    let run: Term[] = [];
    const flush = () => {
      while (run.length && !run.at(-1)!.tags.has('Noun')) run.pop();
      if (run.some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'))) {
        const phrase = analysis.text.slice(run[0]!.start, run.at(-1)!.end);
        // "Third evening…", "Deadlines…" are capitalised only because they open the sentence; the tagger
        // calls such words names, but a name has no plural.
        const first = run[0]!;
        const opensSentence =
          first === s.terms[0] && (!first.tags.has('ProperNoun') || (run.length === 1 && plural(first.normal)));
        phrases.push(opensSentence ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase);
      }
      run = [];
    };
    for (const t of s.terms) {
      const fits = [...t.tags].some((tag) => PHRASE_WORD.has(tag)) || POSSESSIVE_PRONOUNS.has(t.normal);
      if (fits && !t.tags.has('Pronoun')) run.push(t);
      else if (POSSESSIVE_PRONOUNS.has(t.normal)) run.push(t);
      else flush();
    }
    flush();
  }
  return phrases;
}

const NOT_A_TOPIC = /^(your|yours|you|what|which|whose|how|why|when|where|who)\b|\b(face|voice|look|name)$/i;

/** Fixed phrases whose noun is not a topic ("third evening in a row", "at the moment"). */
const IDIOMS =
  /\b(in a row|at the moment|for a while|in a while|at the end of the day|in the end|by the way|in a way|on the other hand|at the same time|at a time|in the meantime|for the time being|all the time)\b/gi;

export function partnerTopic(context: Analysis): PartnerTopic {
  const idioms = [...context.text.matchAll(IDIOMS)].map((m) => m[0].toLowerCase());
  // The partner's latest substantive noun phrase is usually what the reply should pick up.
  const scored = nounPhrases(context)
    .filter((p) => !idioms.some((idiom) => idiom.endsWith(p.toLowerCase())))
    .map((p, i) => {
      const words = p.split(/\s+/);
      const head = words.at(-1) ?? '';
      return { p, words, score: (WEAK_NOUNS.test(head) ? -100 : 0) + i + Math.min(words.length, 3) };
    })
    // A weak head ("the part", "third evening") makes a worse example than a plain "that". "Your serious
    // face" is the learner's, not the partner's topic; "what stage" is a question, not a topic.
    .filter((x) => x.words.length <= 5 && x.score >= 0 && !NOT_A_TOPIC.test(x.p))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.p ?? null;
  const topic = best
    ? best
        .split(/\s+/)
        .map((w) => POSSESSIVES[w.toLowerCase()] ?? w)
        .join(' ')
        .replace(/^(a|an)\s/i, 'the ')
        .replace(/^(?!the\s|your\s|yours\s|his\s|her\s|their\s)(?=[a-z])/, 'the ')
    : null;
  const lower = context.text.toLowerCase();
  const feeling = FEELINGS.find((f) => new RegExp(`\\b${f}\\b`).test(lower)) ?? null;
  return { topic, feeling, asked: context.sentences.at(-1)?.isQuestion ?? false };
}

type Advice = (t: PartnerTopic) => Suggestion;

const about = (t: PartnerTopic, fallback: string) => t.topic ?? fallback;

/** One concrete suggestion per check, keyed `criterion/check`; the first unmet positive or met negative wins. */
export const ADVICE: Record<string, Advice> = {
  'active_listening/reflects': (t) => ({
    text: 'Before your own point, say back in a sentence what you heard.',
    example: `It sounds like it's been ${t.feeling ?? 'a lot'} with ${about(t, 'all this')}. What's been the hardest part?`,
  }),
  'active_listening/reuses_partner_words': (t) => ({
    text: 'Pick up their own words so they know you followed.',
    example: `You mentioned ${about(t, 'that')}. Tell me more about how that's going.`,
  }),
  'active_listening/names_feeling': (t) => ({
    text: 'Name the feeling or stake you think sits behind what they said, and check it.',
    example: `I imagine it's been ${t.feeling ?? 'a lot to carry'}, with ${about(t, 'all this')}. Is that fair?`,
  }),
  'active_listening/acknowledges': (t) => ({
    text: 'Acknowledge what they told you before moving on.',
    example: `Thanks for telling me about ${about(t, 'that')}. That makes sense.`,
  }),
  'active_listening/advice_first': (t) => ({
    text: 'Hold the advice until you understand the problem; ask first.',
    example: `Before I jump in: what have you tried so far with ${about(t, 'it')}?`,
  }),
  'active_listening/dismisses': (t) => ({
    text: 'Take their concern seriously instead of playing it down.',
    example: `I can tell you care about ${about(t, 'this')}. What worries you most about it?`,
  }),
  'active_listening/overrides': (t) => ({
    text: 'Drop the ultimatum: find out what they need before you decide for them.',
    example: `What would you need to make ${about(t, 'this')} work?`,
  }),
  'active_listening/hollow_reflection': () => ({
    text: 'Say back what they actually said, once and in your own words, instead of stacking listening phrases.',
  }),
  'active_listening/shifts_to_self': (t) => ({
    text: 'Keep the spotlight on them for now; your story can wait.',
    example: `How did you handle ${about(t, 'that')}?`,
  }),
  'clarity/has_content': () => ({ text: 'Say one clear thing in a full sentence.' }),
  'clarity/concrete': () => ({ text: 'Name the specifics: which day, what time, how many.' }),
  'clarity/long_sentence': () => ({ text: 'Split the long sentence: one idea per sentence.' }),
  'clarity/hedge': () => ({ text: 'Drop the hedges; say what you mean directly.' }),
  'clarity/filler': () => ({ text: 'Cut the filler words; they dilute your point.' }),
  'clarity/weasel': () => ({ text: 'Say who or what exactly, rather than "some people".' }),
  'clarity/jargon': () => ({ text: 'Swap the buzzwords for plain words.' }),
  'clarity/wordy': () => ({ text: 'Use the short form ("to" for "in order to") and say each thing once.' }),
  'clarity/passive': () => ({ text: 'Say who did what: use the active voice.' }),
  'clarity/length_out_of_band': () => ({ text: 'Aim for the length this moment needs: a few sentences.' }),
  'clarity/stock_phrases': () => ({
    text: 'Say the thing itself, once, in your own words: what you heard, or what happened, without the stock phrases or labels around it.',
  }),
  'clarity/changes_subject': () => ({
    text: 'Stay with their point for this reply; raise the other subject another time.',
  }),
  'clarity/vague': () => ({ text: 'Name the thing itself, instead of "this kind of thing" or "or something".' }),
  'clarity/mixed_message': () => ({ text: 'Say the one thing you mean, plainly: no sarcasm, no "but to be fair".' }),
  'open_questions/asks_question': (t) => ({
    text: 'Ask a question so the conversation has somewhere to go.',
    example: `What's been the most interesting part of ${about(t, 'it')} for you?`,
  }),
  'open_questions/asks_open_question': (t) => ({
    text: 'Ask a question that starts with what, how or why, so they can say more than yes or no.',
    example: `How did ${about(t, 'that')} come about?`,
  }),
  'open_questions/builds_on_partner': (t) => ({
    text: 'Build your question on what they just said.',
    example: `What made ${about(t, 'that')} so important to you?`,
  }),
  'open_questions/only_closed': (t) => ({
    text: 'A closed question gets a one-word answer; open it up with what or how.',
    example: `What was ${about(t, 'that')} like?`,
  }),
  'open_questions/leading_question': (t) => ({
    text: 'Ask without steering them towards your answer.',
    example: `How do you see ${about(t, 'it')}?`,
  }),
  'open_questions/stacked_questions': () => ({ text: 'Ask one question at a time, then let them answer.' }),
  // Their line is rarely about the mistake ("Is it about Thursday's delivery?"), so these examples name no topic of
  // theirs: "a mistake in the sourdough" would put words in the learner's mouth about the wrong thing.
  'accountability/owns_with_i': () => ({
    text: 'Own it in the first person: say what you did.',
    example: "I got this wrong, and that's on me.",
  }),
  'accountability/apologises': () => ({ text: 'Apologise plainly, once, without a "but".', example: "I'm sorry." }),
  'accountability/repair_plan': () => ({
    text: 'Say what you will do to put it right.',
    example: "I'll correct it and send you the fixed version myself.",
  }),
  'accountability/repair_time': () => ({
    text: 'Say when the fix will be done.',
    example: "I'll have the corrected version to you by 3 pm today.",
  }),
  'accountability/deflects': () => ({
    text: 'Leave out the reasons it was not your fault; own your part first.',
  }),
  'specific_feedback/names_situation': () => ({
    text: 'Anchor it in a specific moment: when and where.',
    example: 'On Tuesday, when the handover was due,',
  }),
  'specific_feedback/names_behaviour': () => ({
    text: 'Describe what they did, not what they are.',
    example: "you sent the figures two days after we'd agreed",
  }),
  'specific_feedback/names_impact': () => ({
    text: 'Say what it meant for you or the work.',
    example: 'which meant I had to present without the final numbers.',
  }),
  'specific_feedback/invites_response': () => ({
    text: 'Ask for their side before deciding what happened.',
    example: 'What was going on for you that week?',
  }),
  'specific_feedback/global_label': () => ({
    text: 'Drop "always" and "never": talk about this one time.',
  }),
  'networking/hook': (t) => ({
    text: 'Connect to the moment or to what they just said.',
    example: `You mentioned ${about(t, 'your work')}; I'd love to hear more.`,
  }),
  'networking/interest': (t) => ({
    text: 'Ask about them and their work.',
    example: `What got you working on ${about(t, 'that')}?`,
  }),
  'networking/offer': () => ({
    text: 'When the moment allows, offer something useful to them: a write-up, an article, what you learned.',
    example: 'If it helps, I can send you the write-up from our own rollout.',
  }),
  'celebrating/recognises_specifics': (t) => ({
    text: 'Name exactly what they did that you admire, not just the result.',
    example: `The way you handled ${about(t, 'it')} made the difference.`,
  }),
  'celebrating/shows_enthusiasm': () => ({ text: 'Let them see you are glad for them, in your own words.' }),
  'celebrating/asks_about_experience': (t) => ({
    text: 'Ask a question that lets them tell the story of it.',
    example: `What was the moment you knew ${about(t, 'it')} had worked?`,
  }),
  'celebrating/undercuts': () => ({
    text: 'Leave out the doubts, the downsides and the comparisons; today is about their win.',
  }),
  'celebrating/turns_to_self': () => ({ text: 'Keep the focus on them; your own story can wait.' }),
  'common_ground/acknowledges_view': () => ({
    text: 'Say back their view fairly before you give yours.',
    example: 'I can see why the timeline matters so much to you.',
  }),
  'common_ground/names_shared_goal': () => ({
    text: 'Name a goal you genuinely share.',
    example: 'We both want this to launch without another round of fixes.',
  }),
  'common_ground/explores_interest': () => ({
    text: 'Ask what sits behind their position, or for an option that serves you both.',
    example: 'What would need to be true for this to work for your team?',
  }),
  'common_ground/argues_position': () => ({ text: 'Hold your position lightly until you know what matters to them.' }),
  'common_ground/overrides': () => ({ text: 'Drop the ultimatum; a decision forced now will be fought later.' }),
  'networking/pitch_or_ask': () => ({
    text: 'Hold the pitch or the favour; show interest in them and what they said first.',
    example: "What are you working on at the moment that you're excited about?",
  }),
  'networking/next_step': () => ({
    text: 'Propose a concrete next step.',
    example: 'Could we grab a coffee after the next session?',
  }),
};

export function adviceFor(criterion: CriterionId, check: string, topic: PartnerTopic): Suggestion {
  const advice = ADVICE[`${criterion}/${check}`];
  if (!advice) return { text: 'Keep doing what worked here.' };
  // "What's going on?" leaves little to reflect: an example built on their small talk would ring false.
  const listeningMove = ['reflects', 'reuses_partner_words', 'names_feeling', 'acknowledges'].includes(check);
  const suggestion =
    criterion === 'active_listening' && listeningMove && topic.asked && !topic.feeling
      ? {
          // Acknowledging is what they lacked, or only a reflection was missing: a line with little to reflect.
          text: ['acknowledges', 'reuses_partner_words'].includes(check)
            ? 'They asked you something. Before you answer, show in a few words that you took in what they said.'
            : 'They asked you something, so answering plainly is right. When they tell you more, say back what you heard before your own point.',
        }
      : advice(topic);
  const grounding = [topic.topic, topic.feeling].filter((w): w is string => !!w && !!suggestion.example?.includes(w));
  return grounding.length ? { ...suggestion, grounding: grounding.join('” and “') } : suggestion;
}

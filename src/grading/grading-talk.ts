/**
 * Signs that a text talks about grading: its levels, its scores, its grader. A model that obeys an
 * instruction hidden in a reply (or in a scenario file, or in a persona line another model wrote)
 * also leaves its own "addressed to the grader" flag unset, so the flag cannot be the defence.
 * These signs can: where any of them shows, the LLM's levels are held to the on-device grade.
 *
 * Two tiers. Words that speak to a grader or a model, or ask for top marks, are a sign in any text.
 * The vocabulary of grading ("score", "grade", "criteria", in several languages, since an
 * instruction translated is still an instruction) is a sign only in the learner's reply: a scenario
 * about exam results may say "grades" without addressing anyone. Ordinary words that only sometimes
 * mean grading ("check", "level", "model", "rate") count only in the company that makes them about
 * grading, so an honest model is not held back on the replies it is best at.
 */
/** Words that speak to a grader or a model: a sign in any text, and off-task in a reply (both engines). */
export const ADDRESSED_TO_GRADER: readonly RegExp[] = [
  /\b(rubrics?|grader|evaluator)\b/i,
  /\b(every|each|all|top|highest|max(imum)?|perfect|full)\b[^.!?\n]{0,12}\bcriteri(on|a)\b/i,
  /\bfull marks\b|\bmark (this|me|my|the reply|the answer)\b|\b(rate|rank|score|grade) (this|me|my|the (reply|answer|response))\b/i,
  /\b(every|each|all|top|highest|max(imum)?|perfect)( (of )?the)? (levels?|checks|points|stars|scores?|grades?|marks)\b/i,
  /\b(4|5|10|100)\s*(\/|out of)\s*\1\b/i,
  /\b(LLM|GPT|chatbot|language model|(dear|hey|hi|attention|note to( the)?) (AI|assistant|model|bot)|(you are|you're) (an? |the )?(AI|assistant|model|bot)|system (prompt|message)|(previous|prior|above|earlier|your|these|those|all) (instructions?|prompts?))\b/i,
  // "Whoever is scoring this", "anyone judging this": not "the one checking TVs" or "anyone reading the report".
  /\b(whoever|anyone)\b[^.!?\n]{0,15}\b(judges?|judging|marks?|marking|scores?|scoring|grades?|grading|evaluat\w*|assess\w*)\b/i,
  // The text praising itself, which only a grader would need to hear.
  /\b(this|my|the above|the following) (reply|answer|response|message|text)\b[^.!?\n]{0,40}\b(deserves|earns|meets|should (get|receive|be (rated|graded|scored|marked))|is (exemplary|excellent|perfect|flawless))\b/i,
];

const VOCABULARY: RegExp[] = [
  /\b(grad(e|es|ed|ing)|scor(e|es|ed|ing|er|ers)|evaluat(e|ed|ion)|assessor|examiner|criteri(on|a))\b/i,
  /\bmarks?\b/, // lower case, so a colleague called Mark is not a sign
  /\b(levels?|checks?)\b[^.!?\n]{0,12}\b(4|four|met|passed|maxed)\b/i,
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Swedish.
  /\b(bewert\w*|benot\w*|punktzahl|höchstnote|bestnote|volle punkte|noten?\s*(1|eins)|kriteri\w*|prüfer\w*)\b/i,
  /\b(not(e|er|ez|ation)\s+(maximale|parfaite|finale|de 20|sur)|évaluat\w*|correcteur|barème|critères?|meilleure note)\b/i,
  /\b(calific\w*|puntua\w*|puntaje|nota (máxima|final|perfecta|de 10)|evaluador\w*|rúbrica|criterios?)\b/i,
  /\b(punteggio|valutazion\w*|valutator\w*|voto (massimo|pieno)|criteri)\b/i,
  /\b(pontua\w*|avalia\w*|nota máxima|critérios?)\b/i,
  /\b(cijfers?|beoordel\w*|punten|maximale score)\b/i,
  /\b(ocen\w*|punkt(y|ów)|kryteri\w*|puan\w*|değerlendir\w*|betyg\w*|poäng)\b/i,
  // Cyrillic, Greek, Arabic, Hebrew, Hindi (no \b there: it is ASCII-only).
  /(оцен|балл|критери|рубрик|βαθμ|αξιολόγ|درجة|تقييم|علامة|ציון|הערכה|अंक|मूल्यांकन|ग्रेड)/i,
  // Chinese, Japanese, Korean.
  /(评分|分数|满分|打分|评估|等级|評分|分數|滿分|採点|点数|満点|評価|점수|만점|평가|채점)/,
];

const normal = (text: string) => text.normalize('NFKC');

/** Whether the learner's reply shows any sign of talking about grading (either tier). */
export function speaksOfGrading(reply: string): boolean {
  const t = normal(reply);
  return ADDRESSED_TO_GRADER.some((re) => re.test(t)) || VOCABULARY.some((re) => re.test(t));
}

/** Whether a text the learner did not write (a scenario field, a persona line) speaks to a grader. */
export function addressesGrader(text: string): boolean {
  const t = normal(text);
  return ADDRESSED_TO_GRADER.some((re) => re.test(t));
}

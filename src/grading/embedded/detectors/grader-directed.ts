import { ADDRESSED_TO_GRADER } from '../../grading-talk';
import type { Analysis } from '../text';
import type { Finding } from './finding';

// Text written to the grader rather than the partner: instructions, requests for marks, fake scores.
const PATTERNS: RegExp[] = [
  /\b(ignore|disregard|forget)\b[^.!?\n]{0,30}\b(instructions?|rules?|rubric|prompt|above)\b/i,
  /\b(give|award|grant|assign)\b[^.!?\n]{0,20}\b(full|top|maximum|max|perfect|highest|100%?|4\/4|5\/5|10\/10)\b[^.!?\n]{0,15}\b(marks?|score|points|grade|rating|level)s?\b/i,
  /\b(grade|score|rate|mark)\b[^.!?\n]{0,20}\b(this|my|the)\b[^.!?\n]{0,10}\b(reply|answer|response)\b[^.!?\n]{0,20}\b(as|with|a)\b[^.!?\n]{0,10}\b(\d|full|perfect|top)/i,
  /\b(level|score|grade|overall|rating)"?\s*[:=]\s*"?\d+/i,
  /\{\s*"[a-z_]+"\s*:/i,
  /\b(system prompt|you are (now )?(a|the) grader|as an ai|language model|dear (grader|evaluator|ai)|note to (the )?(grader|evaluator|ai))\b/i,
  /^\s*(system|assistant|user)\s*:/im,
  // Claims about the reply's own quality are for the grader, not for the partner.
  /\b(this|my) (reply|answer|response|message)\b[^.!?\n]{0,40}\b(shows|demonstrates|displays|uses|includes|contains|deserves|earns|meets)\b/i,
  /\((great|excellent|good|nice|perfect|strong|brilliant)[^()]{0,40}\)/i,
  // The same signs that hold an LLM grade to this one: paraphrases, other languages, "you're an assistant…".
  ...ADDRESSED_TO_GRADER,
];

export function detectGraderDirected(reply: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const re of PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (const m of reply.text.matchAll(g)) {
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, text: m[0], label: 'addressed_to_grader' });
    }
  }
  return out;
}

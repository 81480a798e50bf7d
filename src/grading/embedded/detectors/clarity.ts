import { CLARITY_RULES, concreteDetail, frameworkLabel, SPECIFIC_DETAILS } from '../rules/clarity';
import { sarcasm } from '../rules/dismissal';
import { spans } from '../rules/rule';
import type { Analysis, Span } from '../text';
import { label, type Finding } from './finding';
import type { CheckId } from '../../rubric';

export interface ClarityFindings {
  findings: Finding[];
  repeatedSentences: number;
}

/** Sentence-level clarity flags; a short reply is judged by its sentences, not a readability score. */
/**
 * `stockStems` are the listening detector's stacked or repeated stems: stock phrases for clarity too, found once.
 */
export function detectClarity(
  reply: Analysis,
  band?: { min: number; max: number },
  stockStems: readonly Span[] = [],
): ClarityFindings {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let repeatedSentences = 0;
  for (const s of reply.sentences) {
    for (const r of CLARITY_RULES) {
      const check = r.check.split('/')[1] as CheckId;
      findings.push(...label(spans(r, s), check));
    }
    // Sarcasm says the opposite of what it seems to: the point is lost.
    findings.push(...label(spans(sarcasm, s), 'mixed_message'));
    // Saying the same sentence twice is wordy.
    const key = s.lower.replace(/[^\p{L}\p{N} ]/gu, '').trim();
    if (key && seen.has(key)) {
      repeatedSentences += 1;
      findings.push({ ...s, label: 'wordy' });
    }
    seen.add(key);
  }
  // Specific: several distinct details (numbers, times, days), not one date in passing.
  const details = reply.sentences.flatMap((s) => spans(concreteDetail, s));
  if (new Set(details.map((d) => d.text.toLowerCase())).size >= SPECIFIC_DETAILS)
    findings.push(...label(details, 'concrete'));
  // Stock phrases: stems stacked up, or a method's labels as headings (two or more: "Situation: … Behaviour: …").
  const labels = reply.sentences.flatMap((s) => spans(frameworkLabel, s));
  findings.push(...label([...stockStems, ...(labels.length >= 2 ? labels : [])], 'stock_phrases'));
  // Only too long: padding a short reply must never improve it, and brevity is not unclear.
  if (band && reply.words > band.max) {
    findings.push({ start: 0, end: reply.text.length, text: reply.text, label: 'length_out_of_band' });
  }
  return { findings, repeatedSentences };
}

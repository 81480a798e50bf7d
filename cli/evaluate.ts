/**
 * The agreement of the embedded grader's detectors with human labels, for `npm run eval`: rows of an
 * AnnoMI or ESConv JSONL file in, one report (and printable tables) out.
 */
import { performance } from 'node:perf_hooks';
import { replyFacts, type ReplyFacts } from '../src/grading/embedded/reply-facts';
import { conversationListeningScore } from '../src/grading/conversation-score';
import { auc, binary, confusion, expertAgreement, multiclass, parseExpertCodes, type Binary } from './metrics';

export type Row = Record<string, unknown> & { text: string; context?: string; conversation_id?: string };

export function detectFormat(rows: readonly Row[]): 'annomi' | 'esconv' | null {
  const first = rows[0] ?? {};
  return 'reflection' in first ? 'annomi' : 'strategy' in first ? 'esconv' : null;
}

/** Throws with a message for the learner when the data cannot be evaluated. */
export function evaluate(rows: readonly Row[], options: { expertsCsv?: string } = {}) {
  const format = detectFormat(rows);
  if (!format) throw new Error('unknown format (expected AnnoMI fields question/reflection or ESConv field strategy)');
  if (options.expertsCsv !== undefined && format !== 'annomi') {
    throw new Error('--experts goes with an AnnoMI file: the expert labels refer to its utterances');
  }
  const start = performance.now();
  const facts: ReplyFacts[] = rows.map((r) => replyFacts(r.text, r.context ?? ''));
  const ms = performance.now() - start;

  const report: Record<string, unknown> = {
    format,
    items: rows.length,
    ms_per_item: round(ms / Math.max(1, rows.length)),
  };
  const tables: string[] = [];
  const qPresent: Binary = binary(
    rows.map((r, i) => [
      format === 'annomi' ? r.question !== 'none' : r.is_question === true,
      // AnnoMI codes every question in an utterance; ESConv gives a message one strategy, so "Question"
      // means asking is what the message chiefly does.
      format === 'annomi' ? facts[i]!.question !== 'none' : facts[i]!.mainlyAsks,
    ]),
  );
  report['question_present'] = {
    f1: qPresent.f1,
    precision: qPresent.precision,
    recall: qPresent.recall,
    support: qPresent.support,
  };

  if (format === 'annomi') {
    const labels = ['open', 'closed', 'none'];
    const pairs = rows.map((r, i) => [String(r.question), facts[i]!.question] as [string, string]);
    const q = multiclass(pairs, labels);
    report['question'] = q;
    tables.push(confusion('question (rows: human, columns: grader)', pairs, labels));
    // Most items have one coder each; how the grader agrees with each shows coders' habits apart from its errors.
    const byCoder = new Map<string, [string, string][]>();
    rows.forEach((r, i) => {
      const coder = String(r.annotator_id ?? 'unknown');
      if (!byCoder.has(coder)) byCoder.set(coder, []);
      byCoder.get(coder)!.push(pairs[i]!);
    });
    const perCoder = Object.fromEntries(
      [...byCoder].map(([coder, ps]) => [
        coder,
        {
          items: ps.length,
          macro_f1: multiclass(ps, labels).macro_f1,
          human: Object.fromEntries(labels.map((l) => [l, ps.filter(([h]) => h === l).length])),
        },
      ]),
    );
    report['question'] = { ...q, by_annotator: perCoder };
    tables.push(
      [
        'question macro-F1 by annotator (human labels open/closed/none)',
        ...Object.entries(perCoder).map(
          ([coder, c]) =>
            `${coder.padEnd(16)}${String(c.items).padStart(6)} items  ${c.macro_f1.toFixed(3)}  ${labels.map((l) => c.human[l]).join('/')}`,
        ),
      ].join('\n'),
    );
    const refl = binary(rows.map((r, i) => [r.reflection !== 'none', facts[i]!.reflection]));
    report['reflection_present'] = refl;
    // Conversation level: separate high- from low-quality transcripts.
    const byConversation = new Map<string, { quality: string; facts: ReplyFacts[] }>();
    rows.forEach((r, i) => {
      const c = byConversation.get(r.conversation_id!) ?? { quality: String(r.mi_quality), facts: [] };
      c.facts.push(facts[i]!);
      byConversation.set(r.conversation_id!, c);
    });
    const convs = [...byConversation.values()];
    report['conversations'] = convs.length;
    report['conversation_listening_auc'] = round(
      auc(convs.map((c) => [c.quality === 'high', conversationListeningScore(c.facts)])),
      3,
    );
  } else {
    const listening = binary(rows.map((r, i) => [r.active_listening !== 'none', facts[i]!.reflection]));
    report['listening_present'] = listening;
  }

  if (options.expertsCsv !== undefined) {
    const byId = new Map(rows.map((r, i) => [String(r.id), facts[i]!]));
    {
      const codes = parseExpertCodes(options.expertsCsv, ['question', 'reflection']);
      const agreement = expertAgreement(codes, byId, {
        question: {
          kind: 'multiclass',
          labels: ['open', 'closed', 'none'],
          human: (c) => c.question!,
          grader: (f) => f.question,
        },
        reflection_present: { kind: 'binary', human: (c) => c.reflection !== 'none', grader: (f) => f.reflection },
      });
      // Same shape as the rest of the report: experts.question.macro_f1, experts.reflection_present.f1.
      report['experts'] = {
        items: agreement.items,
        experts: agreement.experts,
        question: { macro_f1: agreement.question },
        reflection_present: { f1: agreement.reflection_present },
      };
    }
  }
  return { format, report, tables };
}

function round(n: number, d = 3): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

/**
 * `npm run eval -- --data FILE [--json]`: how far the embedded grader's detectors agree with human
 * labels in a JSONL file (AnnoMI or ESConv, detected from the fields). The data stays outside the
 * project; pass its path.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { replyFacts, type ReplyFacts } from '../src/grading/embedded/reply-facts';
import { conversationListeningScore } from '../src/grading/conversation-score';
import { auc, binary, confusion, expertAgreement, multiclass, parseExpertCodes, type Binary } from './metrics';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataPath = option('--data');
const expertsPath = option('--experts');
if (!dataPath || dataPath.startsWith('--') || expertsPath?.startsWith('--')) {
  console.error(
    'usage: npm run eval -- --data ../shared/data/annomi/annomi_dev.jsonl [--experts annomi_multiannotator_dev.csv] [--json]',
  );
  process.exit(2);
}

type Row = Record<string, unknown> & { text: string; context?: string; conversation_id?: string };
const rows: Row[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const format = 'reflection' in (rows[0] ?? {}) ? 'annomi' : 'strategy' in (rows[0] ?? {}) ? 'esconv' : null;
if (!format) {
  console.error(`${dataPath}: unknown format (expected AnnoMI fields question/reflection or ESConv field strategy)`);
  process.exit(2);
}

const start = performance.now();
const facts: ReplyFacts[] = rows.map((r) => replyFacts(r.text, r.context ?? ''));
const ms = performance.now() - start;

const report: Record<string, unknown> = {
  data: dataPath,
  format,
  items: rows.length,
  ms_per_item: round(ms / rows.length),
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

if (expertsPath) {
  if (format !== 'annomi') {
    console.error('--experts goes with an AnnoMI file: the expert labels refer to its utterances');
    process.exit(2);
  }
  const byId = new Map(rows.map((r, i) => [String(r.id), facts[i]!]));
  try {
    const codes = parseExpertCodes(readFileSync(expertsPath, 'utf8'), ['question', 'reflection']);
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
  } catch (e) {
    console.error(`${expertsPath}: ${(e as Error).message}`);
    process.exit(2);
  }
}

function omit(value: unknown, key: string): unknown {
  const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}

function round(n: number, d = 3): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

if (json) console.log(JSON.stringify(report));
else {
  console.log(`${format} · ${rows.length} items · ${report.ms_per_item} ms per item · ${dataPath}`);
  const show = (name: string, b: unknown) => console.log(`${name.padEnd(28)} ${JSON.stringify(b)}`);
  for (const [k, v] of Object.entries(report))
    if (!['data', 'format', 'items', 'ms_per_item'].includes(k))
      show(k, k === 'question' ? omit(v, 'by_annotator') : v);
  for (const t of tables) console.log(`\n${t}`);
}

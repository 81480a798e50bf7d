/**
 * Content checks on a scenario that already passes the schema, for `npm run scenarios:check`:
 * a persona who greets themself by name, an exemplar reply or prompt that addresses someone the
 * scenario never mentions, and a persona line or exemplar written twice. Each finding names the
 * file, the beat and the field, like a schema error.
 */
import { analyse, type Analysis } from '../src/grading/embedded/text';
import { formatPath, type ScenarioError } from '../src/scenario/parse-scenario';
import type { Scenario } from '../src/scenario/scenario.schema';

export type LintRule =
  'greets-self' | 'unknown-name' | 'duplicate-line' | 'duplicate-exemplar' | 'exemplar-below-proficient';

export interface LintFinding extends ScenarioError {
  rule: LintRule;
}

/** A person addressed or named in a text: `name` is the first word of the name, `phrase` the words around it. */
export interface Addressed {
  name: string;
  phrase: string;
}

// A capitalised word of two letters or more: "Tom", "O'Brien", "Wójcik"; not "I'm".
const NAME = String.raw`\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*\p{Ll}(?![\p{L}])|\p{Lu}\p{Ll}(?![\p{L}'’])`;
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?`;
const GREETING = [
  'hi',
  'hiya',
  'hello',
  'hey',
  'dear',
  '(?:good )?(?:morning|afternoon|evening)',
  'thanks(?: again| so much)?',
  'thank you(?: again| so much)?',
  'cheers',
  'bye',
  'goodbye',
  'welcome(?: back)?',
  'congratulations',
  'congrats',
  'sorry',
  'well done',
  '(?:nice|good|great|lovely) to (?:meet|see) you(?: too| again)?',
  'you too',
  'see you(?: soon| later| then)?',
].join('|');

// After a greeting: "Hi Tom", "Thanks, Maria,", "Good to meet you too, Tomasz."
const AFTER_GREETING = new RegExp(String.raw`\b(?:${GREETING})[,!]?\s+${TITLE}(${NAME})(?!['’]s)`, 'giud');
// Between a comma and the end of a clause: "That's great news, Maria." / "a lot, Kwame, on top of".
const AFTER_COMMA = new RegExp(String.raw`,\s+${TITLE}(${NAME})(?:\s+${NAME})?(?=\s*(?:[.!?;,]|$))`, 'gud');
// At the start of a sentence, before a comma: "Daphne, you didn't…".
const SENTENCE_START = new RegExp(String.raw`(?:^|[.!?…]["'”’)\]]?\s+|["“(\[]\s*)(${NAME}),\s`, 'gud');

/**
 * Words that start a sentence or follow a greeting with a capital and that the tagger can read as a
 * name; none is a person.
 */
const NOT_NAMES = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday',
    'january february march april may june july august september october november december',
    'fair great perfect fine deal lovely brilliant excellent cool wow gosh god hm hmm mm ha',
    'okay ok right sure yes yeah no well look listen agreed absolutely second third first',
    'everyone everybody all team folks guys sir madam both',
    'congratulations congrats cheers welcome honestly seriously',
  ]
    .join(' ')
    .split(' '),
);

/** The people a text addresses, by name, as best a few patterns and the tagger can tell. */
export function addressedNames(text: string, analysis: Analysis = analyse(text)): Addressed[] {
  const found: Addressed[] = [];
  const seen = new Set<number>();
  for (const pattern of [AFTER_GREETING, AFTER_COMMA, SENTENCE_START]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const start = m.indices![1]![0];
      if (seen.has(start)) continue;
      // "Tom's team" names a team, not a person spoken to.
      if (!/^\p{Lu}/u.test(name) || /['’]s$/.test(name) || NOT_NAMES.has(name.toLowerCase())) continue;
      if (!tagged(analysis, start).has('ProperNoun')) continue;
      // At the start of a sentence any word has a capital, and the tagger then reads many as names
      // ("Small, but…"): written in lower case, a name still reads as a noun, an adjective does not.
      if (pattern === SENTENCE_START) {
        const lower = text.slice(0, start) + name.toLowerCase() + text.slice(start + name.length);
        if (!tagged(analyse(lower), start).has('Noun')) continue;
      }
      seen.add(start);
      found.push({ name, phrase: m[0].trim() });
    }
  }
  return found;
}

function tagged(analysis: Analysis, at: number): ReadonlySet<string> {
  return analysis.terms.find((t) => t.start <= at && at < t.end)?.tags ?? new Set();
}

/** Every capitalised word of the scenario's own text outside exemplars and prompts: the people (and places) it knows. */
function namesInScenario(s: Scenario): Set<string> {
  const texts = [
    s.title,
    s.summary,
    s.setting,
    s.goal,
    s.success,
    ...Object.values(s.persona).flat(),
    ...s.beats.flatMap((b) => [b.persona, b.llm?.direction ?? '']),
    ...s.debrief.tips,
  ];
  const names = new Set<string>();
  for (const t of texts) for (const [w] of t.matchAll(new RegExp(NAME, 'gu'))) names.add(w.replace(/['’]s$/, ''));
  return names;
}

const normal = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** The content findings for one scenario that passed the schema. */
export function lintScenario(s: Scenario, file: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (rule: LintRule, path: (string | number)[], beat: string, message: string) =>
    findings.push({ rule, file, path: formatPath(path), message: `beat "${beat}": ${message}` });

  const self = new Set(s.persona.name.split(/[\s()]+/).filter((w) => /^\p{Lu}/u.test(w)));
  const known = namesInScenario(s);
  const lines = new Map<string, string>();
  const exemplars = new Map<string, string>();

  s.beats.forEach((beat, i) => {
    for (const { name, phrase } of addressedNames(beat.persona)) {
      if (self.has(name)) {
        add(
          'greets-self',
          ['beats', i, 'persona'],
          beat.id,
          `the persona, ${s.persona.name}, addresses themself by name ("${phrase}"); it is the learner they are talking to`,
        );
      }
    }

    const spoken: [(string | number)[], string][] = [
      ...(beat.prompt ? [[['beats', i, 'prompt'], beat.prompt] as [(string | number)[], string]] : []),
      ...(beat.exemplars ?? []).map((e, j) => [['beats', i, 'exemplars', j], e] as [(string | number)[], string]),
    ];
    for (const [path, text] of spoken) {
      for (const { name, phrase } of addressedNames(text)) {
        if (!known.has(name)) {
          add(
            'unknown-name',
            path,
            beat.id,
            `addresses "${name}" ("${phrase}"), who is nowhere else in the scenario; the persona is ${s.persona.name}`,
          );
        }
      }
    }

    const line = normal(beat.persona);
    const sameLine = lines.get(line);
    if (sameLine) add('duplicate-line', ['beats', i, 'persona'], beat.id, `the same persona line as ${sameLine}`);
    else lines.set(line, `beats[${i}].persona (beat "${beat.id}")`);

    (beat.exemplars ?? []).forEach((e, j) => {
      const key = normal(e);
      const same = exemplars.get(key);
      if (same) add('duplicate-exemplar', ['beats', i, 'exemplars', j], beat.id, `the same exemplar as ${same}`);
      else exemplars.set(key, `beats[${i}].exemplars[${j}] (beat "${beat.id}")`);
    });
  });
  return findings;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressedNames, lintScenario } from '../../cli/scenario-lint';
import { formatScenarioError } from '../../src/scenario/parse-scenario';
import { parseScenarioText } from '../../src/scenario/parse-scenario-file';
import { aScenario } from '../../src/test/builders';

const FILE = 'scenarios/test-scenario.yaml';

/** The test scenario (persona Sam Lee, setting mentions Morag) with its opening beat changed. */
function withOpening(opening: { persona?: string; prompt?: string; exemplars?: string[] }) {
  const base = aScenario();
  return aScenario({
    setting: 'A quiet office. Morag from facilities has just introduced you to Sam.',
    beats: [{ ...base.beats[0]!, ...opening }, ...base.beats.slice(1)],
  });
}

const findings = (s: ReturnType<typeof aScenario>) => lintScenario(s, FILE).map(formatScenarioError);

describe('a persona who greets themself by name', () => {
  it.each(['Hi Sam, good to see you.', 'Hello, Sam! Back from the offsite.', 'Thanks, Sam. The offsite went well.'])(
    'is found: %s',
    (line) => {
      const [finding, ...rest] = lintScenario(withOpening({ persona: line }), FILE);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ rule: 'greets-self', file: FILE, path: 'beats[0].persona' });
      expect(formatScenarioError(finding!)).toMatch(
        /^scenarios\/test-scenario\.yaml: beats\[0\]\.persona: beat "opening": the persona, Sam Lee, addresses themself by name \("(Hi|Hello|Thanks),? Sam"\)/,
      );
    },
  );

  it.each([
    "Hi, I'm Sam. I just got back from the planning offsite.",
    'Hi there. Morag says you wanted to hear about the offsite?',
    "Sam's team went to the offsite; I just got back.",
  ])('is not found when they only say their name or greet the learner: %s', (line) => {
    expect(findings(withOpening({ persona: line }))).toEqual([]);
  });
});

describe('an exemplar or prompt that addresses someone the scenario never mentions', () => {
  it.each<[string, { prompt?: string; exemplars?: string[] }, string, string]>([
    [
      'a thank-you',
      { exemplars: ['Thanks, Maria, that helps. What did you decide about billing?'] },
      'exemplars[0]',
      'Maria',
    ],
    ['a greeting', { exemplars: ['Hi Tom! How was the offsite, and what did you decide?'] }, 'exemplars[0]', 'Tom'],
    [
      'a name at the start',
      { exemplars: ['Welcome back. Daphne, what did the offsite decide?'] },
      'exemplars[0]',
      'Daphne',
    ],
    [
      'a name at the end',
      { exemplars: ['That sounds like a big week, Priya. What did you decide?'] },
      'exemplars[0]',
      'Priya',
    ],
    ['a prompt', { prompt: 'Open with “Hi Tom”, then ask about the offsite.' }, 'prompt', 'Tom'],
  ])('is found: %s', (_, opening, field, name) => {
    const found = lintScenario(withOpening(opening), FILE);
    expect(found).toEqual([expect.objectContaining({ rule: 'unknown-name', path: `beats[0].${field}` })]);
    expect(formatScenarioError(found[0]!)).toContain(`beats[0].${field}: beat "opening": addresses "${name}" (`);
    expect(found[0]!.message).toContain('who is nowhere else in the scenario; the persona is Sam Lee');
  });

  it.each([
    'Thanks, Sam. What did the offsite decide about billing?',
    'Good to see you too, Sam Lee. What did you decide?',
    'Thanks, Morag mentioned the offsite. What did you decide?',
    'Honestly, that sounds like a big week. What did you decide?',
    'Small, but it matters. What did you decide at the offsite?',
    'Fair, and I will send it on Thursday. What did you decide?',
    'What a week. Congratulations, that was a big one. What did you decide?',
    "Yes, Tom's team told me. What did you decide at the offsite?",
    'I saw the plan in Glasgow. What did you decide at the offsite?',
  ])('is not found for the persona, someone in the setting, or words that are not names: %s', (exemplar) => {
    expect(findings(withOpening({ exemplars: [exemplar] }))).toEqual([]);
  });
});

describe('the same text twice in a scenario', () => {
  it('a persona line written twice, however spaced or cased', () => {
    const base = aScenario();
    const s = aScenario({
      beats: [
        base.beats[0]!,
        base.beats[1]!,
        { ...base.beats[2]!, persona: '  we decided to REBUILD the billing service. ' },
      ],
    });
    expect(findings(s)).toEqual([
      `${FILE}: beats[2].persona: beat "short-answer": the same persona line as beats[1].persona (beat "opens-up")`,
    ]);
  });

  it('an exemplar written twice, in one beat or in two', () => {
    const reply = 'Welcome back! What did the offsite decide?';
    const base = aScenario();
    const s = aScenario({
      beats: [
        { ...base.beats[0]!, exemplars: [reply, reply] },
        { ...base.beats[1]!, exemplars: ['That is a big decision. Why billing first?'] },
        { ...base.beats[2]!, exemplars: [reply.toUpperCase()] },
      ],
    });
    expect(findings(s)).toEqual([
      `${FILE}: beats[0].exemplars[1]: beat "opening": the same exemplar as beats[0].exemplars[0] (beat "opening")`,
      `${FILE}: beats[2].exemplars[0]: beat "short-answer": the same exemplar as beats[0].exemplars[0] (beat "opening")`,
    ]);
  });

  it('different lines and exemplars are fine', () => {
    const base = aScenario();
    const s = aScenario({
      beats: [
        { ...base.beats[0]!, exemplars: ['Welcome back! What did the offsite decide?'] },
        { ...base.beats[1]!, exemplars: ['That is a big decision. Why billing first?'] },
        base.beats[2]!,
      ],
    });
    expect(findings(s)).toEqual([]);
  });
});

describe('addressed names', () => {
  it('finds a name after a greeting, between commas, and at the start of a sentence', () => {
    expect(addressedNames('Thanks, Tomasz, I would like that.').map((a) => a.name)).toEqual(['Tomasz']);
    expect(addressedNames('Four weeks in a row is a lot, Kwame, on top of the rota.').map((a) => a.name)).toEqual([
      'Kwame',
    ]);
    expect(addressedNames('Okay, desserts. Rafael, I hear you.').map((a) => a.name)).toEqual(['Rafael']);
    expect(addressedNames('Good morning, Dr O’Brien.').map((a) => a.name)).toEqual(['O’Brien']);
  });
});

it('every scenario in scenarios/ passes the content checks', () => {
  const dir = join(import.meta.dirname, '../../scenarios');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const result = parseScenarioText(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
      return result.ok ? lintScenario(result.scenario, `scenarios/${f}`).map(formatScenarioError) : [];
    });
  expect(all).toEqual([]);
  // Lints all 49 scenarios: about 3 s alone, more on a busy machine.
}, 30_000);

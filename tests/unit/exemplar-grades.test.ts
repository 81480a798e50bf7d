import { describe, expect, it } from 'vitest';
import { exemplarFindings, exemplarMisses, wordingStability } from '../../cli/exemplar-grades';
import { formatScenarioError } from '../../src/scenario/parse-scenario';
import { aScenario } from '../../src/test/builders';

const FILE = 'scenarios/test-scenario.yaml';
const STRONG = 'So the planning offsite is behind you. What did the offsite decide that matters most for your team?';

/** The test scenario with its opening line, variants and exemplars replaced. */
function withOpening(opening: { persona?: string; variants?: string[]; exemplars: string[] }) {
  const base = aScenario();
  return aScenario({ beats: [{ ...base.beats[0]!, ...opening }, ...base.beats.slice(1)] });
}

describe('exemplars graded on their moment', () => {
  it('pass when they say back something of theirs and ask about it', () => {
    expect(exemplarMisses(withOpening({ exemplars: [STRONG] }), { variants: true })).toEqual([]);
  });

  it('name the exemplar, the line and each criterion below Proficient', () => {
    const s = withOpening({ exemplars: [STRONG, 'Nice. I have been busy too.'] });
    const [finding, ...rest] = exemplarFindings(s, FILE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'exemplar-below-proficient', file: FILE, path: 'beats[0].exemplars[1]' });
    expect(formatScenarioError(finding!)).toMatch(
      /^scenarios\/test-scenario\.yaml: beats\[0\]\.exemplars\[1\]: beat "opening": graded against the persona line, .*open questions is Not yet \(0\)/,
    );
  });

  it('are graded against every variant the learner may hear, and only when asked', () => {
    // The exemplar picks up "the planning offsite"; a variant that drops it leaves the reply nothing of theirs.
    const s = withOpening({
      exemplars: [STRONG],
      variants: ['Hi! Back at my desk at last, after two days away.'],
    });
    expect(exemplarMisses(s, { variants: false })).toEqual([]);
    const misses = exemplarMisses(s, { variants: true });
    expect(misses.map((m) => [m.beat, m.exemplar, m.line])).toEqual([[0, 0, 1]]);
    expect(exemplarFindings(s, FILE)[0]!.message).toContain('graded against variant 1');
  });
});

describe('how far a grade depends on the wording the learner heard', () => {
  it('is fully stable when every wording carries what the reply picks up', () => {
    const s = withOpening({
      exemplars: [STRONG],
      variants: [
        'Hi, I just got back from the planning offsite!',
        'Hi there. I just got back from the planning offsite.',
      ],
    });
    expect(wordingStability([s])).toMatchObject({
      exemplars: 1,
      'wordings.replies_same': 1,
      'wordings.levels_same': 1,
      'wordings.mean_overall_spread': 0,
      proficient: 1,
    });
  });

  it('counts a reply whose levels move with the wording, and the gradings below Proficient', () => {
    const s = withOpening({ exemplars: [STRONG], variants: ['Hi! Back at my desk at last, after two days away.'] });
    const w = wordingStability([s]);
    expect(w['wordings.replies_same']).toBe(0);
    expect(w['wordings.levels_same']).toBeLessThan(1);
    expect(w['wordings.mean_overall_spread']).toBeGreaterThan(0);
    expect(w.proficient).toBe(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import { aScenario } from '../test/builders';
import { criteriaForBeat } from './scenario.schema';

const beat = () => ({ persona: 'What happened?', criteria: ['accountability' as const] });

describe('the criteria graded at a beat', () => {
  it('grades listening and clarity on every reply, and the beat’s own criteria', () => {
    const s = aScenario({ skills: ['accountability', 'clarity', 'active_listening'] });
    expect(criteriaForBeat(s, { ...s.beats[1]!, ...beat() })).toEqual([
      'active_listening',
      'clarity',
      'accountability',
    ]);
  });

  it('grades open questions where the scenario practises them, except when saying goodbye', () => {
    const s = aScenario({ skills: ['open_questions'] });
    const middle = { ...s.beats[1]!, ...beat(), branches: [{ goto: 'short-answer' }] };
    expect(criteriaForBeat(s, middle)).toContain('open_questions');
    // A beat whose every branch ends the conversation is a closing moment.
    expect(criteriaForBeat(s, { ...s.beats[1]!, ...beat() })).not.toContain('open_questions');
  });

  it('grades open questions where a branch depends on them, even if the scenario does not practise them', () => {
    const s = aScenario({ skills: ['active_listening'] });
    // The builder's opening beat branches on open questions.
    expect(criteriaForBeat(s, s.beats[0]!)).toContain('open_questions');
    expect(criteriaForBeat(s, s.beats[1]!)).not.toContain('open_questions');
  });
});

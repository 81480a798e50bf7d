import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Attempt, SessionSummary } from '../../storage/history.schema';
import { aGrade, anAttempt, aScenario } from '../../test/builders';
import { LowPressureContext } from '../../ui/low-pressure';
import { ConversationView } from './conversation-view';

// The builder's scenario, with outcomes on its two endings: `opening` → `opens-up` (good) or `short-answer` (mixed).
const scenario = aScenario({
  beats: [
    {
      id: 'opening',
      persona: 'Hi, I just got back from the planning offsite.',
      branches: [{ when: [{ criterion: 'open_questions', at_least: 3 }], goto: 'opens-up' }, { goto: 'short-answer' }],
    },
    {
      id: 'opens-up',
      persona: 'We decided to rebuild the billing service.',
      outcome: 'good',
      branches: [{ goto: 'debrief' }],
    },
    { id: 'short-answer', persona: 'Yes, it was fine.', outcome: 'mixed', branches: [{ goto: 'debrief' }] },
  ],
  debrief: { tips: ['Ask about what they just said.', 'Reflect before you ask.'] },
});

const attempt = (overrides: Partial<Attempt>) =>
  anAttempt({ sessionId: 'conv-1', scenarioId: scenario.id, scenarioVersion: 1, ...overrides });

const first = attempt({
  id: 'conv-1:1',
  beatId: 'opening',
  context: 'Hi, I just got back from the planning offsite.',
  reply: 'Was it useful?',
  grade: aGrade({ active_listening: 1, clarity: 3, open_questions: 1 }),
});
const retry = attempt({
  id: 'conv-1:2',
  beatId: 'opening',
  context: 'Hi, I just got back from the planning offsite.',
  reply: 'What did the offsite decide that surprised you?',
  grade: aGrade({ active_listening: 3, clarity: 3, open_questions: 4 }),
});
const last = attempt({
  id: 'conv-1:3',
  beatId: 'opens-up',
  context: 'We decided to rebuild the billing service.',
  reply: 'A rebuild is a big call. What made the team choose it now?',
  grade: aGrade({ active_listening: 3, clarity: 4, open_questions: 3 }),
});

const session: SessionSummary = {
  id: 'conv-1',
  scenarioId: scenario.id,
  scenarioVersion: 1,
  startedAt: '2026-11-27T10:00:00.000Z',
  finishedAt: '2026-11-27T10:05:00.000Z',
  attemptIds: [retry.id, last.id],
  overall: 79,
  listening: 72,
};

const renderView = (props: Partial<Parameters<typeof ConversationView>[0]> = {}, lowPressure = false) =>
  render(
    <LowPressureContext value={lowPressure}>
      <MemoryRouter>
        <ConversationView session={session} attempts={[first, retry, last]} scenario={scenario} {...props} />
      </MemoryRouter>
    </LowPressureContext>,
  );

describe('a finished conversation, read back', () => {
  it('shows each moment: what they said, the reply kept, its grade and a link to its feedback', () => {
    renderView();
    const moments = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(moments).toHaveLength(2);
    expect(moments[0]).toHaveTextContent('Sam Lee said:');
    expect(moments[0]).toHaveTextContent('Hi, I just got back from the planning offsite.');
    // The reply that moved the conversation on, not the first try.
    expect(moments[0]).toHaveTextContent('What did the offsite decide that surprised you?');
    expect(moments[0]).not.toHaveTextContent('Was it useful?');
    expect(moments[0]).toHaveTextContent('You tried this moment twice; this is the reply you kept.');
    expect(within(moments[0]!).getByTestId('grade-summary')).toHaveTextContent(
      `${retry.grade.overall}/100 · Active listening: proficient (3/4)`,
    );
    expect(within(moments[0]!).getByRole('link', { name: 'Open this reply’s feedback' })).toHaveAttribute(
      'href',
      '/attempts/conv-1%3A2',
    );
    expect(moments[1]).toHaveTextContent('We decided to rebuild the billing service.');
    expect(moments[1]).toHaveTextContent('A rebuild is a big call. What made the team choose it now?');
    expect(moments[1]).not.toHaveTextContent('You tried');
  });

  it('gives the debrief back: the outcome, the scores and the tips for next time', () => {
    renderView();
    const debrief = screen.getByTestId('debrief');
    // Ended at a good beat, and the kept replies earned it (mean overall 70 and above).
    expect(within(debrief).getByTestId('outcome')).toHaveTextContent('You reached the best outcome');
    expect(within(debrief).getByTestId('outcome')).toHaveTextContent(
      'Success looked like this: Sam tells you about the offsite.',
    );
    expect(within(debrief).getByTestId('conversation-overall')).toHaveTextContent('79 / 100 across 2 replies');
    expect(within(debrief).getByTestId('conversation-listening')).toHaveTextContent(
      'Listening across the conversation: 72/100.',
    );
    expect(within(debrief).getByRole('row', { name: /Open questions/ })).toHaveTextContent('Strong · 3.5/4');
    const tips = within(debrief).getByRole('list', { name: 'Tips for next time' });
    expect(
      within(tips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ask about what they just said.', 'Reflect before you ask.']);
    expect(within(debrief).getByRole('link', { name: 'Practise this again' })).toHaveAttribute(
      'href',
      '/practice/test-scenario',
    );
  });

  it('ends as the script says at a mixed ending, and lets poor replies pull a good one down', () => {
    const mixed = { ...last, beatId: 'short-answer', context: 'Yes, it was fine.' };
    const { unmount } = renderView({ attempts: [retry, mixed] });
    expect(screen.getByTestId('outcome')).toHaveTextContent('A mixed outcome');
    unmount();

    const weak = { ...last, grade: aGrade({ active_listening: 0, clarity: 1, open_questions: 0 }) };
    const weakFirst = { ...retry, grade: aGrade({ active_listening: 1, clarity: 1, open_questions: 0 }) };
    renderView({ attempts: [weakFirst, weak] });
    expect(screen.getByTestId('outcome')).toHaveTextContent('The conversation did not get where you wanted');
  });

  it('hides scores in low-pressure mode and says how it went in words', () => {
    renderView({}, true);
    const page = document.body;
    expect(screen.queryByTestId('conversation-overall')).not.toBeInTheDocument();
    expect(screen.getByTestId('debrief')).toHaveTextContent('2 replies');
    expect(screen.getByTestId('conversation-listening')).toHaveTextContent(
      'Listening across the conversation: proficient.',
    );
    expect(page).not.toHaveTextContent(/\/100|\/4\b/);
    expect(screen.getAllByTestId('grade-summary')[0]).toHaveTextContent('Active listening: proficient');
  });

  it('still shows a conversation whose scenario is no longer in the library, by its ids', () => {
    renderView({ scenario: undefined, session: { ...session, scenarioId: 'deleted-import' } });
    expect(screen.getByRole('alert')).toHaveTextContent('“deleted-import” (version 1) could not be found');
    const moments = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(moments[0]).toHaveTextContent('They said:');
    expect(moments[1]).toHaveTextContent('A rebuild is a big call.');
    // The outcome from the scores alone; no tips to show.
    expect(screen.getByTestId('outcome')).toHaveTextContent('You reached the best outcome');
    expect(screen.getByTestId('outcome')).not.toHaveTextContent('Success looked like');
    expect(screen.queryByRole('list', { name: 'Tips for next time' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Practise this again' })).not.toBeInTheDocument();
  });

  it('says which replies are no longer stored, and uses the rest', () => {
    renderView({ attempts: [last] });
    const moments = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(moments[0]).toHaveTextContent('Moment 1: this reply (conv-1:2) is no longer stored in this browser.');
    expect(moments[1]).toHaveTextContent('A rebuild is a big call.');
    expect(screen.getByTestId('debrief')).toHaveTextContent('One reply is no longer stored');
  });

  it('says when the scenario has changed since', () => {
    renderView({ scenario: { ...scenario, version: 2 } });
    expect(screen.getByRole('status')).toHaveTextContent('version 1, now 2');
  });
});

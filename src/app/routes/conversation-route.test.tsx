import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../scenario/scenario-library';
import { useDatabaseForTests } from '../../storage/database';
import { saveAttempt, saveSession } from '../../storage/history';
import { aGrade, anAttempt } from '../../test/builders';
import { Component as ConversationRoute } from './conversation-route';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`conversation-route-${++n}`);
});

const renderAt = (path: string) =>
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '/conversations/:sessionId', element: <ConversationRoute /> }], {
        initialEntries: [path],
      })}
    />,
  );

async function aFinishedConversation(scenarioId: string) {
  const ids = ['c1:1', 'c1:2'];
  for (const [i, id] of ids.entries())
    await saveAttempt(
      anAttempt({
        id,
        sessionId: 'c1',
        scenarioId,
        beatId: i === 0 ? 'opening' : 'farewell',
        context: `persona line ${i + 1}`,
        reply: `my reply ${i + 1}`,
        grade: aGrade({ active_listening: 1, clarity: 2, open_questions: 1 }),
        createdAt: `2026-11-27T10:0${i}:00.000Z`,
      }),
    );
  await saveSession({
    id: 'c1',
    scenarioId,
    scenarioVersion: 1,
    startedAt: '2026-11-27T09:59:00.000Z',
    finishedAt: '2026-11-27T10:02:00.000Z',
    attemptIds: ids,
    overall: 33,
  });
}

describe('the conversation page', () => {
  it("reads the conversation and its scenario from storage, and gives back the debrief's tips", async () => {
    await aFinishedConversation('networking-industry-event');
    renderAt('/conversations/c1');
    const scenario = findScenario('networking-industry-event')!;
    expect(await screen.findByRole('heading', { name: scenario.title })).toBeInTheDocument();
    expect(screen.getByText(/^Finished .*2026.* · with Priya Raman/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Conversation' })).toHaveTextContent('my reply 2');
    // It ended at the farewell, a poor ending.
    expect(screen.getByTestId('outcome')).toHaveTextContent('The conversation did not get where you wanted');
    const tips = within(screen.getByRole('list', { name: 'Tips for next time' })).getAllByRole('listitem');
    expect(tips.map((t) => t.textContent)).toEqual(scenario.debrief.tips);
  });

  it('shows a conversation whose scenario is gone by its id, without crashing', async () => {
    await aFinishedConversation('removed-scenario');
    renderAt('/conversations/c1');
    expect(await screen.findByRole('heading', { name: 'removed-scenario (not in this library)' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“removed-scenario” (version 1) could not be found');
    expect(screen.getByRole('list', { name: 'Conversation' })).toHaveTextContent('my reply 1');
  });

  it('says so when there is no such conversation', async () => {
    renderAt('/conversations/nope');
    expect(await screen.findByRole('heading', { name: 'Conversation not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to progress' })).toHaveAttribute('href', '/progress');
  });
});

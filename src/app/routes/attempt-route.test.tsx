import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../scenario/scenario-library';
import { useDatabaseForTests } from '../../storage/database';
import { saveAttempt } from '../../storage/history';
import { aGrade, anAttempt } from '../../test/builders';
import { Component as AttemptRoute } from './attempt-route';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`attempt-route-${++n}`);
});

describe('the attempt page', () => {
  it('names the moment by its aim, never by its internal id', async () => {
    const scenario = findScenario('networking-industry-event')!;
    const beat = scenario.beats[1]!;
    await saveAttempt(
      anAttempt({
        id: 'a1',
        scenarioId: scenario.id,
        beatId: beat.id,
        grade: aGrade({ active_listening: 2, clarity: 3, open_questions: 2 }),
      }),
    );
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/attempts/:attemptId', element: <AttemptRoute /> }], {
          initialEntries: ['/attempts/a1'],
        })}
      />,
    );
    expect(await screen.findByRole('heading', { name: scenario.title })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`aim: ${beat.prompt!.slice(0, 20)}`))).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(beat.id);
  });
});

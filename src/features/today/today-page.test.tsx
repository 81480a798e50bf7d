import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseForTests } from '../../storage/database';
import { saveAttempt } from '../../storage/history';
import { aCriterionGrade, aGrade, anAttempt } from '../../test/builders';
import { TodayPage } from './today-page';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`today-${++n}`);
});

describe('today page', () => {
  it('says a skill is not practised yet, rather than Not yet 0/4, when no reply was graded on it', async () => {
    // Admitting a mistake grades listening, clarity and accountability, but no questions.
    const grade = aGrade(
      {},
      {
        criteria: [
          aCriterionGrade('active_listening', 3),
          aCriterionGrade('clarity', 4),
          aCriterionGrade('accountability', 4),
        ],
      },
    );
    await saveAttempt(anAttempt({ scenarioId: 'admitting-report-mistake', grade }));
    render(
      <MemoryRouter>
        <TodayPage now={new Date()} />
      </MemoryRouter>,
    );
    const openQuestions = (await screen.findByText('Open questions')).closest('li')!;
    expect(openQuestions).toHaveTextContent('Not practised yet');
    expect(screen.getByText('Clarity').closest('li')).toHaveTextContent('4.0/4');
  });

  it('says why today’s scenario was chosen', async () => {
    render(
      <MemoryRouter>
        <TodayPage now={new Date('2026-11-30T09:00:00')} />
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('why-today')).toHaveTextContent(/^A gentle start/);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseForTests } from '../../storage/database';
import { saveAttempt } from '../../storage/history';
import { aGrade, anAttempt } from '../../test/builders';
import { ProgressPage } from './progress-page';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`progress-${++n}`);
});

const renderPage = () =>
  render(
    <MemoryRouter>
      <ProgressPage chartWidth={400} />
    </MemoryRouter>,
  );

describe('progress page', () => {
  it('filters by skill and date, and says when nothing matches', async () => {
    await saveAttempt(
      anAttempt({
        id: 's:1',
        reply: 'an old reply',
        grade: aGrade({ open_questions: 1 }),
        createdAt: '2026-01-05T10:00:00.000Z',
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('list', { name: 'Attempts' });
    await user.type(screen.getByLabelText('From'), '2026-02-01');
    expect(screen.getByText('No replies match these filters.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('From'));
    await user.selectOptions(screen.getByLabelText('Skill'), 'accountability');
    expect(screen.getByText('No replies match these filters.')).toBeInTheDocument();
  });

  it('says what will appear when there is no history yet', async () => {
    renderPage();
    expect(await screen.findByText('No graded replies yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Start today's practice" })).toHaveAttribute('href', '/');
  });

  it('charts each skill and lists attempts newest first, each opening its feedback', async () => {
    for (const [i, level] of [1, 3].entries()) {
      await saveAttempt(
        anAttempt({
          id: `s:${i + 1}`,
          reply: `reply number ${i + 1}`,
          grade: aGrade({ open_questions: level }),
          createdAt: `2026-11-2${i + 5}T10:00:00.000Z`,
        }),
      );
    }
    const user = userEvent.setup();
    renderPage();
    const list = await screen.findByRole('list', { name: 'Attempts' });
    await user.click(screen.getByRole('tab', { name: 'Open questions' }));
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('reply number 2');
    expect(within(items[0]!).getByRole('link', { name: 'View feedback' })).toHaveAttribute('href', '/attempts/s%3A2');
    const chart = screen.getByTestId('skill-open_questions');
    expect(chart).toHaveTextContent('latest: Proficient (3/4)');
    // One point per day (two days), plus the trend line.
    expect(chart.querySelectorAll('.recharts-line-dot, .recharts-dot').length).toBe(2);
    expect(chart.querySelectorAll('.recharts-line-curve').length).toBe(2);
    expect(screen.getByTestId('skill-profile')).toHaveTextContent(/Open questions.*Developing · 2\.0\/4/);
  });
});

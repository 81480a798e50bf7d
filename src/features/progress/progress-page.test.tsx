import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { levelName } from '../../grading/rubric';
import type { Attempt, SessionSummary } from '../../storage/history.schema';
import { database, useDatabaseForTests } from '../../storage/database';
import { saveAttempt, saveSession } from '../../storage/history';
import { aGrade, anAttempt } from '../../test/builders';
import { LowPressureContext } from '../../ui/low-pressure';
import { ProgressPage } from './progress-page';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`progress-${++n}`);
});

/** Where a link or a chart point took the learner. */
function Opened() {
  return <p data-testid="opened">{decodeURIComponent(useLocation().pathname)}</p>;
}

const renderPage = ({ lowPressure = false } = {}) =>
  render(
    <LowPressureContext value={lowPressure}>
      <MemoryRouter initialEntries={['/progress']}>
        <Routes>
          <Route
            path="/progress"
            element={
              <ProgressPage
                chartWidth={400}
                titles={
                  new Map([
                    ['networking-industry-event', 'Meeting someone new'],
                    ['feedback-missed-deadline', 'A missed deadline'],
                  ])
                }
              />
            }
          />
          <Route path="*" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </LowPressureContext>,
  );

/** A finished conversation and the replies it kept. */
async function aConversation(
  id: string,
  finishedAt: string,
  {
    scenarioId = 'networking-industry-event',
    listening = 50,
    overall = 60,
    replies = 2,
    grade = aGrade(),
  }: Partial<Pick<SessionSummary, 'scenarioId' | 'listening' | 'overall'>> & {
    replies?: number;
    grade?: Attempt['grade'];
  } = {},
) {
  const attemptIds = Array.from({ length: replies }, (_, i) => `${id}:${i + 1}`);
  for (const [i, attemptId] of attemptIds.entries())
    await saveAttempt(
      anAttempt({
        id: attemptId,
        sessionId: id,
        scenarioId,
        beatId: `beat-${i}`,
        grade,
        createdAt: new Date(Date.parse(finishedAt) - (replies - i) * 60_000).toISOString(),
      }),
    );
  await saveSession({
    id,
    scenarioId,
    scenarioVersion: 1,
    startedAt: new Date(Date.parse(finishedAt) - 3_600_000).toISOString(),
    finishedAt,
    attemptIds,
    overall,
    listening,
  });
}

/** The points drawn on a chart. */
const points = (el: HTMLElement) => el.querySelectorAll('.recharts-dot').length;

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

  it('opens exactly the reply of the point clicked, even with several replies in the same minute', async () => {
    // One sitting: four replies within one minute, so their chart labels are all the same.
    const levels = [1, 3, 2, 4];
    for (const [i, level] of levels.entries())
      await saveAttempt(
        anAttempt({
          id: `s:${i + 1}`,
          reply: `reply number ${i + 1}`,
          grade: aGrade({ active_listening: level }),
          createdAt: `2026-11-27T10:00:${10 + i * 10}.000Z`,
        }),
      );
    const user = userEvent.setup();
    for (const i of [0, 1, 2, 3]) {
      const { unmount } = renderPage();
      const chart = await screen.findByTestId('skill-active_listening');
      const points = within(chart).getAllByRole('link');
      expect(points).toHaveLength(4);
      // Four points at four places, each describing its own reply.
      expect(new Set(points.map((p) => p.querySelector('.recharts-dot')!.getAttribute('cx'))).size).toBe(4);
      expect(points[i]).toHaveAccessibleName(
        new RegExp(`^.+: ${levelName(levels[i]!)} \\(${levels[i]}\\.0/4\\), 1 reply$`),
      );
      // The visible dot itself opens its reply.
      console.log('iter', i, points[i]!.outerHTML.slice(0, 300));
      await user.click(points[i]!.querySelector('.recharts-dot')!);
      expect(await screen.findByTestId('opened')).toHaveTextContent(`/attempts/s:${i + 1}`);
      unmount();
    }
  });

  it('reaches the chart points with one tab stop and the arrow keys; Enter opens the focused reply', async () => {
    for (const i of [1, 2, 3])
      await saveAttempt(
        anAttempt({ id: `s:${i}`, grade: aGrade({ active_listening: i }), createdAt: `2026-11-27T10:00:0${i}.000Z` }),
      );
    const user = userEvent.setup();
    renderPage();
    const chart = await screen.findByTestId('skill-active_listening');
    const points = within(chart).getAllByRole('link');
    // Only the newest point is in the tab order; the arrows move between them.
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    points[2]!.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    expect(points[1]).toHaveFocus();
    expect(chart).toHaveTextContent(/Developing \(2\.0\/4\), 1 reply/);
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('opened')).toHaveTextContent('/attempts/s:2');
  });

  it('applies every filter to the chart of whole conversations too', async () => {
    await aConversation('a', '2026-11-20T12:00:00.000Z', { listening: 30 });
    await aConversation('b', '2026-11-24T12:00:00.000Z', {
      scenarioId: 'feedback-missed-deadline',
      listening: 60,
      grade: aGrade(
        { specific_feedback: 3 },
        { engine: { name: 'llm', model: 'm1', version: '1', rubric_version: 'test' } },
      ),
    });
    await aConversation('c', '2026-11-27T12:00:00.000Z', { listening: 90 });
    const user = userEvent.setup();
    renderPage();
    const chart = await screen.findByTestId('listening-chart');
    expect(points(chart)).toBe(3);
    const expectShown = (count: string, n: number) => {
      expect(points(chart)).toBe(n);
      expect(chart).toHaveTextContent(count);
    };
    await user.selectOptions(screen.getByLabelText('Scenario'), 'networking-industry-event');
    expectShown('2 conversations', 2);
    await user.selectOptions(screen.getByLabelText('Scenario'), '');
    await user.selectOptions(screen.getByLabelText('Skill'), 'specific_feedback');
    expectShown('1 conversation', 1);
    await user.selectOptions(screen.getByLabelText('Skill'), '');
    await user.selectOptions(screen.getByLabelText('Graded by'), 'llm:m1');
    expectShown('1 conversation', 1);
    await user.selectOptions(screen.getByLabelText('Graded by'), '');
    await user.type(screen.getByLabelText('From'), '2026-11-26');
    expectShown('1 conversation', 1);
    expect(within(chart).getByRole('link')).toHaveAccessibleName(/listening 90\/100, 1 conversation$/);
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('To'), '2026-11-19');
    expectShown('0 conversations', 0);
    expect(chart).toHaveTextContent('No finished conversations match these filters.');
    // A point opens its own conversation.
    await user.clear(screen.getByLabelText('To'));
    await user.click(within(chart).getAllByRole('link')[1]!);
    expect(await screen.findByTestId('opened')).toHaveTextContent('/conversations/b');
  });

  it('refuses a From date after To with a message, and does not apply it', async () => {
    await saveAttempt(anAttempt({ id: 's:1', reply: 'early reply', createdAt: '2026-11-10T10:00:00.000Z' }));
    await saveAttempt(anAttempt({ id: 's:2', reply: 'late reply', createdAt: '2026-11-27T10:00:00.000Z' }));
    const user = userEvent.setup();
    renderPage();
    const list = await screen.findByRole('list', { name: 'Attempts' });
    await user.type(screen.getByLabelText('From'), '2026-11-20');
    await user.type(screen.getByLabelText('To'), '2026-11-15');
    expect(screen.getByRole('alert')).toHaveTextContent(/“From” \(.+\) is after “To” \(.+\), so no dates are applied/);
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription(/is after “To”/);
    // Not applied: both replies are still listed, rather than silently none.
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    // A valid range is applied and the message goes.
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('late reply');
  });

  it('counts in words that agree with the number: 1 reply, 2 replies', async () => {
    await aConversation('one', '2026-11-20T12:00:00.000Z', { replies: 1 });
    await saveAttempt(
      anAttempt({ id: 'rated', createdAt: '2026-11-21T10:00:00.000Z', selfAssessment: { active_listening: 2 } }),
    );
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('list', { name: 'Attempts' });
    expect(screen.getByText(/^2 replies · one point per reply/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-11-21');
    expect(screen.getByText(/^1 reply · one point per reply/)).toBeInTheDocument();
    const chart = screen.getByTestId('skill-active_listening');
    expect(within(chart).getByRole('link')).toHaveAccessibleName(/, 1 reply$/);
    expect(screen.getByTestId('calibration')).toHaveTextContent(/On your one self-rated reply, your rating was/);
    await user.clear(screen.getByLabelText('From'));
    expect(screen.getByTestId('listening-chart')).toHaveTextContent('1 conversation · click a point');
    expect(screen.getByRole('list', { name: 'Conversations' })).toHaveTextContent('1 reply');
    expect(document.body).not.toHaveTextContent(/\b1 replies|\b1 conversations|\(s\)/);
  });

  it('says how many stored rows could not be read, in words that agree', async () => {
    await saveAttempt(anAttempt({ id: 's:1' }));
    await database().sessions.put({ id: 'broken', finishedAt: 'not a date' } as unknown as SessionSummary);
    renderPage();
    expect(await screen.findByText('1 stored conversation could not be read and is not shown.')).toBeInTheDocument();
  });
});

describe('conversations on the progress page', () => {
  it('lists every finished conversation, newest first, each opening its own page', async () => {
    await aConversation('first', '2026-11-20T12:00:00.000Z', { overall: 41, replies: 3 });
    await aConversation('second', '2026-11-25T12:00:00.000Z', { scenarioId: 'feedback-missed-deadline', overall: 77 });
    await aConversation('gone', '2026-11-26T12:00:00.000Z', { scenarioId: 'removed-scenario', overall: 55 });
    renderPage();
    const list = await screen.findByRole('list', { name: 'Conversations' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('removed-scenario (not in this library)');
    expect(rows[1]).toHaveTextContent('A missed deadline');
    expect(rows[1]).toHaveTextContent('2 replies');
    expect(rows[1]).toHaveTextContent('77');
    expect(rows[2]).toHaveTextContent('Meeting someone new');
    expect(rows[2]).toHaveTextContent('3 replies');
    expect(within(rows[2]!).getByRole('link', { name: 'Open conversation' })).toHaveAttribute(
      'href',
      '/conversations/first',
    );
    expect(screen.getByRole('heading', { name: 'Your conversations (3)' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'On this page' })).toHaveTextContent('Conversations (3)');
  });

  it('hides the overall score in low-pressure mode', async () => {
    await aConversation('only', '2026-11-20T12:00:00.000Z', { overall: 77 });
    renderPage({ lowPressure: true });
    const list = await screen.findByRole('list', { name: 'Conversations' });
    expect(list).not.toHaveTextContent('77');
    expect(list).toHaveTextContent('Meeting someone new');
  });

  it('shows no score or level number anywhere on the page in low-pressure mode, charts included', async () => {
    await aConversation('only', '2026-11-20T12:00:00.000Z', { overall: 77, listening: 62 });
    renderPage({ lowPressure: true });
    await screen.findByRole('list', { name: 'Conversations' });
    await screen.findByTestId('skill-profile');
    // Dates carry digits; every other number (scores, levels, axes, counts of levels) must be words.
    const text = document.body
      .textContent!.replace(/\d{1,2} [A-Z][a-z]{2} \d{4}(, \d{2}:\d{2})?/g, '')
      .replace(/\b\d+ (replies|reply|conversations?|skipped|more)\b/g, '')
      .replace(/\((\d+)\)/g, '');
    expect(text).not.toMatch(/\/4|\/100|\b77\b|\b62\b|\d\.\d/);
    const axis = [...document.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(axis.filter((t) => /^\d+$/.test(t ?? ''))).toEqual([]);
  });

  it('says how a conversation gets here when none is finished, and follows the filters', async () => {
    await saveAttempt(anAttempt({ id: 's:1', createdAt: '2026-11-20T10:00:00.000Z' }));
    const user = userEvent.setup();
    const { unmount } = renderPage();
    expect(
      await screen.findByText(
        'No finished conversations yet. A conversation appears here, with its debrief, once you reach its end.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('listening-chart')).not.toBeInTheDocument();
    unmount();
    await aConversation('c', '2026-11-20T12:00:00.000Z');
    renderPage();
    await screen.findByRole('list', { name: 'Conversations' });
    await user.selectOptions(screen.getByLabelText('Scenario'), 'networking-industry-event');
    expect(screen.getByRole('list', { name: 'Conversations' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-11-21');
    expect(screen.getByText('No conversations match these filters.')).toBeInTheDocument();
  });
});

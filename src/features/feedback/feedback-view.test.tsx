import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gradeEmbedded } from '../../grading/embedded/embedded-grader';
import { FeedbackView } from './feedback-view';
import { segmentReply } from './highlight';
import { findings } from './highlighted-reply';
import { LowPressureContext } from '../../ui/low-pressure';

const context = 'Getting the night shift to trust it was the hard part.';

function graded(reply: string) {
  return {
    reply,
    context,
    grade: gradeEmbedded({ reply, context, criteria: ['active_listening', 'clarity', 'open_questions'] }),
  };
}

describe('feedback view', () => {
  it('shows every criterion with its level in words and numbers', () => {
    render(<FeedbackView attempt={graded('So the night shift was the hard part. What won them over?')} />);
    const group = screen.getByRole('group', { name: 'Criteria' });
    expect(within(group).getAllByRole('button')).toHaveLength(3);
    expect(within(group).getByRole('button', { name: /Open questions.*Strong · 4\/4/ })).toBeInTheDocument();
  });

  it("highlights the selected criterion's evidence in the reply", async () => {
    const user = userEvent.setup();
    render(<FeedbackView attempt={graded('Do you basically like nights? What won them over?')} />);
    await user.click(screen.getByRole('button', { name: /Clarity/ }));
    const marks = within(screen.getByTestId('highlighted-reply')).getAllByText('basically', { selector: 'mark' });
    expect(marks[0]).toHaveAttribute('data-polarity', 'undermines');
  });

  it('groups what was found by check, with no empty quotes, however many spans overlap', () => {
    const reply = 'I just kind of basically think that maybe we could sort of possibly look at it.';
    const spans = [
      [2, 6, 'hedge'],
      [7, 14, 'hedge'],
      [15, 24, 'filler'],
      [2, 24, 'filler'],
      [31, 36, 'hedge'],
      [10, 10, 'hedge'],
      [36, 37, 'hedge'],
    ] as const;
    const evidence = spans.map(([start, end, check]) => ({
      start,
      end,
      text: reply.slice(start, end),
      polarity: 'undermines' as const,
      check,
    }));
    const found = findings(segmentReply(reply, evidence), { hedge: 'Hedge', filler: 'Filler' });
    expect(found.map((f) => [f.n, f.label])).toEqual([
      [1, 'Hedge'],
      [2, 'Filler'],
    ]);
    for (const f of found) for (const q of f.quotes) expect(q.trim()).not.toBe('');
    expect(found.every((f) => new Set(f.quotes).size === f.quotes.length)).toBe(true);
  });

  it('marks each highlight with an icon and the number of its finding, listed under the reply', async () => {
    const user = userEvent.setup();
    render(<FeedbackView attempt={graded('Do you basically like nights? What won them over?')} />);
    await user.click(screen.getByRole('button', { name: /Clarity/ }));
    const list = screen.getByTestId('findings');
    expect(list).toHaveTextContent(/!1\s*.*“basically”/);
    const mark = within(screen.getByTestId('highlighted-reply')).getByText('basically', { selector: 'mark' });
    expect(mark).toHaveAttribute('data-marker', '!1');
    // The reply's own text is untouched by the markers.
    expect(screen.getByTestId('highlighted-reply')).toHaveTextContent(
      /^Do you basically like nights\? What won them over\?$/,
    );
  });

  it('says "nothing to flag" above a strong level with no marks, never "no evidence found"', async () => {
    const user = userEvent.setup();
    render(<FeedbackView attempt={graded('So the night shift was the hard part. What won them over?')} />);
    await user.click(screen.getByRole('button', { name: /Clarity/ }));
    const detail = screen.getByTestId('criterion-detail');
    expect(detail).not.toHaveTextContent(/no evidence/i);
    expect(detail).toHaveTextContent(/nothing to flag for clarity|with its strengths for clarity marked/i);
  });

  it('in low-pressure mode shows no number at all, the self-rating comparison included', () => {
    const attempt = { ...graded('Okay. Do you like it?'), selfAssessment: { active_listening: 4, clarity: 4 } };
    render(
      <LowPressureContext.Provider value>
        <FeedbackView attempt={attempt} previous={graded('Fine.')} />
      </LowPressureContext.Provider>,
    );
    expect(screen.getByTestId('self-comparison')).toHaveTextContent(/you rated it higher/);
    // Only the engine's version label carries digits; no score, level or gap does.
    const text = screen.getByTestId('feedback').textContent!.replace(/\(v[\d.]+, rubric [\d.-]+\)/, '');
    expect(text).not.toMatch(/\d/);
  });

  it('suggests an example for the weakest criterion built from what the partner said', () => {
    render(<FeedbackView attempt={graded('Okay. Do you like it?')} />);
    const suggestion = screen.getByTestId('suggestion');
    expect(suggestion).toHaveTextContent(/night shift/);
  });

  it("shows the moment's exemplars with the grade, and nothing when the moment has none", () => {
    const { unmount } = render(
      <FeedbackView
        attempt={graded('Okay. Do you like it?')}
        exemplars={['Three systems failed before, so trust was the work.']}
      />,
    );
    const box = screen.getByTestId('exemplars');
    expect(box).toHaveTextContent('One strong way to say it');
    expect(box).toHaveTextContent('Three systems failed before');
    unmount();
    render(<FeedbackView attempt={graded('Okay. Do you like it?')} />);
    expect(screen.queryByTestId('exemplars')).not.toBeInTheDocument();
  });

  it('renders HTML in a reply as text', () => {
    const { container } = render(<FeedbackView attempt={graded('<img src=x onerror=alert(1)> What happened?')} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('highlighted-reply')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('compares with the previous attempt', () => {
    render(<FeedbackView attempt={graded('What won them over?')} previous={graded('Did it work?')} />);
    const table = screen.getByTestId('comparison');
    expect(
      within(table)
        .getByText(/Open questions/)
        .closest('tr'),
    ).toHaveTextContent(/Emerging \(1\).*\(\+\d\)/);
  });
});

describe('segmentReply', () => {
  it('lets "undermines" win where spans overlap and keeps all text', () => {
    const segs = segmentReply('abcdef', [
      { start: 0, end: 4, text: 'abcd', polarity: 'supports', check: 'a' },
      { start: 2, end: 6, text: 'cdef', polarity: 'undermines', check: 'b' },
    ]);
    expect(segs.map((s) => [s.text, s.polarity, s.checks])).toEqual([
      ['ab', 'supports', ['a']],
      ['cd', 'undermines', ['a', 'b']],
      ['ef', 'undermines', ['b']],
    ]);
  });

  it('joins marks separated only by spaces', () => {
    const segs = segmentReply('night shift work', [
      { start: 0, end: 5, text: 'night', polarity: 'supports', check: 'a' },
      { start: 6, end: 11, text: 'shift', polarity: 'supports', check: 'a' },
    ]);
    expect(segs.map((s) => s.text)).toEqual(['night shift', ' work']);
  });

  it('ignores spans outside the reply', () => {
    expect(segmentReply('abc', [{ start: 5, end: 9, text: '', polarity: 'supports', check: 'x' }])).toEqual([
      { text: 'abc', polarity: null, checks: [] },
    ]);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gradeEmbedded } from '../../grading/embedded/embedded-grader';
import { FeedbackView } from './feedback-view';
import { segmentReply } from './highlight';

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

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateFilter } from './date-filter';

function Controlled({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <DateFilter label="From" value={value} onChange={setValue} />;
}

describe('a date filter', () => {
  // WebKit draws an empty date input as today's date in normal text: the empty state must not rely on it.
  it('says "Any date" itself while empty, on screen and to screen readers, and hides the engine’s own text', () => {
    render(<Controlled />);
    const input = screen.getByLabelText('From');
    expect(input).toHaveValue('');
    expect(screen.getByTestId('date-filter-empty')).toHaveTextContent('Any date');
    expect(input).toHaveAccessibleDescription('Any date');
    expect(input).toHaveAttribute('data-empty', 'true');
    expect(input.className).toMatch(/\btext-transparent\b/);
    expect(screen.queryByRole('button', { name: /clear/i })).toBeNull();
  });

  it('shows the date once set, with a button that clears it back to "Any date"', async () => {
    const user = userEvent.setup();
    render(<Controlled initial="2026-11-20" />);
    const input = screen.getByLabelText('From');
    expect(input).toHaveValue('2026-11-20');
    expect(screen.queryByTestId('date-filter-empty')).toBeNull();
    expect(input).not.toHaveAttribute('data-empty');
    expect(input.className).not.toMatch(/\btext-transparent\b/);
    await user.click(screen.getByRole('button', { name: 'Clear the From date' }));
    expect(input).toHaveValue('');
    expect(screen.getByTestId('date-filter-empty')).toHaveTextContent('Any date');
  });
});

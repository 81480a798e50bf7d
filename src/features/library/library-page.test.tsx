import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../scenario/scenario-library';
import { useDatabaseForTests } from '../../storage/database';
import { listImportedScenarios } from '../../storage/imported-scenarios';
import { LibraryPage } from './library-page';

const example = readFileSync(join(import.meta.dirname, '../../../scenarios/networking-industry-event.yaml'), 'utf8')
  .replace('id: networking-industry-event', 'id: my-coffee-chat')
  .replace('title: Meeting someone new at an industry event', 'title: My coffee chat');

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`library-${++n}`);
});

const renderPage = () =>
  render(
    <MemoryRouter>
      <LibraryPage />
    </MemoryRouter>,
  );

const cards = () => Array.from(screen.getByRole('list', { name: 'Scenario list' }).children) as HTMLElement[];

describe('library page', () => {
  it('lists every built-in scenario, not yet practised', async () => {
    renderPage();
    await waitFor(() => expect(cards()).toHaveLength(builtInLibrary.scenarios.length));
    expect(cards()[0]).toHaveTextContent('Not practised yet');
  });

  it('filters by category and searches by text', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByLabelText('Category'), 'admitting-mistakes');
    expect(cards().every((c) => /admitting mistakes/.test(c.textContent ?? ''))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Category'), '');
    await user.type(screen.getByRole('searchbox'), 'Priya');
    expect(cards()).toHaveLength(1);
    expect(cards()[0]).toHaveTextContent('Meeting someone new at an industry event');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzzz nothing');
    expect(screen.getByText('No scenario matches these filters.')).toBeInTheDocument();
  });

  it('refuses a broken file with the path of the bad field, and stores nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    const broken = example.replace('goto: pilot-story', 'goto: wrap-up');
    await user.upload(
      screen.getByLabelText('Import a scenario file'),
      new File([broken], 'coffee.yaml', { type: 'text/yaml' }),
    );
    expect(
      await screen.findByText(/coffee\.yaml: beats\[0\]\.branches\[0\]\.goto: unknown beat "wrap-up"/),
    ).toBeInTheDocument();
    expect(await listImportedScenarios()).toEqual([]);
    expect(cards()).toHaveLength(builtInLibrary.scenarios.length);
  });

  it('imports a valid file, lists it as yours, and keeps the text for export', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(
      screen.getByLabelText('Import a scenario file'),
      new File([example], 'coffee.yaml', { type: 'text/yaml' }),
    );
    expect(await screen.findByText(/Imported “My coffee chat”/)).toBeInTheDocument();
    await waitFor(() => expect(cards()).toHaveLength(builtInLibrary.scenarios.length + 1));
    const mine = cards().find((c) => c.textContent?.includes('My coffee chat'))!;
    expect(within(mine).getByText('Your scenario')).toBeInTheDocument();
    expect(within(mine).getByRole('link', { name: 'My coffee chat' })).toHaveAttribute(
      'href',
      '/practice/my-coffee-chat',
    );
    const [stored] = await listImportedScenarios();
    expect(stored!.row.text).toBe(example);
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { builtInLibrary } from '../../scenario/scenario-library';
import { useDatabaseForTests } from '../../storage/database';
import { exportAll } from '../../storage/export-file';
import { saveAttempt } from '../../storage/history';
import { aGrade, anAttempt } from '../../test/builders';
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

  it('shows how far the learner has come on each theme they practised, and nothing before any practice', async () => {
    const { unmount } = renderPage();
    await screen.findAllByRole('link', { name: /./ });
    expect(screen.queryByTestId('theme-path')).toBeNull();
    unmount();
    await saveAttempt(
      anAttempt({
        sessionId: 'n1',
        scenarioId: 'networking-alumni-mixer',
        grade: aGrade({ active_listening: 4, open_questions: 4, networking: 4 }),
      }),
    );
    renderPage();
    const path = await screen.findByTestId('theme-path');
    expect(path).toHaveTextContent(/networking\s*moderate/i);
  });

  it('filters by category and searches by text', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByLabelText('Category'), 'admitting-mistakes');
    expect(cards().every((c) => /admitting mistakes/.test(c.textContent ?? ''))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Category'), '');
    await user.type(screen.getByRole('searchbox'), 'Priya Raman');
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

  it('says plainly when a file is not a scenario: a web page, a history export, a JSON syntax error', async () => {
    const user = userEvent.setup();
    renderPage();
    const importFile = (text: string, name: string) =>
      user.upload(screen.getByLabelText('Import a scenario file'), new File([text], name));

    await importFile('<!doctype html><html><head><title>coffee.yaml</title></head><body></body></html>', 'coffee.yaml');
    expect(
      await screen.findByText(/^coffee\.yaml: this is not a scenario file: it looks like a web page \(HTML\)/),
    ).toBeInTheDocument();

    await importFile(await exportAll(), 'rapport-export.json');
    expect(
      await screen.findByText(
        /^rapport-export\.json: this is not a scenario file: it looks like a Rapport history export/,
      ),
    ).toBeInTheDocument();

    await importFile('{\n  "id": "my-coffee-chat"\n  "version": 1\n}', 'coffee.json');
    expect(await screen.findByText(/^coffee\.json: JSON syntax error at line 3, column 3: /)).toBeInTheDocument();
    expect(screen.queryByText(/YAML/)).not.toBeInTheDocument();
    expect(await listImportedScenarios()).toEqual([]);
  });

  it('never lets an import replace a built-in scenario', async () => {
    const user = userEvent.setup();
    renderPage();
    const builtIn = readFileSync(
      join(import.meta.dirname, '../../../scenarios/networking-industry-event.yaml'),
      'utf8',
    );
    await user.upload(screen.getByLabelText('Import a scenario file'), new File([builtIn], 'event.yaml'));
    expect(
      await screen.findByText(
        /event\.yaml: id: “networking-industry-event” is the id of a built-in scenario, and an import can never replace/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await listImportedScenarios()).toEqual([]);
  });

  describe('an id that is already imported', () => {
    const second = example.replace('title: My coffee chat', 'title: My second coffee chat');

    async function importTwice() {
      const user = userEvent.setup();
      renderPage();
      const input = screen.getByLabelText('Import a scenario file');
      await user.upload(input, new File([example], 'coffee.yaml'));
      await screen.findByText(/Imported “My coffee chat”/);
      await user.upload(input, new File([second], 'coffee-v2.yaml'));
      const dialog = await screen.findByRole('alertdialog', {
        name: 'You already have a scenario with the id “my-coffee-chat”',
      });
      return { user, input, dialog };
    }

    it('asks in the page, with the choices explained, and changes nothing yet', async () => {
      const { dialog } = await importTwice();
      expect(dialog).toHaveAttribute('aria-modal', 'true');
      expect(dialog).toHaveTextContent(
        '“My second coffee chat” in coffee-v2.yaml has the same id as your scenario “My coffee chat”',
      );
      expect(dialog).toHaveTextContent('Keep both: the new one is stored with the id “my-coffee-chat-2”');
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      const stored = await listImportedScenarios();
      expect(stored.map((s) => s.row.text)).toEqual([example]);
    });

    it('Replace it: the new file takes the old one’s place, under the same id', async () => {
      const { user, dialog } = await importTwice();
      await user.click(within(dialog).getByRole('button', { name: 'Replace it' }));
      expect(
        await screen.findByText(
          'Replaced “My coffee chat” with “My second coffee chat” from coffee-v2.yaml. Your history with it is kept.',
        ),
      ).toBeInTheDocument();
      const stored = await listImportedScenarios();
      expect(stored.map((s) => [s.row.id, s.row.fileName, s.row.text])).toEqual([
        ['my-coffee-chat', 'coffee-v2.yaml', second],
      ]);
      await waitFor(() => expect(cards()).toHaveLength(builtInLibrary.scenarios.length + 1));
      expect(screen.getByRole('link', { name: 'My second coffee chat' })).toBeInTheDocument();
    });

    it('Keep both: the new one gets a new id, in its file too, and the message says so', async () => {
      const { user, dialog } = await importTwice();
      await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
      expect(
        await screen.findByText(
          'Kept both. The new “My second coffee chat” is stored with the id “my-coffee-chat-2” (changed in its file too), because “my-coffee-chat” was taken.',
        ),
      ).toBeInTheDocument();
      const stored = await listImportedScenarios();
      expect(stored.map((s) => s.row.id).sort()).toEqual(['my-coffee-chat', 'my-coffee-chat-2']);
      const copy = stored.find((s) => s.row.id === 'my-coffee-chat-2')!;
      expect(copy.row.text).toBe(second.replace('id: my-coffee-chat', 'id: my-coffee-chat-2'));
      expect(copy.result).toMatchObject({ ok: true, scenario: { id: 'my-coffee-chat-2' } });
      await waitFor(() => expect(cards()).toHaveLength(builtInLibrary.scenarios.length + 2));
      expect(screen.getByRole('link', { name: 'My second coffee chat' })).toHaveAttribute(
        'href',
        '/practice/my-coffee-chat-2',
      );
    });

    it('Cancel (or Escape): nothing is imported, and focus returns to the import button', async () => {
      const { user, input } = await importTwice();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(input).toHaveFocus();
      expect(
        screen.getByText('Nothing was imported. Your scenario “My coffee chat” is unchanged.'),
      ).toBeInTheDocument();
      expect((await listImportedScenarios()).map((s) => s.row.text)).toEqual([example]);

      await user.upload(input, new File([second], 'coffee-v2.yaml'));
      const dialog = await screen.findByRole('alertdialog');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect((await listImportedScenarios()).map((s) => s.row.text)).toEqual([example]);
    });
  });

  it('asks before removing in the page, not with the browser’s confirm()', async () => {
    // Would remove at once if it were asked: the test fails unless the page asks its own question.
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    onTestFinished(() => void vi.unstubAllGlobals());
    const user = userEvent.setup();
    renderPage();
    await user.upload(screen.getByLabelText('Import a scenario file'), new File([example], 'coffee.yaml'));
    await waitFor(() => expect(cards()).toHaveLength(builtInLibrary.scenarios.length + 1));
    const mine = () => cards().find((c) => c.textContent?.includes('My coffee chat'));
    const remove = within(mine()!).getByRole('button', { name: 'Remove' });

    await user.click(remove);
    let dialog = screen.getByRole('alertdialog', { name: 'Remove “My coffee chat”?' });
    expect(dialog).toHaveTextContent('This removes coffee.yaml from this browser. Your history with it is kept.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(remove).toHaveFocus();
    expect(await listImportedScenarios()).toHaveLength(1);

    await user.click(remove);
    dialog = screen.getByRole('alertdialog', { name: 'Remove “My coffee chat”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(mine()).toBeUndefined());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Scenarios', level: 1 })).toHaveFocus();
    expect(screen.getByText('Removed “My coffee chat”. Your history with it is kept.')).toBeInTheDocument();
    expect(await listImportedScenarios()).toEqual([]);
    expect(confirm).not.toHaveBeenCalled();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '../../storage/history.schema';
import { activeSessionIds, saveActiveSession } from '../../storage/active-session';
import { useDatabaseForTests, type RapportDatabase } from '../../storage/database';
import { listAttempts, listSessions, putMonthly, saveAttempt, saveSession } from '../../storage/history';
import { loadBackupRecord } from '../../storage/last-backup';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../storage/settings';
import { anAttempt, aSession } from '../../test/builders';
import { downloadFile } from '../../ui/download';
import { YourData } from './your-data';

vi.mock('../../ui/download', () => ({ downloadFile: vi.fn() }));

const attempt = (id: string, over: Partial<Attempt> = {}): Attempt =>
  anAttempt({ id, sessionId: 's', reply: `reply ${id}`, createdAt: '2026-11-20T10:00:00.000Z', ...over });
const exportFile = (over: object) =>
  JSON.stringify({
    format: 'rapport-export',
    schema_version: 1,
    exported_at: '2026-11-21T00:00:00.000Z',
    attempts: [],
    sessions: [],
    imported_scenarios: [],
    ...over,
  });

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`your-data-${++n}`);
  vi.mocked(downloadFile).mockClear();
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

async function importFile(user: ReturnType<typeof userEvent.setup>, text: string, name = 'backup.json') {
  await user.upload(screen.getByLabelText('Import an export'), new File([text], name, { type: 'application/json' }));
}

const storedIds = async () => ({
  attempts: (await listAttempts()).rows.map((a) => a.id),
  sessions: (await listSessions()).rows.map((s) => s.id),
  months: (await db.attemptMonths.toArray()).map((m) => m.json),
});

describe('your data: export', () => {
  it('still downloads the file when a row cannot be read, and says how many were left out and why', async () => {
    await saveAttempt(attempt('good'));
    await putMonthly(db.attemptMonths, [{ id: 'odd', createdAt: '2026-11-20T11:00:00.000Z' }]);
    const user = userEvent.setup();
    render(<YourData />);
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));

    expect(await screen.findByText(/^Exported 1 replies/)).toHaveTextContent(
      /Left out 1 reply that could not be read \(reply odd: sessionId: .+\)\. Your API key is not included\./,
    );
    expect(downloadFile).toHaveBeenCalledOnce();
    const [name, parts] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toMatch(/^rapport-export-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(parts.join('')).attempts.map((a: Attempt) => a.id)).toEqual(['good']);
    // A downloaded backup resets the reminder.
    expect(loadBackupRecord().lastExport).toMatchObject({ conversations: 0 });
  });
});

describe('your data: import', () => {
  it('writes nothing from a file that fails, and says why', async () => {
    await saveAttempt(attempt('here'));
    const before = await storedIds();
    const user = userEvent.setup();
    render(<YourData />);
    const bad = JSON.parse(exportFile({ attempts: [attempt('new'), attempt('bad')], sessions: [aSession('new')] }));
    bad.attempts[1].grade.overall = 900;
    await importFile(user, JSON.stringify(bad));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /backup\.json was not imported: .*attempts\[1\]\.grade\.overall/,
    );
    expect(await storedIds()).toEqual(before);
  });

  it('writes nothing when the disk fails halfway through a good file', async () => {
    await saveAttempt(attempt('here'));
    const before = await storedIds();
    vi.spyOn(db.sessions, 'bulkAdd').mockRejectedValueOnce(new Error('The disk is full.'));
    const user = userEvent.setup();
    render(<YourData />);
    await importFile(user, exportFile({ attempts: [attempt('new')], sessions: [aSession('new')] }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(await storedIds()).toEqual(before);
  });

  it('says which rows kept both copies under a new id, and which are dated in the future', async () => {
    await saveAttempt(attempt('a', { reply: 'mine' }));
    const user = userEvent.setup();
    render(<YourData />);
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString();
    await importFile(
      user,
      exportFile({ attempts: [attempt('a', { reply: 'theirs' }), attempt('b', { createdAt: future })] }),
    );

    const notice = await screen.findByText(/^Imported backup\.json/);
    expect(notice).toHaveTextContent(
      'added 2 replies, 0 conversations and 0 of your scenarios; skipped 0 already here.',
    );
    expect(notice).toHaveTextContent(
      '1 reply had the id of a different one already here or earlier in the file; both were kept, the imported one under a new id (a → a~2).',
    );
    expect(notice).toHaveTextContent('1 reply is dated in the future');
    expect((await listAttempts()).rows.map((a) => [a.id, a.reply])).toEqual([
      ['a', 'mine'],
      ['a~2', 'theirs'],
      ['b', 'reply b'],
    ]);
  });
});

describe('your data: delete everything', () => {
  async function fill() {
    saveSettings({ ...DEFAULT_SETTINGS, engine: 'llm', llm: { ...DEFAULT_SETTINGS.llm, apiKey: 'sk-secret' } });
    saveActiveSession('networking-industry-event', 1, { value: 'beat' });
    await saveAttempt(attempt('a'));
    await saveSession(aSession('s'));
  }

  it('asks in the page, with focus on the question, and Escape cancels', async () => {
    const user = userEvent.setup();
    render(<YourData />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete everything?' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole('checkbox', { name: 'Keep my grader settings and key' })).not.toBeChecked();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete everything…' })).toHaveFocus();
  });

  it('deletes the settings and API key too, and says exactly what was deleted', async () => {
    await fill();
    const user = userEvent.setup();
    render(<YourData />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));

    expect(
      await screen.findByText(
        'Deleted from this browser: 1 reply, 1 conversation, 0 of your scenarios, 1 session in progress, the date of your last backup and your grader settings and API key.',
      ),
    ).toBeInTheDocument();
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(activeSessionIds()).toEqual([]);
    expect(await storedIds()).toEqual({ attempts: [], sessions: [], months: [] });
  });

  it('keeps the grader settings and key when the box is ticked, and says so', async () => {
    await fill();
    const user = userEvent.setup();
    render(<YourData />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('checkbox', { name: 'Keep my grader settings and key' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));

    expect(await screen.findByText(/^Deleted from this browser: 1 reply/)).toHaveTextContent(
      /the date of your last backup\. Your grader settings and key were kept\.$/,
    );
    expect(loadSettings().llm.apiKey).toBe('sk-secret');
  });
});

describe('your data: how long the browser keeps it', () => {
  it('shows the state, and asks the browser to keep the data', async () => {
    let persisted = false;
    const persist = vi.fn(async () => (persisted = true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => persisted, persist },
    });
    const user = userEvent.setup();
    render(<YourData />);
    expect(
      await screen.findByText('Storage: the browser may clear it after a while without visits.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText('Storage: kept until you delete it.')).toBeInTheDocument();
    expect(persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep it' })).not.toBeInTheDocument();
  });

  it('says when the browser declines, and when it offers no way to ask', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => false, persist: async () => false },
    });
    const user = userEvent.setup();
    const { unmount } = render(<YourData />);
    await user.click(await screen.findByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText(/The browser did not agree this time/)).toBeInTheDocument();
    unmount();

    Reflect.deleteProperty(navigator, 'storage');
    render(<YourData />);
    expect(await screen.findByText(/^Storage: this browser does not say how long it keeps it/)).toBeInTheDocument();
  });
});

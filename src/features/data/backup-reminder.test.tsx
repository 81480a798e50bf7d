import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseForTests } from '../../storage/database';
import { saveSession } from '../../storage/history';
import { loadBackupRecord } from '../../storage/last-backup';
import { downloadFile } from '../../ui/download';
import { BackupReminder } from './backup-reminder';

vi.mock('../../ui/download', () => ({ downloadFile: vi.fn() }));

const DAY = 86_400_000;
async function conversations(count: number, daysAgo = 1, from = 0) {
  for (let i = from; i < from + count; i++) {
    const at = new Date(Date.now() - daysAgo * DAY + i * 60_000).toISOString();
    await saveSession({
      id: `s${i}`,
      scenarioId: 'networking-industry-event',
      scenarioVersion: 1,
      startedAt: at,
      finishedAt: at,
      attemptIds: [],
      overall: 50,
    });
  }
}

const banner = () => screen.queryByRole('complementary', { name: 'Backup reminder' });

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`reminder-${++n}`);
  vi.mocked(downloadFile).mockClear();
});

describe('backup reminder', () => {
  it('appears after 20 conversations without a backup, and its button downloads one and hides it', async () => {
    await conversations(20);
    const user = userEvent.setup();
    render(<BackupReminder />);
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toHaveTextContent(
      'You have not downloaded a backup yet, and your 20 conversations live only in this browser.',
    );
    await user.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(banner()).not.toBeInTheDocument());
    expect(downloadFile).toHaveBeenCalledWith(
      expect.stringMatching(/^rapport-export-/),
      expect.any(Array),
      'application/json',
    );
    expect(loadBackupRecord().lastExport).toMatchObject({ conversations: 20 });
  });

  it('appears 30 days after the first conversation, even with few', async () => {
    await conversations(1, 31);
    render(<BackupReminder />);
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toBeInTheDocument();
  });

  it('stays away with fewer than 20 recent conversations, and comes with the 20th', async () => {
    await conversations(19);
    render(<BackupReminder />);
    await new Promise((r) => setTimeout(r, 50));
    expect(banner()).not.toBeInTheDocument();
    await conversations(1, 1, 19);
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toBeInTheDocument();
  });

  it('"Not now" hides it until 20 more conversations', async () => {
    await conversations(20);
    const user = userEvent.setup();
    render(<BackupReminder />);
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(banner()).not.toBeInTheDocument();
    expect(loadBackupRecord().dismissed).toMatchObject({ conversations: 20 });

    await conversations(19, 0, 20);
    await new Promise((r) => setTimeout(r, 50));
    expect(banner()).not.toBeInTheDocument();
    await conversations(1, 0, 39);
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toBeInTheDocument();
  });
});

/** What the Your data card and the backup reminder tell the learner about an export, import or deletion. */
import type { Deleted, ExportResult, ImportCheck, ImportSummary, LeftOutRow } from '../../storage/export-file';

const names: Record<LeftOutRow['table'], [string, string]> = {
  attempts: ['reply', 'replies'],
  sessions: ['conversation', 'conversations'],
  imported_scenarios: ['scenario', 'scenarios'],
};

/** "2 replies and 1 conversation". */
export function countOf(counts: Partial<Record<LeftOutRow['table'], number>>): string {
  const words = (Object.keys(names) as LeftOutRow['table'][])
    .filter((t) => counts[t])
    .map((t) => `${counts[t]} ${names[t][counts[t] === 1 ? 0 : 1]}`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

export function exportMessage({ counts, leftOut }: ExportResult): string {
  const exported = `Exported ${counts.attempts} replies and ${counts.sessions} conversations.`;
  if (!leftOut.length) return `${exported} Your API key is not included.`;
  const perTable: Partial<Record<LeftOutRow['table'], number>> = {};
  for (const r of leftOut) perTable[r.table] = (perTable[r.table] ?? 0) + 1;
  const first = leftOut[0]!;
  const others = leftOut.length > 1 ? ', among others' : '';
  return `${exported} Left out ${countOf(perTable)} that could not be read (${names[first.table][0]} ${first.id}: ${first.reason}${others}). Your API key is not included.`;
}

/** "s1:1 → s1:1~2, s2 → s2~2 and 3 more". */
function renamedList(renamed: { from: string; to: string }[]): string {
  const shown = renamed.slice(0, 3).map((r) => `${r.from} → ${r.to}`);
  return renamed.length > 3 ? `${shown.join(', ')} and ${renamed.length - 3} more` : shown.join(', ');
}

/** What an import did, and anything about it the learner should know. */
export function importMessage(
  fileName: string,
  s: ImportSummary,
  check: Extract<ImportCheck, { ok: true }>,
): { tone: 'info' | 'warning'; text: string } {
  const notes: string[] = [];
  const renamed = [...s.attempts.renamed, ...s.sessions.renamed];
  if (renamed.length) {
    const what = countOf({ attempts: s.attempts.renamed.length, sessions: s.sessions.renamed.length });
    notes.push(
      `${what} had the id of a different one already here or earlier in the file; both were kept, the imported one under a new id (${renamedList(renamed)}).`,
    );
  }
  for (const id of s.scenarios.conflicting) {
    notes.push(`Your scenario “${id}” differs from the one in the file; the one already here was kept.`);
  }
  const { attempts, sessions } = check.futureDated;
  if (attempts || sessions) {
    notes.push(
      `${countOf({ attempts, sessions })} ${attempts + sessions === 1 ? 'is' : 'are'} dated in the future (the clock of the device that saved them was probably ahead); kept with their dates.`,
    );
  }
  if (check.unknownScenarioIds.length) {
    notes.push(
      `${check.unknownScenarioIds.length} scenario(s) in it are not in this library (${check.unknownScenarioIds.join(', ')}); their replies are kept and shown by id.`,
    );
  }
  const skipped = s.attempts.skipped + s.sessions.skipped + s.scenarios.skipped;
  const text = `Imported ${fileName}: added ${s.attempts.added} replies, ${s.sessions.added} conversations and ${s.scenarios.added} of your scenarios; skipped ${skipped} already here.`;
  const warn = renamed.length || s.scenarios.conflicting.length || attempts || sessions;
  return { tone: warn ? 'warning' : 'info', text: [text, ...notes].join(' ') };
}

/** "Deleted from this browser: 12 replies, 4 conversations, …". */
export function deletedMessage(d: Deleted): string {
  const parts = [
    `${d.attempts} ${d.attempts === 1 ? 'reply' : 'replies'}`,
    `${d.sessions} ${d.sessions === 1 ? 'conversation' : 'conversations'}`,
    `${d.scenarios} of your scenarios`,
    `${d.sessionsInProgress} ${d.sessionsInProgress === 1 ? 'session' : 'sessions'} in progress`,
    'the date of your last backup',
    ...(d.settings ? ['your grader settings and API key'] : []),
  ];
  const list = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Deleted from this browser: ${list}.${d.settings ? '' : ' Your grader settings and key were kept.'}`;
}

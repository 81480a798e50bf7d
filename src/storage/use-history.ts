/**
 * The history as live data for components: each hook re-renders when what it reads changes (in
 * this tab or another), and is null or undefined while loading. Components read stored history only
 * through these hooks.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  conversationCount,
  countSessions,
  getAttempt,
  getSession,
  latestSessionOf,
  listAttemptSummaries,
  listBeatAttempts,
  listSessionAttempts,
  listSessions,
} from './history';
import type { Attempt, AttemptSummary, Rows, SessionSummary } from './history.schema';
import type { ConversationCount } from './last-backup';

/** Every reply's summary, oldest first, with how many stored rows could not be read; null while loading. */
export function useAttempts(): Rows<AttemptSummary> | null {
  return useLiveQuery(listAttemptSummaries, [], null);
}

/** Every finished conversation, oldest first, with how many could not be read; null while loading. */
export function useConversations(): Rows<SessionSummary> | null {
  return useLiveQuery(listSessions, [], null);
}

/** How many replies and finished conversations are stored; null while loading. */
export function useDataCounts(): { attempts: number; sessions: number } | null {
  return useLiveQuery(
    async () => ({ attempts: (await listAttemptSummaries()).rows.length, sessions: await countSessions() }),
    [],
    null,
  );
}

/** How many conversations are stored and when the first finished (for the backup reminder); null while loading. */
export function useConversationCount(): ConversationCount | null {
  return useLiveQuery(conversationCount, [], null);
}

/** The latest finished conversation of a scenario; null when there is none (or while loading). */
export function useLatestConversation(scenarioId: string): SessionSummary | null {
  return useLiveQuery(() => latestSessionOf(scenarioId).catch(() => null), [scenarioId], null);
}

/**
 * One reply with every try at its moment (oldest first) and its conversation; `attempt` is null when
 * there is no such reply; undefined while loading.
 */
export function useAttemptWithTries(
  attemptId: string,
): { attempt: Attempt | null; tries: Attempt[]; session: SessionSummary | null } | undefined {
  return useLiveQuery(
    async () => {
      const attempt = await getAttempt(attemptId);
      const [tries, session] = attempt
        ? await Promise.all([listBeatAttempts(attempt.scenarioId, attempt.beatId), getSession(attempt.sessionId)])
        : [[], null];
      return { attempt, tries, session };
    },
    [attemptId],
    undefined,
  );
}

/** One finished conversation and its replies in order; `session` is null when there is none; undefined while loading. */
export function useConversation(
  sessionId: string,
): { session: SessionSummary | null; attempts: Attempt[] } | undefined {
  return useLiveQuery(
    async () => {
      const session = await getSession(sessionId);
      return { session, attempts: session ? await listSessionAttempts(session.id) : [] };
    },
    [sessionId],
    undefined,
  );
}

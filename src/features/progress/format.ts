/**
 * The one way Progress writes dates and counts: the chart's labels and tooltips, the lists and the
 * pages they open all say "27 Nov 2026, 10:05" and "1 reply", never a second format.
 */

import { countOf } from '../../ui/count';

const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

const toDate = (when: string | Date) => (typeof when === 'string' ? new Date(when) : when);

/** A moment: "27 Nov 2026, 10:05" (in the learner's locale and time zone). */
export const formatDateTime = (when: string | Date): string => DATE_TIME.format(toDate(when));

/** A day: "27 Nov 2026". */
export const formatDate = (when: string | Date): string => DATE.format(toDate(when));

/** A month: "Nov 2026". */
export const formatMonth = (when: string | Date): string => MONTH.format(toDate(when));

export { countOf };

export const replies = (n: number) => countOf(n, 'reply', 'replies');
export const conversations = (n: number) => countOf(n, 'conversation');

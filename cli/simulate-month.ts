/**
 * `npm run simulate`: a month of daily practice by a scripted learner whose skills rise, to see
 * what the daily pick offers, in what order, and why (the same ranking and reasons as the home
 * page). The learner starts around Emerging and ends around Proficient; harder scenarios go a
 * little worse, and each theme has its own head start, so the path is visible. Deterministic.
 */
import { readScenarioFolder } from './scenario-folder';
import { rankForToday, whyToday } from '../src/features/today/daily-pick';
import { themeStages } from '../src/scenario/path';
import type { AttemptSummary } from '../src/storage/history.schema';

const scenarios = readScenarioFolder();

const DAYS = Number(process.argv[process.argv.indexOf('--days') + 1]) || 30;
/** A small, fixed wobble per day and theme, so the month is the same every run. */
const wobble = (day: number, key: string) => {
  let h = 2166136261 ^ day;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) / 2 ** 32 - 0.5) * 0.8;
};
const headStart = (category: string) => (category.length % 3) * 0.25;

const history: AttemptSummary[] = [];
const start = Date.UTC(2026, 11, 1, 9);
const rows: string[] = [];
for (let d = 0; d < DAYS; d++) {
  const at = new Date(start + d * 86_400_000);
  const today = at.toISOString().slice(0, 10);
  const pick = rankForToday(scenarios, history, today)[0]!;
  const why = whyToday(pick, scenarios, history, today);
  const skill = 1.2 + (2.1 * d) / (DAYS - 1) + headStart(pick.category);
  const sessionId = `day-${d + 1}`;
  const levels: number[] = [];
  for (let r = 0; r < 4; r++) {
    const level = (id: string) =>
      Math.max(0, Math.min(4, Math.round(skill - 0.5 * (pick.difficulty - 1) + wobble(d * 10 + r, id))));
    const lv = Object.fromEntries(['active_listening', 'clarity', ...pick.skills].map((id) => [id, level(id)]));
    levels.push(...Object.values(lv));
    history.push({
      id: `${sessionId}:${r + 1}`,
      sessionId,
      scenarioId: pick.id,
      beatId: `b${r}`,
      createdAt: new Date(at.getTime() + r * 60_000).toISOString(),
      overall: Math.round((Object.values(lv).reduce((t, l) => t + l, 0) / Object.values(lv).length) * 25),
      levels: lv,
      engine: 'embedded',
      rubric: 'sim',
      replyPreview: '',
    });
  }
  const stage = themeStages(scenarios, history).get(pick.category) ?? 1;
  const mean = levels.reduce((t, l) => t + l, 0) / levels.length;
  rows.push(
    `${String(d + 1).padStart(2)}  ${pick.id.padEnd(42)} ${pick.category.padEnd(20)} d${pick.difficulty}  went ${mean.toFixed(1)}  path→${stage}  ${why}`,
  );
}
console.log(`day scenario                                   theme                diff  how it went  path  why`);
for (const r of rows) console.log(r);
const themes = new Set(history.map((h) => scenarios.find((s) => s.id === h.scenarioId)!.category));
const distinct = new Set(history.map((h) => h.scenarioId));
console.log(`\n${distinct.size} different scenarios over ${DAYS} days, ${themes.size} themes.`);

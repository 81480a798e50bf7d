/**
 * `node dist-cli/generate-history.mjs OUT.json [--years 10]`: writes a Rapport export holding years
 * of daily practice (one conversation a day, about three graded replies each), for the progress
 * benchmark. Deterministic: the same arguments give the same file.
 */
import { writeFileSync } from 'node:fs';
import { readScenarioFolder } from './scenario-folder';
import { overallScore } from '../src/grading/overall-score';
import { RUBRIC, RUBRIC_VERSION, type CriterionId } from '../src/grading/rubric';
import { criteriaForBeat } from '../src/scenario/scenario.schema';
import type { Attempt, SessionSummary } from '../src/storage/history.schema';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, ExportFile } from '../src/storage/export-file';

const out = process.argv[2];
if (!out) {
  console.error('usage: node dist-cli/generate-history.mjs OUT.json [--years 10]');
  process.exit(2);
}
const years = Number(process.argv[process.argv.indexOf('--years') + 1]) || 10;

const scenarios = readScenarioFolder();

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const days = Math.round(years * 365);
const end = Date.UTC(2026, 10, 26, 18, 0, 0);
const attempts: Attempt[] = [];
const sessions: SessionSummary[] = [];

for (let d = 0; d < days; d++) {
  const scenario = scenarios[Math.floor(random() * scenarios.length)]!;
  const start = end - (days - d) * 86_400_000 + Math.floor(random() * 3_600_000);
  const sessionId = `gen-${d}`;
  const skill = Math.min(3.6, 1.2 + (2.2 * d) / days); // slowly improving
  const rubric = d < days / 2 ? '2025-01-01.1' : RUBRIC_VERSION;
  const kept: Attempt[] = [];
  scenario.beats.slice(0, 3).forEach((beat, i) => {
    const criteria = criteriaForBeat(scenario, beat);
    const grades = criteria.map((id: CriterionId) => ({
      id,
      level: Math.max(0, Math.min(4, Math.round(skill + (random() - 0.5) * 2))),
      checks: RUBRIC[id].checks.map((c) => ({ id: c.id, label: c.label, met: random() > 0.5 })),
      evidence: [{ start: 0, end: 5, text: 'Thank', polarity: 'supports' as const, check: RUBRIC[id].checks[0]!.id }],
      rationale: 'Generated for the benchmark.',
      suggestion: { text: 'Ask one open question about what they said.' },
    }));
    const attempt: Attempt = {
      id: `${sessionId}:${i + 1}`,
      sessionId,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      beatId: beat.id,
      context: beat.persona,
      reply: `Thanks for telling me. It sounds like ${i ? 'that' : 'this'} mattered. What happened next, on day ${d}?`,
      grade: {
        overall: overallScore(grades),
        criteria: grades,
        flags: [],
        facts: {
          question: random() > 0.3 ? 'open' : 'closed',
          questions: 1,
          reflection: random() > 0.4,
          advice: random() > 0.85,
          monologue: false,
        },
        engine: { name: 'embedded', version: '0.1.0', rubric_version: rubric },
      },
      createdAt: new Date(start + i * 90_000).toISOString(),
    };
    attempts.push(attempt);
    kept.push(attempt);
  });
  sessions.push({
    id: sessionId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + 300_000).toISOString(),
    attemptIds: kept.map((a) => a.id),
    overall: Math.round(kept.reduce((s, a) => s + a.grade.overall, 0) / kept.length),
    listening: Math.round(40 + 40 * (d / days) + random() * 10),
  });
}

const file = ExportFile.parse({
  format: EXPORT_FORMAT,
  schema_version: EXPORT_SCHEMA_VERSION,
  exported_at: new Date(end).toISOString(),
  attempts,
  sessions,
  imported_scenarios: [],
});
const text = JSON.stringify(file);
writeFileSync(out, text);
console.log(
  `Wrote ${out}: ${sessions.length} conversations, ${attempts.length} replies, ${(text.length / 1024 / 1024).toFixed(1)} MB`,
);

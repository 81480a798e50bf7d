import { useSettings } from '../../storage/use-settings';
import { Card } from '../../ui/card';

/** Practice preferences apply at once: they need no checking and the learner sees the effect. */
export function PracticePreferences() {
  const { settings, update } = useSettings();
  return (
    <Card className="space-y-3" aria-labelledby="practice-heading">
      <h2 id="practice-heading" className="font-semibold">
        Practice
      </h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.lowPressure}
          onChange={(e) => update({ lowPressure: e.target.checked })}
          className="mt-1"
        />
        <span>
          <span className="font-medium">Low-pressure mode</span>: hide scores and level numbers, and describe how you
          did in words.
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.selfAssess}
          onChange={(e) => update({ selfAssess: e.target.checked })}
          className="mt-1"
        />
        <span>
          <span className="font-medium">Rate my own reply first</span>: before the grade, say how you think each reply
          went, and see how your judgement compares over time.
        </span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium">Weekly goal</span>
        <select
          value={settings.weeklyGoal}
          onChange={(e) => update({ weeklyGoal: Number(e.target.value) })}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1"
        >
          {[1, 2, 3, 4, 5, 6, 7].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'day' : 'days'} a week
            </option>
          ))}
        </select>
      </label>
    </Card>
  );
}

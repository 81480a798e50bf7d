/** Category, difficulty and length of a scenario, as small chips. Takes plain values, not the domain type. */
export function ScenarioFacts({
  scenario,
  className = '',
}: {
  scenario: { category: string; difficulty: number; minutes: number };
  className?: string;
}) {
  const difficulty = ['', 'Gentle', 'Moderate', 'Demanding'][scenario.difficulty] ?? '';
  return (
    <ul className={`flex flex-wrap gap-2 text-xs ${className}`}>
      <li className="rounded-full bg-indigo-50 px-2.5 py-1 font-medium text-indigo-800">
        {scenario.category.replace(/-/g, ' ')}
      </li>
      <li className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700">
        {difficulty} ({scenario.difficulty}/3)
      </li>
      <li className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700">about {scenario.minutes} min</li>
    </ul>
  );
}

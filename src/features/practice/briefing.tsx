import { useId, useRef } from 'react';
import { Link } from 'react-router';
import { RUBRIC, type CriterionId } from '../../grading/rubric';
import { criteriaForBeat, type Scenario } from '../../scenario/scenario.schema';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { scenarioFacts } from '../../scenario/scenario-facts';
import { FactChips } from '../../ui/fact-chips';

/** The scenario before the conversation starts: who, where, the goal, and how replies are graded. */
export function Briefing({
  scenario,
  discarded,
  lastConversation,
  onStart,
}: {
  scenario: Scenario;
  /** Why an unfinished session could not be resumed, when one was discarded. */
  discarded: string | null | undefined;
  lastConversation?: { id: string; finishedAt: string } | null;
  onStart: () => void;
}) {
  return (
    <Card className="space-y-4">
      {discarded && (
        <Notice tone="warning" title="Your unfinished session was discarded">
          It could not be resumed because {discarded}. Your graded replies are still in your history; this starts
          afresh.
        </Notice>
      )}
      <header>
        <p className="text-sm font-medium text-indigo-700">Briefing</p>
        <h1 className="text-2xl font-bold tracking-tight">{scenario.title}</h1>
        <FactChips facts={scenarioFacts(scenario)} className="mt-2" />
      </header>
      <BriefingFacts scenario={scenario} />
      <p className="text-sm text-slate-600">{gradedOnSentence(scenario)} You can retry any moment before moving on.</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button autoFocus onClick={() => onStart()}>
          Start the conversation
        </Button>
        {lastConversation && (
          <Link
            to={`/conversations/${encodeURIComponent(lastConversation.id)}`}
            className="text-sm font-medium text-indigo-700 hover:underline"
          >
            Your last time here, with its debrief and tips
          </Link>
        )}
      </div>
    </Card>
  );
}

const names = (ids: readonly CriterionId[]) =>
  ids
    .map((id) => RUBRIC[id].name.toLowerCase())
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');

/**
 * What replies are graded on, as the scenario's moments really grade them: the criteria at every
 * moment, then those only some moments grade (open questions only where a moment asks for them).
 */
export function gradedOnSentence(scenario: Scenario): string {
  const perBeat = scenario.beats.map((b) => criteriaForBeat(scenario, b));
  const graded = [...new Set(perBeat.flat())];
  const always = graded.filter((c) => perBeat.every((criteria) => criteria.includes(c)));
  const sometimes = graded.filter((c) => !always.includes(c));
  return `Each reply is graded on ${names(always)}${sometimes.length ? `; some moments also on ${names(sometimes)}` : ''}.`;
}

/** What the learner needs to know mid-way too: the setting, who they talk to, the goal. */
function BriefingFacts({ scenario }: { scenario: Scenario }) {
  const persona = scenario.persona;
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">The setting</h2>
          <p className="mt-1 text-slate-800">{scenario.setting}</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Who you're talking to</h2>
          <p className="mt-1 text-slate-800">
            <strong>{persona.name}</strong>, {persona.role}, {persona.organisation}. {persona.personality}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            <span className="font-medium">Mood:</span> {persona.mood}. <span className="font-medium">Cares about:</span>{' '}
            {persona.cares_about.join('; ')}.
          </p>
        </div>
      </div>
      <div className="rounded-lg bg-indigo-50 p-3">
        <h2 className="text-sm font-semibold text-indigo-900">Your goal</h2>
        <p className="mt-1 text-indigo-950">{scenario.goal}</p>
        <p className="mt-2 text-sm text-indigo-900">
          <span className="font-semibold">Success looks like: </span>
          {scenario.success}
        </p>
      </div>
    </>
  );
}

/**
 * The briefing again, mid-conversation, in a modal dialog: the reply box underneath stays mounted,
 * so a half-written reply is untouched. The native dialog traps focus, closes on Escape and
 * returns focus to the button that opened it.
 */
export function BriefingDialog({ scenario }: { scenario: Scenario }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <>
      <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => ref.current?.showModal()}>
        Briefing
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={headingId}
        className="max-w-2xl rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={headingId} className="text-lg font-bold">
              Briefing: {scenario.title}
            </h2>
            <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => ref.current?.close()} autoFocus>
              Close
            </Button>
          </div>
          <BriefingFacts scenario={scenario} />
        </div>
      </dialog>
    </>
  );
}

/**
 * The import plan in words: what would be added, left unchanged, kept and decided for the user, and one
 * choice per record that differs (keep mine / take the file's), with which side is newer and what differs.
 */
import { useId } from 'react';
import { Button } from '../../components/Button';
import type { Choice, Conflict, ImportPlan, RecordKey } from '../../shared/workspace/file';
import type { WorkspaceRecord } from '../../shared/workspace/types';
import { changedAt, describeRecord, differences, type NameOf } from './plan-words';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Beyond this the names of added assessments are counted, not listed. */
const MAX_NAMES = 20;

function kindsOf(records: readonly WorkspaceRecord[]): string {
  const count = (k: WorkspaceRecord['kind']) => records.filter((r) => r.kind === k).length;
  return [
    plural(count('assessment'), 'assessment'),
    plural(count('version'), 'version'),
    plural(count('task'), 'task'),
  ].join(', ');
}

export interface ImportPlanViewProps {
  fileName: string;
  plan: ImportPlan;
  nameOf: NameOf;
  choices: ReadonlyMap<RecordKey, Choice>;
  undecided: readonly RecordKey[];
  onChoose: (key: RecordKey, choice: Choice) => void;
  onChooseAll: (choice: Choice) => void;
}

export function ImportPlanView({
  fileName,
  plan,
  nameOf,
  choices,
  undecided,
  onChoose,
  onChooseAll,
}: ImportPlanViewProps) {
  const ids = useId();
  const open = plan.conflicts.filter((c) => !c.locked);
  const locked = plan.conflicts.filter((c) => c.locked);
  const added = plan.add.flatMap((r) => (r.kind === 'assessment' ? [r.name] : []));

  return (
    <div data-testid="import-plan">
      <h3 className="text-xl font-semibold">What importing {fileName} would do</h3>
      <p className="mt-1 text-slate-700">Nothing has been written yet.</p>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <span className="font-medium">Add {plural(plan.add.length, 'new record')}</span>
          {plan.add.length ? ` (${kindsOf(plan.add)})` : ''}
          {added.length ? (
            <>
              :{' '}
              {added
                .slice(0, MAX_NAMES)
                .map((name) => `“${name}”`)
                .join(', ')}
              {added.length > MAX_NAMES ? ` and ${added.length - MAX_NAMES} more` : ''}
            </>
          ) : null}
          .
        </li>
        <li>
          <span className="font-medium">Replace</span> only what you choose below:{' '}
          {plural(open.length, 'record differs', 'records differ')} from yours.
        </li>
        <li>
          <span className="font-medium">Leave {plural(plan.unchanged.length, 'record')} unchanged</span>:
          already here, the same.
        </li>
        {plan.untouched ? (
          <li>
            Keep the {plural(plan.untouched, 'record')} of your workspace that{' '}
            {plan.untouched === 1 ? 'is' : 'are'} not in the file, as{' '}
            {plan.untouched === 1 ? 'it is' : 'they are'}.
          </li>
        ) : null}
        {plan.renumbered.map((r) => (
          <li key={r.version.id}>
            Version {r.from} of “{nameOf(r.version.assessmentId)}” from the file becomes version {r.to} here:
            your workspace already has a version {r.from}.
          </li>
        ))}
        {locked.map((c) => (
          <li key={c.key}>
            Keep your {describeRecord(c.mine, nameOf).replace(/^V/u, 'v')}:{' '}
            {c.lockReason === 'signed'
              ? 'it is signed, and a signed version is never replaced.'
              : 'a version never changes once recorded (only a sign-off made elsewhere can be added).'}
          </li>
        ))}
      </ul>

      {open.length ? (
        <section aria-labelledby={`${ids}-conflicts`} className="mt-6">
          <h4 id={`${ids}-conflicts`} className="text-lg font-semibold">
            Records that differ from yours
          </h4>
          {undecided.length ? (
            <p role="alert" className="mt-2 font-semibold text-red-800">
              Choose for each record that differs: {plural(undecided.length, 'choice is', 'choices are')}{' '}
              still missing, marked below.
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <span>For all of them:</span>
            <Button variant="secondary" onClick={() => onChooseAll('mine')}>
              Keep all mine
            </Button>
            <Button variant="secondary" onClick={() => onChooseAll('theirs')}>
              Take all from the file
            </Button>
          </div>
          <ul className="mt-4 space-y-4">
            {open.map((c) => (
              <li key={c.key}>
                <ConflictChoice
                  conflict={c}
                  nameOf={nameOf}
                  choice={choices.get(c.key)}
                  missing={undecided.includes(c.key)}
                  onChoose={(choice) => onChoose(c.key, choice)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ConflictChoice({
  conflict,
  nameOf,
  choice,
  missing,
  onChoose,
}: {
  conflict: Conflict;
  nameOf: NameOf;
  choice: Choice | undefined;
  missing: boolean;
  onChoose: (choice: Choice) => void;
}) {
  const ids = useId();
  const { mine, theirs, newer } = conflict;
  const newerWords =
    newer === 'same' ? ' (the same time)' : newer === 'theirs' ? '; the file’s is newer' : '; yours is newer';
  return (
    <fieldset
      aria-describedby={`${ids}-what${missing ? ` ${ids}-missing` : ''}`}
      className={`rounded-md border-2 p-4 ${missing ? 'border-red-700' : 'border-slate-300'}`}
    >
      <legend className="px-1 font-semibold">{describeRecord(theirs, nameOf)}</legend>
      <p id={`${ids}-what`} className="text-slate-800">
        Differs in: {differences(mine, theirs).join(', ') || 'details'}. Yours changed {changedAt(mine)}, the
        file’s {changedAt(theirs)}
        {newerWords}.
      </p>
      {missing ? (
        <p id={`${ids}-missing`} className="mt-1 font-semibold text-red-800">
          Choose one.
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {(
          [
            ['mine', 'Keep mine'],
            ['theirs', 'Take the file’s'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name={`${ids}-choice`}
              value={value}
              checked={choice === value}
              onChange={() => onChoose(value)}
              className="h-5 w-5"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

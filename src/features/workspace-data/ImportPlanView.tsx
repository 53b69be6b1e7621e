/**
 * The import plan in words: what would be added, left unchanged, kept and decided for the user, and one
 * choice per record that differs (keep mine / take the file's), with which side is newer and what differs.
 */
import { useId } from 'react';
import { Button } from '../../components/Button';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { Choice, Conflict, ImportPlan, RecordKey } from '../../shared/workspace/file';
import type { WorkspaceRecord } from '../../shared/workspace/types';
import { changedAt, describeRecord, differences, type NameOf } from './plan-words';

/** Beyond this the names of added assessments are counted, not listed. */
const MAX_NAMES = 20;

function kindsOf(records: readonly WorkspaceRecord[], tr: Translator): string {
  const count = (k: WorkspaceRecord['kind']) => records.filter((r) => r.kind === k).length;
  return [
    tr.m('workspace.countAssessments', { n: count('assessment') }),
    tr.m('workspace.countVersions', { n: count('version') }),
    tr.m('workspace.countTasks', { n: count('task') }),
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
  const tr = useTranslator();
  const ids = useId();
  const open = plan.conflicts.filter((c) => !c.locked);
  const locked = plan.conflicts.filter((c) => c.locked);
  const added = plan.add.flatMap((r) => (r.kind === 'assessment' ? [r.name] : []));

  return (
    <div data-testid="import-plan">
      <h3 className="text-xl font-semibold">{tr.m('workspace.planTitle', { file: fileName })}</h3>
      <p className="mt-1 text-slate-700">{tr.m('workspace.nothingWritten')}</p>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <span className="font-medium">{tr.m('workspace.planAdd', { n: plan.add.length })}</span>
          {plan.add.length ? tr.m('workspace.planAddKinds', { kinds: kindsOf(plan.add, tr) }) : ''}
          {added.length
            ? tr.m('workspace.planAddedNames', {
                names: added
                  .slice(0, MAX_NAMES)
                  .map((name) => tr.m('workspace.planQuoted', { name }))
                  .join(', '),
                more:
                  added.length > MAX_NAMES ? tr.m('workspace.planMore', { n: added.length - MAX_NAMES }) : '',
              })
            : null}
          .
        </li>
        <li>
          <span className="font-medium">{tr.m('workspace.planReplace')}</span>
          {tr.m('workspace.planReplaceText', { n: open.length })}
        </li>
        <li>
          <span className="font-medium">{tr.m('workspace.planLeave', { n: plan.unchanged.length })}</span>
          {tr.m('workspace.planLeaveText')}
        </li>
        {plan.untouched ? <li>{tr.m('workspace.planUntouched', { n: plan.untouched })}</li> : null}
        {plan.renumbered.map((r) => (
          <li key={r.version.id}>
            {tr.m('workspace.planRenumbered', {
              from: r.from,
              to: r.to,
              name: nameOf(r.version.assessmentId),
            })}
          </li>
        ))}
        {locked.map((c) => (
          <li key={c.key}>
            {tr.m('workspace.planKeepLocked', {
              record: describeRecord(c.mine, nameOf, tr, true),
              why:
                c.lockReason === 'signed' ? tr.m('workspace.lockedSigned') : tr.m('workspace.lockedVersion'),
            })}
          </li>
        ))}
      </ul>

      {open.length ? (
        <section aria-labelledby={`${ids}-conflicts`} className="mt-6">
          <h4 id={`${ids}-conflicts`} className="text-lg font-semibold">
            {tr.m('workspace.planConflicts')}
          </h4>
          {undecided.length ? (
            <p role="alert" className="mt-2 font-semibold text-red-800">
              {tr.m('workspace.planUndecided', { n: undecided.length })}
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <span>{tr.m('workspace.forAll')}</span>
            <Button variant="secondary" onClick={() => onChooseAll('mine')}>
              {tr.m('workspace.keepAllMine')}
            </Button>
            <Button variant="secondary" onClick={() => onChooseAll('theirs')}>
              {tr.m('workspace.takeAll')}
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
  const tr = useTranslator();
  const ids = useId();
  const { mine, theirs, newer } = conflict;
  const newerWords =
    newer === 'same'
      ? tr.m('workspace.newerSame')
      : newer === 'theirs'
        ? tr.m('workspace.newerTheirs')
        : tr.m('workspace.newerMine');
  return (
    <fieldset
      aria-describedby={`${ids}-what${missing ? ` ${ids}-missing` : ''}`}
      className={`rounded-md border-2 p-4 ${missing ? 'border-red-700' : 'border-slate-300'}`}
    >
      <legend className="px-1 font-semibold">{describeRecord(theirs, nameOf, tr)}</legend>
      <p id={`${ids}-what`} className="text-slate-800">
        {tr.m('workspace.differsIn', {
          fields: differences(mine, theirs, tr).join(', ') || tr.m('workspace.differsDetails'),
          mine: changedAt(mine, tr),
          theirs: changedAt(theirs, tr),
          newer: newerWords,
        })}
      </p>
      {missing ? (
        <p id={`${ids}-missing`} className="mt-1 font-semibold text-red-800">
          {tr.m('workspace.chooseOne')}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {(
          [
            ['mine', tr.m('workspace.keepMine')],
            ['theirs', tr.m('workspace.takeFiles')],
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

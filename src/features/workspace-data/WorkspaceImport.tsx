/**
 * Import a workspace file: read and checked first (problems listed with where they are), then a plan of what
 * would be added, replaced and left unchanged; each conflict is the user's choice (keep mine / take the
 * file's, or one choice for all). Nothing is written before "Import"; at that moment the workspace is read
 * again, and if it changed meanwhile (another tab) the plan is shown again instead of being applied.
 */
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { LANG_KEY, rememberLang } from '../../i18n/lang-context';
import { useTranslator } from '../../i18n/react';
import { canonicalJson } from '../../share/canonical';
import {
  type Choice,
  type FileProblem,
  type ImportPlan,
  languageToRestore,
  MAX_WORKSPACE_FILE_BYTES,
  planImport,
  type ReadWorkspaceFileResult,
  type RecordKey,
  readWorkspaceFile,
  resolveImport,
  WORKSPACE_FILE_TOO_LARGE,
  WORKSPACE_FILE_TOO_LARGE_TEXT,
  type WorkspaceFile,
} from '../../shared/workspace/file';
import { exportRecords, importRecords } from '../../shared/workspace/store';
import type { WorkspaceRecord } from '../../shared/workspace/types';
import { ImportPlanView } from './ImportPlanView';
import { namesFrom } from './plan-words';
import { afterPaint, errorText, FILE_INPUT_CLASS } from './ui';

type State =
  | { step: 'idle' }
  | { step: 'failed'; fileName: string; summary: string; problems: FileProblem[] }
  | {
      step: 'plan';
      fileName: string;
      incoming: WorkspaceRecord[];
      lang: WorkspaceFile['lang'];
      existing: WorkspaceRecord[];
      plan: ImportPlan;
      changedMeanwhile: boolean;
    }
  | { step: 'done'; message: string };

/** The part of a plan that a change in the workspace would alter: which records conflict, and with what. */
function planKey(plan: ImportPlan): string {
  return canonicalJson([
    plan.add.map((r) => r.id),
    plan.conflicts.map((c) => [c.key, c.mine]),
    plan.unchanged.length,
  ]);
}

/** The imported file’s language becomes this browser’s preference, unless it keeps one already (ADR 0101). */
function keepFileLanguage(lang: WorkspaceFile['lang']): void {
  let stored: string | null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    return; // No storage: no preference to keep.
  }
  const restored = languageToRestore({ lang }, stored);
  if (restored) rememberLang(restored);
}

export function WorkspaceImport({ onImported }: { onImported: () => void }) {
  const tr = useTranslator();
  const ids = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [choices, setChoices] = useState<Map<RecordKey, Choice>>(new Map());
  const [busy, setBusy] = useState(false);
  const [working, setWorking] = useState<string | null>(null);
  const [undecided, setUndecided] = useState<RecordKey[]>([]);
  const [writeError, setWriteError] = useState<string | null>(null);
  const focusRef = useRef<HTMLDivElement>(null);
  const focusSoon = () => requestAnimationFrame(() => focusRef.current?.focus());

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again reads it again
    if (!file) return;
    setBusy(true);
    setWriteError(null);
    setUndecided([]);
    setChoices(new Map());
    setWorking(tr.m('workspace.reading', { name: file.name }));
    await afterPaint();
    try {
      // Judged by its size before reading, so a huge file is never loaded into memory.
      const read =
        file.size > MAX_WORKSPACE_FILE_BYTES
          ? ({
              ok: false,
              summary: WORKSPACE_FILE_TOO_LARGE,
              summaryText: WORKSPACE_FILE_TOO_LARGE_TEXT,
              problems: [],
            } satisfies ReadWorkspaceFileResult)
          : readWorkspaceFile(await file.text());
      if (!read.ok) {
        setState({
          step: 'failed',
          fileName: file.name,
          // In the reader's language; a summary with no Text (none today) as written.
          summary: read.summaryText ? tr.t(read.summaryText) : read.summary,
          problems: read.problems,
        });
      } else {
        const existing = await exportRecords();
        const plan = planImport(existing, read.file.records);
        setState({
          step: 'plan',
          fileName: file.name,
          incoming: read.file.records,
          lang: read.file.lang,
          existing,
          plan,
          changedMeanwhile: false,
        });
      }
    } catch (error) {
      setState({ step: 'failed', fileName: file.name, summary: errorText(error, tr), problems: [] });
    } finally {
      setBusy(false);
      setWorking(null);
      focusSoon();
    }
  }

  async function confirm() {
    if (state.step !== 'plan') return;
    const resolved = resolveImport(state.plan, choices);
    if (!resolved.ok) {
      setUndecided(resolved.undecided.map((c) => c.key));
      focusSoon();
      return;
    }
    setBusy(true);
    setWriteError(null);
    try {
      const existing = await exportRecords();
      const fresh = planImport(existing, state.incoming);
      if (planKey(fresh) !== planKey(state.plan)) {
        setState({ ...state, existing, plan: fresh, changedMeanwhile: true });
        setChoices(new Map([...choices].filter(([k]) => fresh.conflicts.some((c) => c.key === k))));
        focusSoon();
        return;
      }
      await importRecords(resolved.records);
      keepFileLanguage(state.lang);
      const replaced = resolved.records.length - state.plan.add.length;
      setState({
        step: 'done',
        message: tr.m('workspace.importedFile', {
          file: state.fileName,
          added: state.plan.add.length,
          replaced,
          unchanged: state.plan.unchanged.length,
        }),
      });
      onImported();
      focusSoon();
    } catch (error) {
      setWriteError(errorText(error, tr));
      focusSoon();
    } finally {
      setBusy(false);
    }
  }

  function choose(key: RecordKey, choice: Choice) {
    setChoices((prev) => new Map(prev).set(key, choice));
    setUndecided((prev) => prev.filter((k) => k !== key));
  }

  function chooseAll(choice: Choice) {
    if (state.step !== 'plan') return;
    setChoices(new Map(state.plan.conflicts.filter((c) => !c.locked).map((c) => [c.key, choice])));
    setUndecided([]);
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-10">
      <h2 id={`${ids}-h`} className="text-2xl font-semibold">
        {tr.m('workspace.importTitle')}
      </h2>
      <p className="mt-2 max-w-column">{tr.m('workspace.importText')}</p>
      <label htmlFor={`${ids}-file`} className="mt-4 block font-medium">
        {tr.m('workspace.workspaceFile')}
      </label>
      <input
        id={`${ids}-file`}
        type="file"
        accept="application/json,.json"
        onChange={chooseFile}
        disabled={busy}
        className={FILE_INPUT_CLASS}
      />

      <p role="status" className="mt-2">
        {working}
      </p>
      <div ref={focusRef} tabIndex={-1}>
        {state.step === 'failed' ? (
          <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
            <p className="font-semibold">
              {tr.m('workspace.fileFailed', { file: state.fileName, summary: state.summary })}
            </p>
            {state.problems.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {state.problems.map((p) => (
                  <li key={`${p.where}|${p.message}`} className="break-words">
                    <span className="font-medium">{p.where}</span>: {p.text ? tr.t(p.text) : p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        {state.step === 'done' ? (
          <Notice tone="success" title={state.message} live>
            <p>
              <a href="#/workspace" className="text-accent underline underline-offset-2">
                {tr.m('workspace.openWorkspace')}
              </a>
            </p>
          </Notice>
        ) : null}

        {state.step === 'plan' ? (
          <div className="mt-4">
            {state.changedMeanwhile ? (
              <Notice tone="warning" title={tr.m('workspace.changedMeanwhile')}>
                <p>{tr.m('workspace.changedMeanwhileText')}</p>
              </Notice>
            ) : null}
            {writeError ? (
              <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
                <p className="font-semibold">{tr.m('workspace.nothingImported')}</p>
                <p className="mt-1">{writeError}</p>
              </div>
            ) : null}
            <ImportPlanView
              fileName={state.fileName}
              plan={state.plan}
              nameOf={namesFrom(tr, state.incoming, state.existing)}
              choices={choices}
              undecided={undecided}
              onChoose={choose}
              onChooseAll={chooseAll}
            />
            <div className="mt-6 flex flex-wrap gap-4">
              <Button onClick={() => void confirm()} disabled={busy}>
                {tr.m('workspace.import')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setState({ step: 'idle' });
                  setUndecided([]);
                }}
                disabled={busy}
              >
                {tr.m('workspace.cancel')}
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/**
 * Import a model register (CSV): a preview first — the rows that will become assessments (complete ones
 * evaluated, the others kept as drafts) and each bad row with its line, column and what is wrong — then one
 * confirmation writes the good rows in one transaction. Bad rows are never imported; fix them and import the
 * file again (rows already imported would then be imported twice, so the preview says which lines they are).
 */
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import {
  MAX_REGISTER_BYTES,
  parseRegister,
  type RegisterResult,
  type RowProblem,
  registerTemplateCsv,
} from '../../export/register-csv';
import { useTranslator } from '../../i18n/react';
import { importRecords } from '../../shared/workspace/store';
import { downloadText, localToday } from './download';
import { previewRows, type RowPreview, registerRecords } from './register-records';
import { afterPaint, errorText, FILE_INPUT_CLASS } from './ui';

type State =
  | { step: 'idle' }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; rows: RowPreview[]; problems: RowProblem[] }
  | { step: 'done'; message: string };

export function RegisterImport({ onImported }: { onImported: () => void }) {
  const tr = useTranslator();
  const ids = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [working, setWorking] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const focusRef = useRef<HTMLDivElement>(null);
  const focusSoon = () => requestAnimationFrame(() => focusRef.current?.focus());

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setWriteError(null);
    setBusy(true);
    setWorking(tr.m('workspace.reading', { name: file.name }));
    await afterPaint();
    const tooLarge: RegisterResult = {
      ok: false,
      message: tr.m('workspace.registerTooLarge', { mb: MAX_REGISTER_BYTES / 1024 / 1024 }),
    };
    try {
      // Judged by its size before reading, so a huge file is never loaded into memory.
      const parsed = file.size > MAX_REGISTER_BYTES ? tooLarge : parseRegister(await file.text(), tr);
      if (!parsed.ok) {
        const at = parsed.line
          ? parsed.column
            ? tr.m('workspace.registerAtLineColumn', { line: parsed.line, column: parsed.column })
            : tr.m('workspace.registerAtLine', { line: parsed.line })
          : '';
        setState({ step: 'failed', fileName: file.name, message: `${at}${parsed.message}` });
      } else
        setState({
          step: 'preview',
          fileName: file.name,
          rows: previewRows(parsed.rows),
          problems: parsed.problems,
        });
    } catch (error) {
      setState({ step: 'failed', fileName: file.name, message: errorText(error, tr) });
    }
    setWorking(null);
    setBusy(false);
    focusSoon();
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    setBusy(true);
    setWriteError(null);
    setWorking(tr.m('workspace.importingModels', { n: state.rows.length }));
    await afterPaint();
    try {
      const records = registerRecords(state.rows, {
        asOf: localToday(),
        now: new Date().toISOString(),
        newId: () => crypto.randomUUID(),
      });
      await importRecords(records);
      const complete = state.rows.filter((p) => p.complete).length;
      setState({
        step: 'done',
        message: tr.m('workspace.registerImported', {
          n: state.rows.length,
          file: state.fileName,
          complete,
          drafts: state.rows.length - complete,
          bad: state.problems.length
            ? tr.m('workspace.registerBadNotImported', { n: new Set(state.problems.map((p) => p.line)).size })
            : '',
        }),
      });
      onImported();
    } catch (error) {
      setWriteError(errorText(error, tr));
    } finally {
      setBusy(false);
      setWorking(null);
      focusSoon();
    }
  }

  const badLines = state.step === 'preview' ? new Set(state.problems.map((p) => p.line)).size : 0;

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-10">
      <h2 id={`${ids}-h`} className="text-2xl font-semibold">
        {tr.m('workspace.registerTitle')}
      </h2>
      <p className="mt-2 max-w-column">{tr.m('workspace.registerText')}</p>
      <p className="mt-2">
        <Button
          variant="link"
          onClick={() =>
            downloadText(registerTemplateCsv(), 'gpai-navigator-register-template.csv', 'text/csv')
          }
        >
          {tr.m('workspace.downloadTemplate')}
        </Button>
      </p>
      <label htmlFor={`${ids}-file`} className="mt-4 block font-medium">
        {tr.m('workspace.registerFile')}
      </label>
      <input
        id={`${ids}-file`}
        type="file"
        accept="text/csv,.csv"
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
            <p className="font-semibold">{tr.m('workspace.registerUnreadable', { file: state.fileName })}</p>
            <p className="mt-1">{state.message}</p>
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

        {state.step === 'preview' ? (
          <div className="mt-4" data-testid="register-preview">
            <h3 className="text-xl font-semibold">{tr.m('workspace.planTitle', { file: state.fileName })}</h3>
            <p className="mt-1">
              {tr.m('workspace.registerReady', {
                n: state.rows.length,
                bad: badLines ? tr.m('workspace.registerReadyBad', { n: badLines }) : '',
              })}
            </p>
            {state.problems.length ? (
              <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
                <p className="font-semibold">{tr.m('workspace.registerProblems')}</p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {state.problems.map((p) => (
                    <li key={`${p.line}|${p.column}|${p.message}`} className="break-words">
                      <span className="font-medium">
                        {tr.m('workspace.problemLine', { line: p.line })}
                        {p.column ? tr.m('workspace.problemColumn', { column: p.column }) : ''}
                      </span>
                      : {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {state.rows.length ? (
              <div className="mt-4 overflow-x-auto">
                <table className="min-w-full border-collapse text-left">
                  <caption className="sr-only">{tr.m('workspace.rowsImported')}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-400">
                      <th scope="col" className="py-2 pr-4">
                        {tr.m('workspace.colLine')}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {tr.m('workspace.colModel')}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {tr.m('workspace.colRowOwner')}
                      </th>
                      <th scope="col" className="py-2">
                        {tr.m('workspace.colBecomes')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.rows.map(({ row, complete }) => (
                      <tr key={row.line} className="border-b border-slate-200">
                        <td className="py-2 pr-4">{row.line}</td>
                        <td className="py-2 pr-4 break-words">{row.name}</td>
                        <td className="py-2 pr-4">{row.owner || '—'}</td>
                        <td className="py-2">
                          {complete ? tr.m('workspace.becomesEvaluated') : tr.m('workspace.becomesDraft')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {writeError ? (
              <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
                <p className="font-semibold">{tr.m('workspace.nothingImported')}</p>
                <p className="mt-1">{writeError}</p>
              </div>
            ) : null}
            <div className="mt-6 flex flex-wrap gap-4">
              {state.rows.length ? (
                <Button onClick={() => void confirm()} disabled={busy}>
                  {tr.m('workspace.importModels', { n: state.rows.length })}
                </Button>
              ) : null}
              <Button variant="secondary" onClick={() => setState({ step: 'idle' })} disabled={busy}>
                {tr.m('workspace.cancel')}
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}

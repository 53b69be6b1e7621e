/**
 * Import answers from a JSON file made with "Export answers": validated (errors name the field), version 1
 * files migrated (the report then says what changed), other versions refused with the reason; then saved as
 * this browser's draft and shown as a report. The validation code (zod) is imported only when a file is
 * chosen, so the start page stays light.
 */
import { useNavigate } from '@tanstack/react-router';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { tx } from '../../engine/text';
import type { ImportResult } from '../../export/answers-json';
import { SCREEN_PACKS } from '../../i18n/message-id';
import { useTranslator } from '../../i18n/react';

type ImportFailure = Extract<ImportResult, { ok: false }> & { fileName: string };

export interface ImportAnswersFileProps {
  /** Heading level text, e.g. "Import answers". */
  title: string;
  headingLevel?: 'h2' | 'h3';
  /** Told what was imported (for a status message), before the report for the imported answers opens. */
  onImported?: (message: string) => void;
}

export function ImportAnswersFile({
  title,
  headingLevel = 'h3',
  onImported,
}: ImportAnswersFileProps): React.JSX.Element {
  const navigate = useNavigate();
  const tr = useTranslator();
  const ids = useId();
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);
  const Heading = headingLevel;

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    let result: ImportResult;
    try {
      const { importAnswersJson, MAX_IMPORT_BYTES, TOO_LARGE, TOO_LARGE_TEXT } = await import(
        '../../export/answers-json'
      );
      // Judged by its size before reading, so a huge file is never loaded into memory.
      result =
        file.size > MAX_IMPORT_BYTES
          ? { ok: false, summary: TOO_LARGE, summaryText: TOO_LARGE_TEXT, issues: [] }
          : importAnswersJson(await file.text());
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const summaryText = tx('app.importUnreadable', { reason });
      result = { ok: false, summary: tr.t(summaryText), summaryText, issues: [] };
    }
    input.value = ''; // choosing the same file again runs the import again
    // The problems are worded with the wizard's and the report's words, which the start page has not loaded.
    await import('../../i18n/load').then((load) => load.loadPacks(tr, SCREEN_PACKS)).catch(() => undefined);
    setBusy(false);
    if (!result.ok) {
      setFailure({ ...result, fileName: file.name });
      // Move focus to the error so keyboard and screen-reader users hear it.
      requestAnimationFrame(() => errorBox.current?.focus());
      return;
    }
    setFailure(null);
    // The file opens as a report, like a share link: nothing in the workspace changes until the reader chooses
    // "Save to my workspace" there (ADR 0092).
    const { encodeAnswers } = await import('../../share/codec');
    const { migration } = result;
    onImported?.(
      tr.m('app.importDone', {
        fileName: file.name,
        fromVersion: migration ? String(migration.fromVersion) : 'none',
      }),
    );
    // The model name never goes into the address bar (history, copied links): the link is made without it,
    // and the name and any migration notes travel in the history entry, which a reload keeps.
    const a = encodeAnswers(result.answers, { includeModelName: false });
    const { modelName } = result.answers;
    await navigate({
      to: '/report',
      search: { a, asOf: undefined },
      state: {
        importedFile:
          migration || modelName ? { a, migration, ...(modelName ? { modelName } : {}) } : undefined,
      },
    });
  }

  return (
    <section aria-labelledby={`${ids}-import`}>
      <Heading id={`${ids}-import`} className="text-lg font-semibold">
        {title}
      </Heading>
      <label htmlFor={`${ids}-file`} className="mt-2 block font-medium">
        {tr.m('app.importFileLabel')}
      </label>
      <p id={`${ids}-file-hint`} className="text-sm text-slate-600">
        {tr.m('app.importFileHint')}
      </p>
      <input
        id={`${ids}-file`}
        data-testid="import-answers"
        type="file"
        accept="application/json,.json"
        aria-describedby={`${ids}-file-hint`}
        onChange={importFile}
        disabled={busy}
        className="mt-2 block w-full max-w-full text-sm file:mr-3 file:cursor-pointer file:rounded-sm file:border-0 file:bg-slate-200 file:px-5 file:py-2.5 file:font-semibold file:text-base file:text-slate-900 file:shadow-[0_2px_0_#64748b] hover:file:bg-slate-300"
      />
      {failure ? (
        <div
          ref={errorBox}
          tabIndex={-1}
          role="alert"
          data-testid="import-error"
          className="mt-3 rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <p className="font-semibold">
            {failure.fileName}: {tr.t(failure.summaryText)}
          </p>
          {failure.issues.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {failure.issues.map((issue) => (
                <li key={`${issue.path}|${issue.message.msg}`}>
                  {issue.path ? <code className="font-mono text-sm">{issue.path}</code> : null}
                  {issue.path ? ': ' : ''}
                  {tr.t(issue.message)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

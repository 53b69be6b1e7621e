/**
 * "Keep and share this result": copy a share link (answers in the URL fragment, model name only on request),
 * download the PDF summary or the same memo as Word (each library loaded only on click), the calendar (.ics) and the answers (JSON), and import
 * answers from a JSON file. Nothing is uploaded anywhere (issue #5, ADRs 0020–0021).
 */

import { useId, useMemo, useRef, useState } from 'react';
import type { Answers } from '../../engine/answers';
import { answersInWords } from '../../engine/questionnaire';
import type { Report } from '../../engine/report';
import { answersToJson } from '../../export/answers-json';
import { exportFileName } from '../../export/file-names';
import { buildCalendar } from '../../export/ics';
import { localize } from '../../i18n/localize';
import { useTranslator } from '../../i18n/react';
import { encodeAnswers, shareUrl } from '../../share/codec';
import { answersHash } from '../../share/hash';
import type { ProvenanceMap, Signoff } from '../../shared/workspace/types';
import { downloadFile, localIsoDate, localIsoDateTime } from './download';
import { ImportAnswersFile } from './ImportAnswersFile';

/** A workspace draft or version (issue #9, ADR 0094): the PDF, Word and JSON files carry its sign-off and provenance. */
export interface ExportRecord {
  signoff: Signoff | null;
  provenance: ProvenanceMap;
  versionSeq: number | null;
  answersHash: string;
}

export interface ReportExportsProps {
  answers: Answers;
  report: Report;
  record?: ExportRecord;
}

const button =
  'inline-flex items-center gap-2 rounded border border-accent px-3 py-2 font-semibold text-accent hover:bg-accent-soft disabled:cursor-wait disabled:opacity-70';

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function ReportExports({ answers, report, record }: ReportExportsProps): React.JSX.Element {
  const ids = useId();
  const translator = useTranslator();
  const [includeModelName, setIncludeModelName] = useState(false);
  const [status, setStatus] = useState('');
  const [pdfBusy, setPdfBusy] = useState(false);
  const [docxBusy, setDocxBusy] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);

  const hash = useMemo(() => answersHash(answers), [answers]);
  const hasModelName = Boolean(answers.modelName?.trim());
  // A what-if date travels with the link; a report as of today opens as of the recipient's today.
  const link = useMemo(
    () =>
      shareUrl(
        window.location.href,
        encodeAnswers(answers, { includeModelName: includeModelName && hasModelName }),
        // Issue #11: the link opens in the sender's language (unless the recipient switches).
        { ...(report.asOf !== localIsoDate() ? { asOf: report.asOf } : {}), lang: translator.lang },
      ),
    [answers, includeModelName, hasModelName, report.asOf, translator.lang],
  );
  const fileDate = report.asOf;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(
        translator.m(
          includeModelName && hasModelName
            ? 'app.exportsLinkCopiedWithName'
            : 'app.exportsLinkCopiedWithoutName',
        ),
      );
    } catch {
      linkField.current?.select();
      setStatus(translator.m('app.exportsCopyRefused'));
    }
  }

  /** What the PDF and Word memos are built from. */
  function memoInput() {
    return {
      translator,
      report,
      answers,
      answersInWords: localize(answersInWords(answers), translator).flatMap((section) =>
        section.rows.map((row) => ({
          section: section.title,
          question: row.label,
          answer: row.value,
          questionId: row.questionId,
        })),
      ),
      // The filed memo reopens exactly: the link carries its as-of date.
      shareLink: shareUrl(
        window.location.href,
        encodeAnswers(answers, { includeModelName: includeModelName && hasModelName }),
        { asOf: report.asOf },
      ),
      generatedAt: localIsoDateTime(),
      // A version's own hash: the one its sign-off was given on.
      answersHash: record?.answersHash ?? hash,
      ...(record
        ? {
            record: {
              signoff: record.signoff,
              provenance: record.provenance,
              versionSeq: record.versionSeq,
            },
          }
        : {}),
    };
  }

  async function downloadDocx() {
    setDocxBusy(true);
    setStatus(translator.m('app.exportsDocxPreparing'));
    try {
      const { createReportDocx } = await import('../../export/docx/browser');
      const { bytes, fileName } = await createReportDocx(memoInput());
      downloadFile(
        bytes,
        fileName,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      setStatus(translator.m('app.exportsDocxSaved', { fileName }));
    } catch (e) {
      setStatus(translator.m('app.exportsDocxFailed', { reason: errorMessage(e) }));
    } finally {
      setDocxBusy(false);
    }
  }

  async function downloadPdf() {
    setPdfBusy(true);
    setStatus(translator.m('app.exportsPdfPreparing'));
    try {
      const { createReportPdf } = await import('../../pdf/browser');
      const { bytes, fileName } = await createReportPdf(memoInput());
      downloadFile(bytes, fileName, 'application/pdf');
      setStatus(translator.m('app.exportsPdfSaved', { fileName }));
    } catch (e) {
      setStatus(translator.m('app.exportsPdfFailed', { reason: errorMessage(e) }));
    } finally {
      setPdfBusy(false);
    }
  }

  function downloadCalendar() {
    const fileName = exportFileName('deadlines', answers.modelName, fileDate, 'ics', translator);
    downloadFile(buildCalendar({ report, answers, translator }), fileName, 'text/calendar;charset=utf-8');
    setStatus(translator.m('app.exportsCalendarSaved', { fileName }));
  }

  function exportJson() {
    const fileName = exportFileName('answers', answers.modelName, fileDate, 'json', translator);
    downloadFile(
      answersToJson(answers, record ? { provenance: record.provenance, signoff: record.signoff } : undefined),
      fileName,
      'application/json',
    );
    const signoff = Boolean(record?.signoff);
    const sources = Boolean(record && Object.keys(record.provenance).length);
    const carried = signoff && sources ? 'both' : signoff ? 'signoff' : sources ? 'sources' : 'none';
    setStatus(translator.m('app.exportsJsonSaved', { fileName, carried }));
  }

  return (
    <div className="space-y-8" data-testid="report-exports">
      <section aria-labelledby={`${ids}-share`}>
        <h3 id={`${ids}-share`} className="text-lg font-semibold">
          {translator.m('app.exportsShareHeading')}
        </h3>
        <p className="mt-1 text-slate-700">{translator.m('app.exportsShareIntro')}</p>
        <div className="mt-3 flex items-start gap-2">
          <input
            id={`${ids}-name`}
            type="checkbox"
            className="mt-1 h-4 w-4"
            checked={includeModelName && hasModelName}
            disabled={!hasModelName}
            onChange={(e) => setIncludeModelName(e.currentTarget.checked)}
            aria-describedby={`${ids}-name-hint`}
          />
          <div>
            <label htmlFor={`${ids}-name`}>{translator.m('app.exportsIncludeName')}</label>
            <p id={`${ids}-name-hint`} className="text-sm text-slate-600">
              {translator.m(hasModelName ? 'app.exportsIncludeNameHint' : 'app.exportsNoModelName')}
            </p>
          </div>
        </div>
        <label htmlFor={`${ids}-link`} className="mt-3 block font-medium">
          {translator.m('app.exportsLinkLabel')}
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id={`${ids}-link`}
            ref={linkField}
            data-testid="share-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-2 font-mono text-sm"
          />
          <button type="button" className={button} onClick={copyLink}>
            {translator.m('app.exportsCopyLink')}
          </button>
        </div>
      </section>

      <section aria-labelledby={`${ids}-files`}>
        <h3 id={`${ids}-files`} className="text-lg font-semibold">
          {translator.m('app.exportsDownloadHeading')}
        </h3>
        <ul className="mt-2 space-y-3">
          <li>
            <button
              type="button"
              className={button}
              onClick={downloadPdf}
              disabled={pdfBusy}
              aria-busy={pdfBusy}
            >
              {translator.m(pdfBusy ? 'app.exportsPdfPreparing' : 'app.exportsPdfButton')}
            </button>
            <p className="mt-1 text-sm text-slate-600">
              {record?.signoff
                ? translator.m('app.exportsPdfHintSigned', { name: record.signoff.name })
                : translator.m('app.exportsPdfHint')}
            </p>
          </li>
          <li>
            <button
              type="button"
              className={button}
              onClick={downloadDocx}
              disabled={docxBusy}
              aria-busy={docxBusy}
            >
              {translator.m(docxBusy ? 'app.exportsDocxPreparing' : 'app.exportsDocxButton')}
            </button>
            <p className="mt-1 text-sm text-slate-600">{translator.m('app.exportsDocxHint')}</p>
          </li>
          <li>
            <button type="button" className={button} onClick={downloadCalendar}>
              {translator.m('app.exportsCalendarButton')}
            </button>
            <p className="mt-1 text-sm text-slate-600">{translator.m('app.exportsCalendarHint')}</p>
          </li>
          <li>
            <button type="button" className={button} onClick={exportJson}>
              {translator.m('app.exportsJsonButton')}
            </button>
            <p className="mt-1 text-sm text-slate-600">{translator.m('app.exportsJsonHint')}</p>
          </li>
        </ul>
      </section>

      <ImportAnswersFile title={translator.m('app.importHeading')} onImported={setStatus} />

      <p role="status" aria-live="polite" data-testid="exports-status" className="min-h-6 font-medium">
        {status}
      </p>
    </div>
  );
}

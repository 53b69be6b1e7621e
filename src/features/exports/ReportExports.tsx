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
        report.asOf !== localIsoDate() ? { asOf: report.asOf } : {},
      ),
    [answers, includeModelName, hasModelName, report.asOf],
  );
  const fileDate = report.asOf;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(
        includeModelName && hasModelName
          ? 'Link copied. It contains your answers and the model name.'
          : 'Link copied. It contains your answers but not the model name.',
      );
    } catch {
      linkField.current?.select();
      setStatus(
        'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      );
    }
  }

  /** What the PDF and Word memos are built from. */
  function memoInput() {
    return {
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
    setStatus('Preparing the Word document…');
    try {
      const { createReportDocx } = await import('../../export/docx/browser');
      const { bytes, fileName } = await createReportDocx(memoInput());
      downloadFile(
        bytes,
        fileName,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      setStatus(`Word document saved as ${fileName}.`);
    } catch (e) {
      setStatus(`The Word document could not be made: ${errorMessage(e)} Try again.`);
    } finally {
      setDocxBusy(false);
    }
  }

  async function downloadPdf() {
    setPdfBusy(true);
    setStatus('Preparing the PDF…');
    try {
      const { createReportPdf } = await import('../../pdf/browser');
      const { bytes, fileName } = await createReportPdf(memoInput());
      downloadFile(bytes, fileName, 'application/pdf');
      setStatus(`PDF summary saved as ${fileName}.`);
    } catch (e) {
      setStatus(`The PDF could not be made: ${errorMessage(e)} Try again.`);
    } finally {
      setPdfBusy(false);
    }
  }

  function downloadCalendar() {
    const fileName = exportFileName('deadlines', answers.modelName, fileDate, 'ics');
    downloadFile(buildCalendar({ report, answers }), fileName, 'text/calendar;charset=utf-8');
    setStatus(`Calendar saved as ${fileName}. Open it with your calendar app to add the deadlines.`);
  }

  function exportJson() {
    const fileName = exportFileName('answers', answers.modelName, fileDate, 'json');
    downloadFile(
      answersToJson(answers, record ? { provenance: record.provenance, signoff: record.signoff } : undefined),
      fileName,
      'application/json',
    );
    const carried = [
      record?.signoff ? 'the sign-off' : '',
      record && Object.keys(record.provenance).length ? 'the sources of the answers' : '',
    ].filter(Boolean);
    setStatus(
      `Answers saved as ${fileName}${carried.length ? `, with ${carried.join(' and ')}` : ''}. Import the file here later to see this report again.`,
    );
  }

  return (
    <div className="space-y-8" data-testid="report-exports">
      <section aria-labelledby={`${ids}-share`}>
        <h3 id={`${ids}-share`} className="text-lg font-semibold">
          Share link
        </h3>
        <p className="mt-1 text-slate-700">
          The link holds your answers, not the result, after the “#” — the part browsers never send to a
          server. Whoever opens it sees this report worked out again in their browser.
        </p>
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
            <label htmlFor={`${ids}-name`}>Include the model name in the link</label>
            <p id={`${ids}-name-hint`} className="text-sm text-slate-600">
              {hasModelName
                ? 'Off by default: the name may be confidential. Without it the recipient sees the same verdicts.'
                : 'No model name was given.'}
            </p>
          </div>
        </div>
        <label htmlFor={`${ids}-link`} className="mt-3 block font-medium">
          Link to this report
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
            Copy link
          </button>
        </div>
      </section>

      <section aria-labelledby={`${ids}-files`}>
        <h3 id={`${ids}-files`} className="text-lg font-semibold">
          Download
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
              {pdfBusy ? 'Preparing the PDF…' : 'Download PDF summary'}
            </button>
            <p className="mt-1 text-sm text-slate-600">
              {record?.signoff
                ? `Everything in this report, all your answers, the link and the sign-off by ${record.signoff.name}, for your files.`
                : 'Everything in this report, all your answers, the link and a sign-off block, for your files.'}
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
              {docxBusy ? 'Preparing the Word document…' : 'Download Word document (.docx)'}
            </button>
            <p className="mt-1 text-sm text-slate-600">
              The same memo as the PDF, editable: headings, tables, linked sources and your answers.
            </p>
          </li>
          <li>
            <button type="button" className={button} onClick={downloadCalendar}>
              Download calendar (.ics)
            </button>
            <p className="mt-1 text-sm text-slate-600">
              Every deadline as an all-day event (it includes the model name, not your answers).
            </p>
          </li>
          <li>
            <button type="button" className={button} onClick={exportJson}>
              Export answers (JSON)
            </button>
            <p className="mt-1 text-sm text-slate-600">
              A file with your answers to keep, import later, or run through the command line.
            </p>
          </li>
        </ul>
      </section>

      <ImportAnswersFile title="Import answers" onImported={setStatus} />

      <p role="status" aria-live="polite" data-testid="exports-status" className="min-h-6 font-medium">
        {status}
      </p>
    </div>
  );
}

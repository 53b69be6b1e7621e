import { useState } from 'react';
import { Button } from '../../components/Button';
import { type Comparison, comparisonFile } from '../../engine/compare';
import { tx } from '../../engine/text';
import { inEnglish } from '../../i18n/english-results';
import { useTranslator } from '../../i18n/react';
import type { WordedComparison } from '../../shared/compare/words';
import { downloadFile } from './download';

/** Download the comparison as a PDF (built on click, jsPDF loaded then) or as the versioned JSON document. */
export function CompareExports({
  comparison,
  worded,
  today,
}: {
  comparison: Comparison;
  worded: WordedComparison;
  today: string;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const pdf = async () => {
    setStatus({ busy: true, error: null });
    try {
      const { createComparisonPdf, comparisonPdfFileName } = await import('../../pdf/compare-pdf');
      const bytes = await createComparisonPdf(worded, tr.date(today), tr);
      downloadFile(bytes, comparisonPdfFileName(today), 'application/pdf');
      setStatus({ busy: false, error: null });
    } catch (e) {
      setStatus({
        busy: false,
        error: t(tx('compare.pdfFailed', { error: e instanceof Error ? e.message : String(e) })),
      });
    }
  };
  const json = () => {
    // The JSON is for automation: in English, the same document as the command line's --json.
    const doc = inEnglish(comparisonFile(comparison, worded.labels));
    downloadFile(
      `${JSON.stringify(doc, null, 2)}\n`,
      `gpai-navigator-comparison-${today}.json`,
      'application/json',
    );
  };

  return (
    <section aria-labelledby="compare-exports-title" className="mt-10">
      <h3 id="compare-exports-title" className="text-lg font-semibold">
        {t(tx('compare.exportHeading'))}
      </h3>
      <p className="mt-2 flex flex-wrap gap-3">
        <Button onClick={() => void pdf()} disabled={status.busy} aria-describedby="compare-pdf-status">
          {t(status.busy ? tx('compare.makingPdf') : tx('compare.downloadPdf'))}
        </Button>
        <Button variant="secondary" onClick={json}>
          {t(tx('compare.downloadJson'))}
        </Button>
      </p>
      <p id="compare-pdf-status" role="status" className="mt-2 text-red-700">
        {status.error}
      </p>
      <p className="mt-2 text-sm text-slate-600">
        {t(tx('compare.jsonNoteBefore'))} <code>npm run assess -- --compare a.json b.json --json</code>.
      </p>
    </section>
  );
}

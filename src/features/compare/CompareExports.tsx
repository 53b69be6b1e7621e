import { useState } from 'react';
import { Button } from '../../components/Button';
import { type Comparison, comparisonFile } from '../../engine/compare';
import { formatDate } from '../../engine/dates';
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
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const pdf = async () => {
    setStatus({ busy: true, error: null });
    try {
      const { createComparisonPdf, comparisonPdfFileName } = await import('../../pdf/compare-pdf');
      const bytes = await createComparisonPdf(worded, formatDate(today));
      downloadFile(bytes, comparisonPdfFileName(today), 'application/pdf');
      setStatus({ busy: false, error: null });
    } catch (e) {
      setStatus({
        busy: false,
        error: `The PDF could not be made: ${e instanceof Error ? e.message : String(e)} Try again, or download the JSON.`,
      });
    }
  };
  const json = () => {
    const doc = comparisonFile(comparison, worded.labels);
    downloadFile(
      `${JSON.stringify(doc, null, 2)}\n`,
      `gpai-navigator-comparison-${today}.json`,
      'application/json',
    );
  };

  return (
    <section aria-labelledby="compare-exports-title" className="mt-10">
      <h3 id="compare-exports-title" className="text-lg font-semibold">
        Export this comparison
      </h3>
      <p className="mt-2 flex flex-wrap gap-3">
        <Button onClick={() => void pdf()} disabled={status.busy} aria-describedby="compare-pdf-status">
          {status.busy ? 'Making the PDF…' : 'Download PDF'}
        </Button>
        <Button variant="secondary" onClick={json}>
          Download JSON
        </Button>
      </p>
      <p id="compare-pdf-status" role="status" className="mt-2 text-red-700">
        {status.error}
      </p>
      <p className="mt-2 text-sm text-slate-600">
        The JSON follows the format “gpai-navigator/comparison”, version 1 — the same document as{' '}
        <code>npm run assess -- --compare a.json b.json --json</code>.
      </p>
    </section>
  );
}

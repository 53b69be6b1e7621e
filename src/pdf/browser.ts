/**
 * Browser entry of the PDF export, loaded with import() only when the user asks for a PDF: fetches the
 * embedded fonts from the same origin (CSP connect-src 'self') and builds the file. Keeps jsPDF, autotable and
 * the fonts out of the first load.
 */
import { buildReportPdf, type PdfFonts, type ReportPdfInput, reportPdfFileName } from './build-report-pdf';

export const FONT_FILES = {
  regular: 'fonts/NotoSans-Regular.subset.ttf',
  bold: 'fonts/NotoSans-Bold.subset.ttf',
} as const;

let fontsPromise: Promise<PdfFonts> | null = null;

async function fetchFont(path: string): Promise<Uint8Array> {
  // Relative to the page (the app is served from any sub-path: vite base './').
  const response = await fetch(new URL(path, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchFont(FONT_FILES.regular), fetchFont(FONT_FILES.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontsPromise = null; // let a later click retry
      throw error;
    },
  );
  return fontsPromise;
}

export async function createReportPdf(
  input: ReportPdfInput,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const fonts = await loadPdfFonts();
  return {
    bytes: buildReportPdf(input, fonts),
    fileName: reportPdfFileName(input.answers.modelName, input.report.asOf, input.translator),
  };
}

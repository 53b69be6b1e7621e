/** Test helpers: read the embedded fonts from public/fonts and extract a PDF's text with pdfjs-dist. Node only. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PdfFonts } from './build-report-pdf';

export function readFonts(): PdfFonts {
  const dir = fileURLToPath(new URL('../../public/fonts/', import.meta.url));
  return {
    regular: new Uint8Array(readFileSync(`${dir}NotoSans-Regular.subset.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}NotoSans-Bold.subset.ttf`)),
  };
}

/** The text of each page, one string per page, lines separated by "\n". */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

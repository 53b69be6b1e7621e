/** Test helper: open a .docx (a zip) with fflate and read its main document, its text and its link targets. */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxContent {
  /** word/document.xml */
  xml: string;
  /** The text of each paragraph, one per line. */
  text: string;
  /** Paragraph texts styled as Heading1 / Heading2. */
  headings: { level: number; text: string }[];
  /** Hyperlink addresses: the relationship's target plus the fragment Word keeps in w:anchor. */
  links: string[];
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : xmlUnescape(m[1])))
    .join('');
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const headings = paragraphs.flatMap((p) => {
    const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(p)?.[1];
    return level ? [{ level: Number(level), text: paragraphText(p) }] : [];
  });
  const targets = new Map(
    [...rels.matchAll(/<Relationship ([^>]*TargetMode="External"[^>]*)\/>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[1] as string)?.[1] ?? '',
      xmlUnescape(/Target="([^"]+)"/.exec(m[1] as string)?.[1] ?? ''),
    ]),
  );
  const links = [...xml.matchAll(/<w:hyperlink ([^>]*)>/g)].map((m) => {
    const attrs = m[1] as string;
    const target = targets.get(/r:id="([^"]+)"/.exec(attrs)?.[1] ?? '') ?? '';
    const anchor = /w:anchor="([^"]*)"/.exec(attrs)?.[1];
    return anchor === undefined ? target : `${target}#${xmlUnescape(anchor)}`;
  });
  return { xml, text: paragraphs.map(paragraphText).join('\n'), headings, links };
}

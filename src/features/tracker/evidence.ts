/**
 * Evidence text with its web addresses: only http and https addresses become links (a javascript:, data: or
 * file: address stays text, so evidence typed by anyone cannot run or open something unexpected). Pure.
 */
/** `start`: where the part begins in the evidence text (a stable key). */
export type EvidencePart =
  | { kind: 'text'; text: string; start: number }
  | { kind: 'link'; text: string; href: string; start: number };

const CANDIDATE = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}'’]+$/;

export function evidenceParts(evidence: string): EvidencePart[] {
  const parts: EvidencePart[] = [];
  let last = 0;
  for (const match of evidence.matchAll(CANDIDATE)) {
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: evidence.slice(last, start), start: last });
    parts.push({ kind: 'link', text: raw, href, start });
    last = start + raw.length;
  }
  if (last < evidence.length) parts.push({ kind: 'text', text: evidence.slice(last), start: last });
  return parts;
}

function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

import type { Provenance } from '../../shared/workspace/types';

/**
 * An answer's provenance in one line, as the check page writes it: "Source: ML lead · Estimate · 12 Nov:
 * logged FLOP". Null when nothing was given (blank fields count as not given).
 */
export function provenanceWords(p: Provenance | undefined): string | null {
  if (!p) return null;
  const parts: string[] = [];
  const source = p.source?.trim();
  const note = p.note?.trim();
  if (source) parts.push(`Source: ${source}`);
  if (p.exactness === 'exact') parts.push('Exact');
  if (p.exactness === 'estimate') parts.push('Estimate');
  if (note) parts.push(note);
  return parts.length > 0 ? parts.join(' · ') : null;
}

import type { Translator } from '../../i18n/translator';
import type { Provenance } from '../../shared/workspace/types';

/**
 * An answer's provenance in one line, as the check page writes it: "Source: ML lead · Estimate · 12 Nov:
 * logged FLOP". Null when nothing was given (blank fields count as not given).
 */
export function provenanceWords(p: Provenance | undefined, tr: Translator): string | null {
  if (!p) return null;
  const parts: string[] = [];
  const source = p.source?.trim();
  const note = p.note?.trim();
  if (source) parts.push(tr.m('reportPage.provenanceSource', { source }));
  if (p.exactness === 'exact') parts.push(tr.m('reportPage.provenanceExact'));
  if (p.exactness === 'estimate') parts.push(tr.m('reportPage.provenanceEstimate'));
  if (note) parts.push(note);
  return parts.length > 0 ? parts.join(' · ') : null;
}

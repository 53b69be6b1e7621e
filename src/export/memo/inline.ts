/** Small builders for memo text: citations as links, rule lists, and one way of writing powers of ten. */
import type { Citation, RuleRef } from '../../engine/report';
import { citationText, sourceUrl } from '../../i18n/citations';
import type { Translator } from '../../i18n/translator';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import type { Inline, MemoBlock, MemoCell, MemoText } from './model';

/** "Art. 53(1)(a); GL §3.2" with each reference linking to its source. */
export function sources(citations: readonly Citation[], tr: Translator): Inline[] {
  const out: Inline[] = [];
  citations.forEach((c, i) => {
    if (i > 0) out.push('; ');
    out.push({ text: citationText(c, tr.lang), href: sourceUrl(c.url, tr.lang) });
  });
  return out;
}

/** "Rules: R24, R25. Sources: Art. 53(1)(a); GL §3.2." */
export function rulesAndSources(
  rules: readonly RuleRef[],
  citations: readonly Citation[],
  tr: Translator,
): Inline[] {
  return [
    tr.m('documents.rulesAndSources', { rules: rules.join(', ') || '—' }),
    ...(citations.length ? sources(citations, tr) : ['—']),
    '.',
  ];
}

/** Joins texts with a separator, keeping their links. */
export function joinText(parts: readonly MemoText[], separator: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(separator);
    if (typeof p === 'string') out.push(p);
    else out.push(...p);
  });
  return out;
}

/**
 * Powers of ten are written one way in the memo: "10²⁵" (the embedded font has the superscript digits). Engine
 * sentences write "10^25"; the answers and compute figures already use superscripts.
 */
function powers(t: MemoText): MemoText {
  return typeof t === 'string'
    ? superscriptPowers(t)
    : t.map((i) =>
        typeof i === 'string' ? superscriptPowers(i) : { ...i, text: superscriptPowers(i.text) },
      );
}

function cellPowers(c: MemoCell): MemoCell {
  return typeof c === 'string' || Array.isArray(c)
    ? powers(c as MemoText)
    : { ...(c as { text: MemoText }), text: powers((c as { text: MemoText }).text) };
}

export function normalisePowers(b: MemoBlock): MemoBlock {
  switch (b.kind) {
    case 'title':
      return { ...b, subtitle: superscriptPowers(b.subtitle) };
    case 'heading':
      return { ...b, text: superscriptPowers(b.text) };
    case 'para':
      return { ...b, text: powers(b.text) };
    case 'bullets':
      return { ...b, items: b.items.map(powers) };
    case 'table':
      return { ...b, rows: b.rows.map((r) => r.map(cellPowers)) };
    case 'summary':
      return { ...b, rows: b.rows.map((r) => ({ ...r, value: superscriptPowers(r.value) })) };
    case 'signOff':
      return b;
  }
}

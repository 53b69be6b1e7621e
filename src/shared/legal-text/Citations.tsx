/** Citation links to the legal texts; used by the report and the methodology page. */
import type { Citation } from '../../engine/report';
import { citationText, sourceUrl } from '../../i18n/citations';
import { useTranslator } from '../../i18n/react';

/** Removes repeated citations (same reference and link), keeping the first. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.ref}|${c.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Citation links to the texts (EUR-Lex, the Commission's pages). Not called "official": the Act is linked in
 * its consolidated version, which is not the authentic text. External links open in a new tab.
 */
export function Citations({ citations, label }: { citations: readonly Citation[]; label?: string }) {
  const tr = useTranslator();
  const list = uniqueCitations(citations);
  if (list.length === 0) return null;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">
        {tr.m('app.citationsLabel', { label: label ?? tr.m('app.sources') })}
      </span>
      {list.map((c, i) => (
        <span key={`${c.ref}|${c.url}`}>
          {i > 0 ? ', ' : null}
          <a
            href={sourceUrl(c.url, tr.lang)}
            target="_blank"
            rel="noopener noreferrer"
            className="citation text-accent underline decoration-1 underline-offset-2"
          >
            {citationText(c, tr.lang)}
            <span className="sr-only"> {tr.m('app.opensInNewTab')}</span>
          </a>
        </span>
      ))}
    </p>
  );
}

import type { Help } from '../../engine/questionnaire';
import { citationText, sourceUrl } from '../../i18n/citations';
import { useTranslator } from '../../i18n/react';

/** "Why we ask" with the rule numbers and links to the official texts (PRODUCT.md: "Cite everything"). */
export function HelpDetails({ help }: { help: Help }) {
  const tr = useTranslator();
  const { t } = tr;
  return (
    <details className="mt-3 text-slate-800">
      <summary className="cursor-pointer text-accent underline underline-offset-2">
        {tr.m('wizard.whyWeAsk')}
      </summary>
      <div className="mt-2 border-l-4 border-slate-300 pl-4">
        <p>{t(help.text)}</p>
        <p className="mt-2 text-sm">
          <span className="font-semibold">{tr.m('wizard.rules')}</span> {help.rules.join(', ')}.{' '}
          <span className="font-semibold">{tr.m('wizard.sources')}</span>{' '}
          {help.citations.map((c, i) => (
            <span key={c.ref}>
              {i > 0 ? ', ' : ''}
              <a
                href={sourceUrl(c.url, tr.lang)}
                target="_blank"
                rel="noreferrer noopener"
                className="underline"
              >
                {citationText(c, tr.lang)}
                <span className="sr-only">{tr.m('wizard.opensInNewTab')}</span>
              </a>
            </span>
          ))}
          .
        </p>
      </div>
    </details>
  );
}

import type { Help } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';

/** "Why we ask" with the rule numbers and links to the official texts (PRODUCT.md: "Cite everything"). */
export function HelpDetails({ help }: { help: Help }) {
  const { t } = useTranslator();
  return (
    <details className="mt-3 text-slate-800">
      <summary className="cursor-pointer text-accent underline underline-offset-2">
        Why we ask this, and the source
      </summary>
      <div className="mt-2 border-l-4 border-slate-300 pl-4">
        <p>{t(help.text)}</p>
        <p className="mt-2 text-sm">
          <span className="font-semibold">Rules:</span> {help.rules.join(', ')}.{' '}
          <span className="font-semibold">Sources:</span>{' '}
          {help.citations.map((c, i) => (
            <span key={c.ref}>
              {i > 0 ? ', ' : ''}
              <a href={c.url} target="_blank" rel="noreferrer noopener" className="underline">
                {c.ref}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </span>
          ))}
          .
        </p>
      </div>
    </details>
  );
}

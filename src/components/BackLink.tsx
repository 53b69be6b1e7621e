import type { ButtonHTMLAttributes } from 'react';
import { useTranslator } from '../i18n/react';

/** GOV.UK-style "Back" control at the top of a question page. */
export function BackLink({ children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const tr = useTranslator();
  return (
    <button
      type="button"
      className="mb-6 inline-flex items-center gap-1 text-accent underline underline-offset-2"
      {...rest}
    >
      <span aria-hidden="true">‹</span> {children ?? tr.m('wizard.back')}
    </button>
  );
}

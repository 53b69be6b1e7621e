import type { ButtonHTMLAttributes } from 'react';

/** GOV.UK-style "Back" control at the top of a question page. */
export function BackLink({ children = 'Back', ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className="mb-6 inline-flex items-center gap-1 text-accent underline underline-offset-2"
      {...rest}
    >
      <span aria-hidden="true">‹</span> {children}
    </button>
  );
}

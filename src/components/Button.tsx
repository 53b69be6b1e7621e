import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'link';

const STYLES: Record<Variant, string> = {
  primary:
    'inline-block rounded-sm bg-accent px-5 py-2.5 font-semibold text-white shadow-[0_2px_0_#0f172a] hover:bg-blue-950',
  secondary:
    'inline-block rounded-sm bg-slate-200 px-5 py-2.5 font-semibold text-slate-900 shadow-[0_2px_0_#64748b] hover:bg-slate-300',
  link: 'inline p-0 text-accent underline underline-offset-2 hover:decoration-2',
};

/** A button; `variant="link"` looks like a link but is a button (it does something, it goes nowhere). */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${STYLES[variant]} ${className ?? ''}`} {...rest} />;
}

/** Classes for a router <Link> that should look like a button. */
export const buttonLinkClass = (variant: Variant = 'primary') => `${STYLES[variant]} no-underline`;

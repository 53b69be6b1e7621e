import type { ReactNode } from 'react';
import type { MessageId } from '../engine/text';
import { useTranslator } from '../i18n/react';

type Tone = 'info' | 'warning' | 'success';

const ICON: Record<Tone, string> = { info: 'ℹ', warning: '!', success: '✓' };
const WORD: Record<Tone, MessageId> = {
  info: 'wizard.noticeInfo',
  warning: 'wizard.noticeWarning',
  success: 'wizard.noticeSuccess',
};
const BORDER: Record<Tone, string> = {
  info: 'border-accent',
  warning: 'border-amber-700',
  success: 'border-green-700',
};

/**
 * A short message with a word and an icon as well as a colour (never colour alone). `live` announces it to
 * screen readers when it appears.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  live = false,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
}) {
  const tr = useTranslator();
  return (
    <div role={live ? 'status' : undefined} className={`my-6 border-l-4 ${BORDER[tone]} bg-slate-50 p-4`}>
      <p className="flex items-start gap-2 font-semibold">
        <span
          aria-hidden="true"
          className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current text-sm"
        >
          {ICON[tone]}
        </span>
        <span>
          <span className="sr-only">{tr.m(WORD[tone])} </span>
          {title}
        </span>
      </p>
      {children ? <div className="mt-2 pl-8">{children}</div> : null}
    </div>
  );
}

import { useLayoutEffect, useRef } from 'react';
import { useTranslator } from '../i18n/react';
import { focusById } from './ids';

export interface ErrorSummaryItem {
  /** Id of the element to focus (the first input of the field in error). */
  targetId: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the page, focused when shown (in a layout effect, so focus has moved
 * by the time the summary is painted), one link per problem that moves focus to the field. `focusKey` changes on every failed submit so focus returns to the summary each time.
 */
export function ErrorSummary({
  items,
  focusKey,
  title,
}: {
  items: readonly ErrorSummaryItem[];
  focusKey: number;
  title?: string;
}) {
  const tr = useTranslator();
  const ref = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each failed submit (focusKey)
  useLayoutEffect(() => {
    if (items.length > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [focusKey, items.length > 0]);
  if (items.length === 0) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-3 focus:outline-offset-2"
    >
      <h2 id="error-summary-title" className="text-xl font-semibold">
        {title ?? tr.m('wizard.errorSummaryTitle')}
      </h2>
      <ul className="mt-3 list-none space-y-2">
        {items.map((item) => (
          <li key={item.targetId}>
            <a
              href={`#${item.targetId}`}
              className="font-semibold text-red-700 underline"
              onClick={(e) => {
                e.preventDefault();
                focusById(item.targetId);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

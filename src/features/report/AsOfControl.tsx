import { useEffect, useId, useState } from 'react';
import { isRealCalendarDate } from '../../engine/answers';
import { formatDate } from '../../engine/dates';

/**
 * "Evaluate as of" date control. The chosen date lives in the URL (`asOf`), so a what-if or an old assessment
 * can be reproduced and shared. A partly typed date is kept locally until it is a real calendar date.
 */
export function AsOfControl({
  asOf,
  today,
  onChange,
}: {
  asOf: string;
  today: string;
  onChange: (date: string | undefined) => void;
}) {
  const id = useId();
  const [value, setValue] = useState(asOf);
  useEffect(() => setValue(asOf), [asOf]);
  return (
    <div className="as-of-control no-print mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <label htmlFor={`${id}-date`} className="block font-medium">
        Evaluate as of
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        See what applies on another date, or reproduce an earlier assessment. The date is kept in the page
        address.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          id={`${id}-date`}
          type="date"
          name="asOf"
          value={value}
          min="2024-01-01"
          max="2199-12-31"
          aria-describedby={`${id}-hint ${id}-words`}
          className="rounded border border-slate-500 bg-white px-2 py-1"
          onChange={(e) => {
            const next = e.target.value;
            setValue(next);
            if (isRealCalendarDate(next)) onChange(next);
          }}
        />
        {/* The browser draws the input in its own locale's format; the app's one format is said beside it. */}
        <span id={`${id}-words`} aria-live="polite">
          {isRealCalendarDate(value) ? (
            <>
              Reads as <strong>{formatDate(value)}</strong>
            </>
          ) : null}
        </span>
        {asOf !== today ? (
          <button
            type="button"
            className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent hover:bg-accent-soft"
            onClick={() => onChange(undefined)}
          >
            Back to today ({formatDate(today)})
          </button>
        ) : null}
      </div>
    </div>
  );
}

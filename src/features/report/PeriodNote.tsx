import type { PeriodEnd } from '../../engine/report';
import { periodMovedWords, periodWords } from '../../export/period-words';
import { useTranslator } from '../../i18n/react';
import { Icon } from './Icon';

/**
 * How a deadline was counted (R87, R89): the legal last day, "at the latest" when it is a bound from placing,
 * and — when the last day fell on a weekend or holiday — that it moved, from which day to which, and why.
 */
export function PeriodNote({ period, className = '' }: { period: PeriodEnd; className?: string }) {
  const tr = useTranslator();
  const moved = periodMovedWords(period, tr);
  return (
    <div
      className={`period-note text-sm ${className}`}
      data-bound={period.bound}
      data-moved={moved ? '' : undefined}
    >
      <p className="text-slate-700">{periodWords(period, tr)}</p>
      {moved ? (
        <p className="period-moved mt-1 flex gap-1.5 rounded border-l-4 border-slate-400 bg-slate-50 px-2 py-1">
          <Icon name="info" className="mt-0.5 h-4 w-4 text-slate-700" />
          <span>{moved}</span>
        </p>
      ) : null}
    </div>
  );
}

import type { Screen, ScreenId } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';

/** How the last answers changed the steps: screens no longer needed and screens added, by title. */
export interface StepsChange {
  removed: readonly string[];
  added: readonly string[];
}

const steps = (n: number) => (n === 1 ? '1 step' : `${n} steps`);

/** "Your last answers changed the steps: 2 steps no longer needed (Licence, Monetisation)." */
export function stepsChangeText(change: StepsChange): string {
  const parts = [
    change.removed.length > 0
      ? `${steps(change.removed.length)} no longer needed (${change.removed.join(', ')})`
      : '',
    change.added.length > 0 ? `${steps(change.added.length)} added (${change.added.join(', ')})` : '',
  ].filter((p) => p !== '');
  return `Your last answers changed the steps: ${parts.join('; ')}.`;
}

/**
 * "Step 3 of 6" for the screens that apply to these answers, and the list of them (done / this page / to
 * do) — status in words, not colour alone.
 */
export function Progress({
  screens,
  current,
  complete,
  change,
}: {
  screens: readonly Screen[];
  current: ScreenId;
  complete: ReadonlySet<ScreenId>;
  /** Set when the answers just given added or removed steps, so the counter never moves without a word. */
  change?: StepsChange | null;
}) {
  const { t } = useTranslator();
  const index = screens.findIndex((s) => s.id === current);
  const position = index + 1;
  const total = screens.length;
  const remaining = total - position;
  return (
    <div className="mb-4">
      <p className="text-slate-700">
        <span className="font-semibold">
          Step {position} of {total}
        </span>
        <span>
          {' '}
          · {remaining === 0 ? 'last step before checking your answers' : `${remaining} more after this one`}
        </span>
      </p>
      <p role="status" className="text-sm text-slate-700">
        {change && (change.removed.length > 0 || change.added.length > 0) ? stepsChangeText(change) : null}
      </p>
      <div aria-hidden="true" className="mt-2 h-1.5 w-full bg-slate-200">
        <div className="h-1.5 bg-accent" style={{ width: `${Math.round((position / total) * 100)}%` }} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent underline underline-offset-2">
          Steps for your answers
        </summary>
        <ol className="mt-2 list-decimal pl-6">
          {screens.map((s) => (
            <li key={s.id} aria-current={s.id === current ? 'step' : undefined}>
              {t(s.title)}{' '}
              <span className="text-slate-600">
                ({s.id === current ? 'this page' : complete.has(s.id) ? 'answered' : 'to do'})
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-1 text-slate-600">Steps are added or removed as your answers show what applies.</p>
      </details>
    </div>
  );
}

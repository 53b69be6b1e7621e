import type { Screen, ScreenId } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';

/** How the last answers changed the steps: screens no longer needed and screens added, by title. */
export interface StepsChange {
  removed: readonly string[];
  added: readonly string[];
}

/** "Your last answers changed the steps: 2 steps no longer needed (Licence, Monetisation)." */
export function stepsChangeText(change: StepsChange, tr: Translator): string {
  const parts = [
    change.removed.length > 0
      ? tr.m('wizard.stepsRemoved', { n: change.removed.length, titles: change.removed.join(', ') })
      : '',
    change.added.length > 0
      ? tr.m('wizard.stepsAdded', { n: change.added.length, titles: change.added.join(', ') })
      : '',
  ].filter((p) => p !== '');
  return tr.m('wizard.stepsChanged', { changes: tr.list(parts, 'semicolon') });
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
  const tr = useTranslator();
  const { t } = tr;
  const index = screens.findIndex((s) => s.id === current);
  const position = index + 1;
  const total = screens.length;
  const remaining = total - position;
  return (
    <div className="mb-4">
      <p className="text-slate-700">
        <span className="font-semibold">{tr.m('wizard.stepOf', { position, total })}</span>
        <span>
          {' '}
          · {remaining === 0 ? tr.m('wizard.lastStep') : tr.m('wizard.moreAfterThis', { n: remaining })}
        </span>
      </p>
      <p role="status" className="text-sm text-slate-700">
        {change && (change.removed.length > 0 || change.added.length > 0)
          ? stepsChangeText(change, tr)
          : null}
      </p>
      <div aria-hidden="true" className="mt-2 h-1.5 w-full bg-slate-200">
        <div className="h-1.5 bg-accent" style={{ width: `${Math.round((position / total) * 100)}%` }} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent underline underline-offset-2">
          {tr.m('wizard.stepsForAnswers')}
        </summary>
        <ol className="mt-2 list-decimal pl-6">
          {screens.map((s) => (
            <li key={s.id} aria-current={s.id === current ? 'step' : undefined}>
              {t(s.title)}{' '}
              <span className="text-slate-600">
                (
                {s.id === current
                  ? tr.m('wizard.stepThisPage')
                  : complete.has(s.id)
                    ? tr.m('wizard.stepAnswered')
                    : tr.m('wizard.stepToDo')}
                )
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-1 text-slate-600">{tr.m('wizard.stepsExplained')}</p>
      </details>
    </div>
  );
}

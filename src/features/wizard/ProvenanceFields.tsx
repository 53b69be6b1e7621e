/**
 * "Add a source or note" under a question (issue #9 "Provenance per answer"): who or what said it, a free
 * note, and for figures and dates whether the value is exact or an estimate. Closed until used; saved with
 * the answers, as they are typed. Not part of the answers: the engine never reads it.
 */
import type { Question } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { Provenance } from '../../shared/workspace/types';

/** Figures and dates can be exact or estimated; a choice or a name cannot. */
export const takesExactness = (q: Question) => q.kind === 'flop' || q.kind === 'count' || q.kind === 'date';

/** The provenance with empty fields left out; undefined when nothing is left. */
export function tidyProvenance(p: Provenance): Provenance | undefined {
  const out: Provenance = {};
  if (p.source?.trim()) out.source = p.source;
  if (p.note?.trim()) out.note = p.note;
  if (p.exactness) out.exactness = p.exactness;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function ProvenanceFields({
  q,
  domId,
  value,
  onChange,
}: {
  q: Question;
  domId: string;
  value: Provenance | undefined;
  onChange: (next: Provenance | undefined) => void;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const id = `${domId}-prov`;
  const set = (patch: Partial<Provenance>) => onChange(tidyProvenance({ ...value, ...patch }));
  const about = <span className="sr-only"> ({t(q.shortLabel)})</span>;
  return (
    <details className="mt-3 text-slate-800" open={value !== undefined || undefined}>
      <summary className="cursor-pointer text-accent underline underline-offset-2">
        {tr.m('wizard.addSourceOrNote')}
        {about}
      </summary>
      <div className="mt-3 space-y-4 border-l-4 border-slate-300 pl-4">
        <div>
          <label htmlFor={`${id}-source`} className="block font-semibold">
            {tr.m('wizard.source')}
            {about}
          </label>
          <p id={`${id}-source-hint`} className="text-sm text-slate-700">
            {tr.m('wizard.sourceHint')}
          </p>
          <input
            id={`${id}-source`}
            aria-describedby={`${id}-source-hint`}
            value={value?.source ?? ''}
            onChange={(e) => set({ source: e.currentTarget.value })}
            maxLength={200}
            autoComplete="off"
            className="mt-2 block w-full max-w-[42ch] rounded-none border-2 border-slate-800 px-2 py-1.5"
          />
        </div>
        <div>
          <label htmlFor={`${id}-note`} className="block font-semibold">
            {tr.m('wizard.note')}
            {about}
          </label>
          <textarea
            id={`${id}-note`}
            value={value?.note ?? ''}
            onChange={(e) => set({ note: e.currentTarget.value })}
            maxLength={2000}
            rows={2}
            className="mt-2 block w-full max-w-[60ch] rounded-none border-2 border-slate-800 px-2 py-1.5"
          />
        </div>
        {takesExactness(q) ? (
          <fieldset>
            <legend className="font-semibold">
              {tr.m('wizard.exactOrEstimate')}
              {about}
            </legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {(['exact', 'estimate'] as const).map((x) => (
                <label key={x} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-exactness`}
                    value={x}
                    checked={value?.exactness === x}
                    onChange={() => set({ exactness: x })}
                    className="m-0 size-6 shrink-0 cursor-pointer accent-accent"
                  />
                  {x === 'exact' ? tr.m('wizard.exact') : tr.m('wizard.estimate')}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>
    </details>
  );
}

/** "Source: ML lead · Estimate · logged FLOP, excludes the failed run" for the check page. */
export function provenanceLine(p: Provenance | undefined, tr: Translator): string | null {
  if (!p) return null;
  const parts = [
    p.source?.trim() ? tr.m('wizard.sourceLine', { source: p.source.trim() }) : null,
    p.exactness === 'exact'
      ? tr.m('wizard.exact')
      : p.exactness === 'estimate'
        ? tr.m('wizard.estimate')
        : null,
    p.note?.trim() ? p.note.trim() : null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

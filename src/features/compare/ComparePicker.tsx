import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Hint } from '../../components/Hint';
import { describedBy, errorId, hintId } from '../../components/ids';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { readDate } from '../../shared/dates/date-input';
import type { PickerGroup } from './picker-options';

export interface CompareChoice {
  a: string;
  b: string;
  asOfA: string | undefined;
  asOfB: string | undefined;
}

interface Props {
  groups: PickerGroup[];
  initial: { a?: string; b?: string; asOfA?: string; asOfB?: string };
  onCompare: (choice: CompareChoice) => void;
}

type Errors = Partial<Record<'a' | 'b' | 'asOfA' | 'asOfB', string>>;

/** A day, or nothing; a month alone is refused here: the comparison must name the day it is evaluated on. */
function readAsOf(
  text: string,
  tr: Translator,
): { ok: true; iso: string | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, iso: undefined };
  const d = readDate(text, undefined, tr);
  if (!d.ok) return d;
  if (d.month) return { ok: false, message: tr.t(tx('compare.dayInMonth', { month: d.month.label })) };
  return { ok: true, iso: d.iso };
}

/** Two pickers (A, B) over the workspace, each with an optional as-of date, and one button. */
export function ComparePicker({ groups, initial, onCompare }: Props) {
  const tr = useTranslator();
  const { t } = tr;
  const known = new Set(groups.flatMap((g) => g.options.map((o) => o.value)));
  const [a, setA] = useState(initial.a && known.has(initial.a) ? initial.a : '');
  const [b, setB] = useState(initial.b && known.has(initial.b) ? initial.b : '');
  const [asOfA, setAsOfA] = useState(initial.asOfA ?? '');
  const [asOfB, setAsOfB] = useState(initial.asOfB ?? '');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!a) next.a = t(tx('compare.chooseSide', { side: 'A' }));
    if (!b) next.b = t(tx('compare.chooseSide', { side: 'B' }));
    const dateA = readAsOf(asOfA, tr);
    const dateB = readAsOf(asOfB, tr);
    if (!dateA.ok) next.asOfA = dateA.message;
    if (!dateB.ok) next.asOfB = dateB.message;
    setErrors(next);
    if (Object.keys(next).length > 0 || !dateA.ok || !dateB.ok) {
      const first = (['a', 'asOfA', 'b', 'asOfB'] as const).find((k) => next[k]);
      if (first) document.getElementById(`compare-${first}`)?.focus();
      return;
    }
    onCompare({ a, b, asOfA: dateA.iso, asOfB: dateB.iso });
  };

  return (
    <form onSubmit={submit} noValidate className="mt-6" aria-label={t(tx('compare.pickerFormLabel'))}>
      <div className="grid gap-6 sm:grid-cols-2">
        <Side
          side="A"
          field="a"
          dateField="asOfA"
          groups={groups}
          value={a}
          onValue={setA}
          date={asOfA}
          onDate={setAsOfA}
          errors={errors}
        />
        <Side
          side="B"
          field="b"
          dateField="asOfB"
          groups={groups}
          value={b}
          onValue={setB}
          date={asOfB}
          onDate={setAsOfB}
          errors={errors}
        />
      </div>
      <Button type="submit" className="mt-6">
        {t(tx('compare.compareButton'))}
      </Button>
    </form>
  );
}

function Side(props: {
  side: 'A' | 'B';
  field: 'a' | 'b';
  dateField: 'asOfA' | 'asOfB';
  groups: PickerGroup[];
  value: string;
  onValue: (v: string) => void;
  date: string;
  onDate: (v: string) => void;
  errors: Errors;
}) {
  const { side, field, dateField, groups, value, onValue, date, onDate, errors } = props;
  const { t } = useTranslator();
  const selectId = `compare-${field}`;
  const dateId = `compare-${dateField}`;
  return (
    <fieldset className="min-w-0 border-2 border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{side}</legend>
      <div className={errors[field] ? 'border-l-4 border-red-700 pl-3' : undefined}>
        <label htmlFor={selectId} className="block font-semibold">
          {t(tx('compare.pickerLabel'))}
        </label>
        <ErrorMessage fieldId={selectId} message={errors[field]} />
        <select
          id={selectId}
          value={value}
          onChange={(e) => onValue(e.currentTarget.value)}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy(errors[field] ? errorId(selectId) : null)}
          className="mt-2 block w-full max-w-full rounded-none border-2 border-slate-800 bg-white px-2 py-1.5"
        >
          <option value="">{t(tx('compare.pickerChoose'))}</option>
          {groups.map((g) => (
            <optgroup key={g.label + g.options[0]?.value} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className={`mt-4 ${errors[dateField] ? 'border-l-4 border-red-700 pl-3' : ''}`}>
        <label htmlFor={dateId} className="block font-semibold">
          {t(tx('compare.asOfLabel'))}
        </label>
        <Hint fieldId={dateId}>{t(tx('compare.asOfHint', { example: { date: '2027-08-02' } }))}</Hint>
        <ErrorMessage fieldId={dateId} message={errors[dateField]} />
        <input
          id={dateId}
          value={date}
          onChange={(e) => onDate(e.currentTarget.value)}
          aria-invalid={errors[dateField] ? true : undefined}
          aria-describedby={describedBy(hintId(dateId), errors[dateField] ? errorId(dateId) : null)}
          className="mt-2 block w-full max-w-[20ch] rounded-none border-2 border-slate-800 px-2 py-1.5"
        />
      </div>
    </fieldset>
  );
}

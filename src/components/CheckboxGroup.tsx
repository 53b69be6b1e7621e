import type { ReactNode, Ref } from 'react';
import { useTranslator } from '../i18n/react';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { describedBy, errorId, hintId } from './ids';
import { type ChoiceOption, optionId } from './RadioGroup';

export interface CheckboxGroupProps {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  children?: ReactNode;
}

/**
 * Checkboxes in a fieldset. An `exclusive` option ("None of these", "I don't know") unticks the others, and
 * ticking another option unticks it (GOV.UK "none" checkbox), so a contradictory answer cannot be given.
 */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { id, name, legend, hint, error, options, value, onChange, onBlur, inputRef, children } = props;
  const tr = useTranslator();
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  const toggle = (v: string, checked: boolean) => {
    if (!checked) return onChange(value.filter((x) => x !== v));
    if (exclusive.has(v)) return onChange([v]);
    return onChange([...value.filter((x) => !exclusive.has(x)), v]);
  };
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <fieldset
        className="min-w-0"
        aria-describedby={describedBy(hint ? hintId(id) : null, error ? errorId(id) : null)}
      >
        <legend className="text-lg font-semibold">{legend}</legend>
        {hint ? <Hint fieldId={id}>{hint}</Hint> : null}
        {children}
        <ErrorMessage fieldId={id} message={error} />
        <div className="mt-3 space-y-2">
          {options.map((o, index) => {
            const oid = optionId(id, o.value, index);
            const showDivider = o.exclusive && index > 0 && !options[index - 1]?.exclusive;
            return (
              <div key={o.value}>
                {showDivider ? <p className="mb-2 text-slate-600">{tr.m('wizard.or')}</p> : null}
                <div className="flex items-start gap-2">
                  <input
                    ref={index === 0 ? inputRef : undefined}
                    id={oid}
                    type="checkbox"
                    name={name}
                    value={o.value}
                    checked={value.includes(o.value)}
                    onChange={(e) => toggle(o.value, e.currentTarget.checked)}
                    onBlur={onBlur}
                    aria-describedby={o.hint ? hintId(oid) : undefined}
                    className="m-0 size-10 shrink-0 cursor-pointer accent-accent"
                  />
                  <div className="min-w-0 py-2">
                    <label htmlFor={oid} className="block cursor-pointer">
                      {o.label}
                    </label>
                    {o.hint ? (
                      <p id={hintId(oid)} className="text-sm text-slate-600">
                        {o.hint}
                      </p>
                    ) : null}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

import type { ReactNode, Ref } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { describedBy, errorId, hintId } from './ids';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** Content revealed under the option while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  exclusive?: boolean;
}

export interface RadioGroupProps {
  /** Id of the group; the first radio gets this id so that error links land on it. */
  id: string;
  name: string;
  legend: ReactNode;
  /** Render the legend as the page heading size. */
  legendSize?: 'page' | 'question';
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  value: string | null | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra content between the hint and the options (e.g. a list of examples). */
  children?: ReactNode;
  inline?: boolean;
}

export const optionId = (id: string, value: string, index: number) => (index === 0 ? id : `${id}-${value}`);

/** Radios in a fieldset with a legend, hint and error tied by aria-describedby. Controlled. */
export function RadioGroup(props: RadioGroupProps) {
  const { id, name, legend, hint, error, options, value, onChange, onBlur, inputRef, children } = props;
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <fieldset
        className="min-w-0"
        aria-describedby={describedBy(hint ? hintId(id) : null, error ? errorId(id) : null)}
      >
        <legend className={props.legendSize === 'page' ? 'text-2xl font-semibold' : 'text-lg font-semibold'}>
          {legend}
        </legend>
        {hint ? <Hint fieldId={id}>{hint}</Hint> : null}
        {children}
        <ErrorMessage fieldId={id} message={error} />
        <div className={props.inline ? 'mt-3 flex flex-wrap gap-x-6 gap-y-2' : 'mt-3 space-y-2'}>
          {options.map((o, index) => {
            const oid = optionId(id, o.value, index);
            const checked = value === o.value;
            return (
              <div key={o.value}>
                <div className="flex items-start gap-2">
                  <input
                    ref={index === 0 ? inputRef : undefined}
                    id={oid}
                    type="radio"
                    name={name}
                    value={o.value}
                    checked={checked}
                    onChange={() => onChange(o.value)}
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
                {checked && o.conditional ? (
                  <div className="mt-2 ml-[18px] border-l-4 border-slate-300 pl-[22px]">{o.conditional}</div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

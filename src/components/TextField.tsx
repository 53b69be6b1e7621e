import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { describedBy, errorId, hintId } from './ids';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'> {
  id: string;
  label: ReactNode;
  /** Visually smaller label for fields nested in a conditional reveal. */
  labelSize?: 'question' | 'body';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Ids of extra descriptions (e.g. a live echo of the value). */
  describedByIds?: string[];
  /** Width in characters. */
  widthCh?: number;
  children?: ReactNode;
}

/** A labelled text input with hint and error tied by aria-describedby. Controlled. */
export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    labelSize = 'question',
    hint,
    error,
    value,
    onChange,
    inputRef,
    describedByIds = [],
    widthCh,
    children,
    className,
    ...rest
  } = props;
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <label htmlFor={id} className={labelSize === 'question' ? 'block text-lg font-semibold' : 'block'}>
        {label}
      </label>
      {hint ? <Hint fieldId={id}>{hint}</Hint> : null}
      <ErrorMessage fieldId={id} message={error} />
      <input
        {...rest}
        ref={inputRef}
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          hint ? hintId(id) : null,
          error ? errorId(id) : null,
          ...describedByIds,
        )}
        style={widthCh ? { maxWidth: `${widthCh + 2}ch` } : undefined}
        className={`mt-2 block w-full rounded-none border-2 px-2 py-1.5 ${
          error ? 'border-red-700' : 'border-slate-800'
        } ${className ?? ''}`}
      />
      {children}
    </div>
  );
}

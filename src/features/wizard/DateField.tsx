/** A date question: a date (typed YYYY-MM-DD or 2/8/2025, echoed in words) or "I don't know". */
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import type { Question } from '../../engine/questionnaire';
import { dateInWords, normalizeDateInput } from './date-input';
import type { FieldError } from './FlopField';
import type { DateFormValue } from './form-model';
import { QuestionHint } from './QuestionHint';

export function DateField({
  question,
  domId,
  value,
  onChange,
  onBlur,
  error,
}: {
  question: Question;
  domId: string;
  value: DateFormValue;
  onChange: (value: DateFormValue) => void;
  onBlur?: () => void;
  error?: FieldError;
}) {
  const textId = `${domId}-text`;
  const echoId = `${domId}-echo`;
  const words = value.text.trim() === '' ? null : dateInWords(normalizeDateInput(value.text));
  const dateInput = (
    <TextField
      id={textId}
      label="Date"
      labelSize="body"
      hint="Year-month-day, for example 2025-08-02. You can also write 2/8/2025 (day first)."
      value={value.text}
      onChange={(text) => onChange({ choice: 'date', text })}
      onBlur={onBlur}
      error={error?.on === 'text' ? error.message : undefined}
      describedByIds={[echoId]}
      widthCh={14}
      autoComplete="off"
      spellCheck={false}
    >
      <p id={echoId} aria-live="polite" className="mt-2">
        {words ? (
          <>
            Read as <strong>{words}</strong>
          </>
        ) : null}
      </p>
    </TextField>
  );
  return (
    <RadioGroup
      id={domId}
      name={question.id}
      legend={question.label}
      hint={<QuestionHint question={question} />}
      error={error?.on === 'choice' ? error.message : undefined}
      options={[
        {
          value: 'date',
          label: question.absentLabel ? 'Yes, on this date' : 'On this date',
          conditional: dateInput,
        },
        ...(question.absentLabel ? [{ value: 'none', label: question.absentLabel }] : []),
        { value: 'unknown', label: question.unknownLabel ?? "I don't know" },
      ]}
      value={value.choice}
      onChange={(choice) => onChange({ choice: choice as DateFormValue['choice'], text: value.text })}
      onBlur={onBlur}
    />
  );
}

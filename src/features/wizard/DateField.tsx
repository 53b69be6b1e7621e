/**
 * A date question: a date (typed as 12 March 2025, 12/3/2025 or 2025-03-12, or only a month) or "I don't
 * know". What the text reads as is said while typing — after a short pause, politely — and a month alone is
 * shown with the day the answer records and why (date-input.ts).
 */
import { useEffect, useState } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import type { Question } from '../../engine/questionnaire';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { readDate } from '../../shared/dates/date-input';
import type { FieldError } from './FlopField';
import type { DateFormValue } from './form-model';
import { QuestionHint } from './QuestionHint';

/** Long enough not to announce every keystroke, short enough to feel live. */
const PAUSE_MS = 500;

const WHY = {
  first: 'wizard.dateMonthFirst',
  last: 'wizard.dateMonthLast',
} as const;

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), PAUSE_MS);
    return () => clearTimeout(t);
  }, [text]);
  return settled;
}

function Echo({ text, question }: { text: string; question: Question }) {
  const settled = useSettled(text);
  const tr = useTranslator();
  if (settled.trim() === '' || settled !== text) return null;
  const r = readDate(settled, question.monthReading, tr);
  if (!r.ok) return <span className="text-slate-700">{r.message}</span>;
  return (
    <>
      {richText(tr, 'wizard.dateReadsAs', {}, { value: <strong>{r.words}</strong> })}
      {r.month ? (
        <span className="block text-sm text-slate-700">
          {tr.m('wizard.dateMonthOnly', { month: r.month.label, why: tr.m(WHY[r.month.reading]) })}
        </span>
      ) : null}
    </>
  );
}

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
  const tr = useTranslator();
  const { t } = tr;
  const textId = `${domId}-text`;
  const echoId = `${domId}-echo`;
  const dateInput = (
    <TextField
      id={textId}
      label={tr.m('wizard.dateLabel')}
      labelSize="body"
      hint={tr.m('dates.typedHint')}
      value={value.text}
      onChange={(text) => onChange({ choice: 'date', text })}
      onBlur={onBlur}
      error={error?.on === 'text' ? error.message : undefined}
      describedByIds={[echoId]}
      widthCh={18}
      autoComplete="off"
      spellCheck={false}
    >
      <p id={echoId} aria-live="polite" className="mt-2">
        <Echo text={value.text} question={question} />
      </p>
    </TextField>
  );
  return (
    <RadioGroup
      id={domId}
      name={question.id}
      legend={t(question.label)}
      hint={<QuestionHint question={question} />}
      error={error?.on === 'choice' ? error.message : undefined}
      options={[
        {
          value: 'date',
          label: question.absentLabel ? tr.m('wizard.dateYesOnThisDate') : tr.m('wizard.dateOnThisDate'),
          conditional: dateInput,
        },
        ...(question.absentLabel ? [{ value: 'none', label: t(question.absentLabel) }] : []),
        { value: 'unknown', label: t(question.unknownLabel ?? tx('common.unknown')) },
      ]}
      value={value.choice}
      onChange={(choice) => onChange({ choice: choice as DateFormValue['choice'], text: value.text })}
      onBlur={onBlur}
    />
  );
}

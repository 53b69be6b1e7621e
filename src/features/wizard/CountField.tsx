/**
 * A count question such as the number of parameters: a number typed as 7e9, 7 000 000 000, 7B or 7 billion
 * (echoed back in words), or "I don't know".
 */
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import type { Question } from '../../engine/questionnaire';
import { tx } from '../../engine/text';
import { countWords } from '../../engine/words';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { readCount } from './count-input';
import type { FieldError } from './FlopField';
import type { CountFormValue } from './form-model';
import { QuestionHint } from './QuestionHint';

export function CountField({
  question,
  domId,
  value,
  onChange,
  onBlur,
  error,
}: {
  question: Question;
  domId: string;
  value: CountFormValue;
  onChange: (value: CountFormValue) => void;
  onBlur?: () => void;
  error?: FieldError;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const textId = `${domId}-text`;
  const echoId = `${domId}-echo`;
  const parsed = value.text.trim() === '' ? null : readCount(value.text, { whole: true }, tr);
  const unit = question.countUnit ? ` ${t(question.countUnit)}` : '';
  const numberInput = (
    <TextField
      id={textId}
      label={tr.m('wizard.countNumber')}
      labelSize="body"
      hint={tr.m('wizard.countHint')}
      value={value.text}
      onChange={(text) => onChange({ choice: 'figure', text })}
      onBlur={onBlur}
      error={error?.on === 'text' ? error.message : undefined}
      describedByIds={[echoId]}
      widthCh={20}
      autoComplete="off"
      spellCheck={false}
    >
      <p id={echoId} aria-live="polite" className="mt-2">
        {parsed?.ok ? (
          <>
            {richText(
              tr,
              'wizard.readAs',
              {},
              { value: <strong>{`${t(countWords(parsed.value))}${unit}`}</strong> },
            )}
            {parsed.note ? <span className="block text-sm text-slate-600">{parsed.note}</span> : null}
          </>
        ) : null}
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
        { value: 'figure', label: tr.m('wizard.countHaveNumber'), conditional: numberInput },
        { value: 'unknown', label: t(question.unknownLabel ?? tx('common.unknown')) },
      ]}
      value={value.choice}
      onChange={(choice) => onChange({ choice: choice as CountFormValue['choice'], text: value.text })}
      onBlur={onBlur}
    />
  );
}

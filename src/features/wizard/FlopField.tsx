/**
 * A compute question: "I have a figure" (typed in any common notation, echoed back in words, positioned
 * against the thresholds with its ±30 % band), "None" where it applies, or "I don't know". The estimator
 * fills the figure in.
 */
import { useRef } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { estimateBand, GPAI_THRESHOLD_FLOP, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../../engine/compute';
import { formatFlopInput } from '../../engine/compute-input';
import {
  positionAgainstFallbackOneThird,
  positionAgainstOneThird,
  positionAgainstThresholds,
  rangeWarnings,
  THRESHOLD_TESTS,
  type ThresholdTest,
} from '../../engine/estimators';
import { type FlopUncertainty, parseFlopFigure } from '../../engine/flop-figure';
import type { DraftAnswers, Question } from '../../engine/questionnaire';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { ComputeEstimator, type EstimateMethod } from './ComputeEstimator';
import { FLOP_NOTATION_EXAMPLE, type FlopFormValue } from './form-model';
import { QuestionHint } from './QuestionHint';

export interface FieldError {
  message: string;
  /** Which input the message belongs to. */
  on: 'choice' | 'text';
}

/** The one-third test of a modification (R24, or the R25 fallback), for the range warnings and rounding. */
function oneThirdTests(question: Question, live: DraftAnswers): ThresholdTest[] {
  if (question.flop?.compare !== 'one-third-of-original') return [];
  const m = live.modification;
  const orig = m?.originalComputeFlop;
  const name = 'one third of the original model’s compute';
  if (typeof orig === 'number') return [{ threshold: orig / 3, name, rule: 'R24' }];
  if (orig !== 'unknown') return [];
  const base = m?.originalSystemicRisk === 'yes' ? SYSTEMIC_RISK_THRESHOLD_FLOP : GPAI_THRESHOLD_FLOP;
  return [{ threshold: base / 3, name: `${name} (the fallback)`, rule: 'R25' }];
}

function Position({
  question,
  value,
  live,
  uncertainty,
}: {
  question: Question;
  value: number;
  live: DraftAnswers;
  uncertainty?: FlopUncertainty;
}) {
  const tr = useTranslator();
  const compare = question.flop?.compare ?? 'none';
  const band = estimateBand(value);
  const lines: string[] = [];
  if (compare === 'thresholds') {
    for (const p of positionAgainstThresholds(value)) lines.push(tr.t(p.message));
  } else if (compare === 'one-third-of-original') {
    const m = live.modification;
    const orig = m?.originalComputeFlop;
    if (typeof orig === 'number') lines.push(tr.t(positionAgainstOneThird(value, orig).message));
    else if (orig === 'unknown')
      lines.push(
        tr.t(
          positionAgainstFallbackOneThird(
            value,
            (m?.originalSystemicRisk as 'yes' | 'no' | 'unknown' | undefined) ?? 'unknown',
          ).message,
        ),
      );
  }
  if (compare === 'none' || value === 0) return null;
  if (uncertainty?.kind === 'range') {
    const tests = compare === 'thresholds' ? THRESHOLD_TESTS : oneThirdTests(question, live);
    lines.unshift(...rangeWarnings(uncertainty, value, tests).map((w) => tr.t(w)));
  }
  return (
    <div className="mt-2 text-sm">
      <p>
        {uncertainty?.kind === 'about' ? tr.m('wizard.flopAbout') : ''}
        {tr.m('wizard.flopBand', { low: tr.flop(band.low), high: tr.flop(band.high) })}
        {uncertainty?.kind === 'range'
          ? tr.m('wizard.flopYourRange', { low: tr.flop(uncertainty.low), high: tr.flop(uncertainty.high) })
          : ''}
        .
      </p>
      {lines.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FlopField({
  question,
  domId,
  value,
  onChange,
  onBlur,
  error,
  live,
  onEstimate,
}: {
  question: Question;
  domId: string;
  value: FlopFormValue;
  onChange: (value: FlopFormValue) => void;
  onBlur?: () => void;
  error?: FieldError;
  live: DraftAnswers;
  onEstimate?: (method: EstimateMethod) => void;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const textRef = useRef<HTMLInputElement>(null);
  const textId = `${domId}-text`;
  const echoId = `${domId}-echo`;
  const parsed = value.text.trim() === '' ? null : parseFlopFigure(value.text, question.flop?.rangeReading);

  const figure = (
    <div>
      <TextField
        id={textId}
        label={tr.m('wizard.flopLabel')}
        labelSize="body"
        hint={tr.m('wizard.flopHint', { notation: FLOP_NOTATION_EXAMPLE })}
        value={value.text}
        onChange={(text) => onChange({ choice: 'figure', text })}
        onBlur={onBlur}
        error={error?.on === 'text' ? error.message : undefined}
        inputRef={textRef}
        describedByIds={[echoId]}
        widthCh={24}
        autoComplete="off"
        spellCheck={false}
      >
        <div id={echoId} aria-live="polite" className="mt-2">
          {parsed?.ok ? (
            <>
              <p>
                {richText(tr, 'wizard.readAs', {}, { value: <strong>{parsed.words}</strong> })}
                {parsed.note ? (
                  <span className="block text-sm text-slate-600">{tr.t(parsed.note)}</span>
                ) : null}
              </p>
              <Position
                question={question}
                value={parsed.value}
                live={live}
                uncertainty={parsed.uncertainty}
              />
            </>
          ) : null}
        </div>
      </TextField>
      {question.flop?.estimator ? (
        <ComputeEstimator
          also={oneThirdTests(question, live).map((t) => t.threshold)}
          onUse={(flop, method) => {
            onChange({ choice: 'figure', text: formatFlopInput(flop) });
            onEstimate?.(method);
            textRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );

  const options = [
    {
      value: 'figure',
      label: question.flop?.none ? tr.m('wizard.flopYesThisMuch') : tr.m('wizard.flopHaveFigure'),
      conditional: figure,
    },
    ...(question.flop?.none ? [{ value: 'none', label: t(question.flop.none.label) }] : []),
    { value: 'unknown', label: t(question.unknownLabel ?? tx('common.unknown')) },
  ];
  // "None" reads better first when it is the usual answer.
  if (question.flop?.none) options.unshift(options.splice(1, 1)[0] as (typeof options)[number]);

  return (
    <RadioGroup
      id={domId}
      name={question.id}
      legend={t(question.label)}
      hint={<QuestionHint question={question} />}
      error={error?.on === 'choice' ? error.message : undefined}
      options={options}
      value={value.choice}
      onChange={(choice) => onChange({ choice: choice as FlopFormValue['choice'], text: value.text })}
      onBlur={onBlur}
    />
  );
}

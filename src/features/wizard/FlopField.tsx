/**
 * A compute question: "I have a figure" (typed in any common notation, echoed back in words, positioned
 * against the thresholds with its ±30 % band), "None" where it applies, or "I don't know". The estimator
 * fills the figure in.
 */
import { useRef } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import {
  estimateBand,
  formatFlop,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../../engine/compute';
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
import { ComputeEstimator, type EstimateMethod } from './ComputeEstimator';
import type { FlopFormValue } from './form-model';
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
  const compare = question.flop?.compare ?? 'none';
  const band = estimateBand(value);
  const lines: string[] = [];
  if (compare === 'thresholds') {
    for (const p of positionAgainstThresholds(value)) lines.push(p.message);
  } else if (compare === 'one-third-of-original') {
    const m = live.modification;
    const orig = m?.originalComputeFlop;
    if (typeof orig === 'number') lines.push(positionAgainstOneThird(value, orig).message);
    else if (orig === 'unknown')
      lines.push(
        positionAgainstFallbackOneThird(
          value,
          (m?.originalSystemicRisk as 'yes' | 'no' | 'unknown' | undefined) ?? 'unknown',
        ).message,
      );
  }
  if (compare === 'none' || value === 0) return null;
  if (uncertainty?.kind === 'range') {
    const tests = compare === 'thresholds' ? THRESHOLD_TESTS : oneThirdTests(question, live);
    lines.unshift(...rangeWarnings(uncertainty, value, tests));
  }
  return (
    <div className="mt-2 text-sm">
      <p>
        {uncertainty?.kind === 'about' ? '“About”: read as an estimate. ' : ''}±30 % band:{' '}
        {formatFlop(band.low)} to {formatFlop(band.high)}
        {uncertainty?.kind === 'range'
          ? `; your range: ${formatFlop(uncertainty.low)} to ${formatFlop(uncertainty.high)}`
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
  const { t } = useTranslator();
  const textRef = useRef<HTMLInputElement>(null);
  const textId = `${domId}-text`;
  const echoId = `${domId}-echo`;
  const parsed = value.text.trim() === '' ? null : parseFlopFigure(value.text, question.flop?.rangeReading);

  const figure = (
    <div>
      <TextField
        id={textId}
        label="Compute in FLOP"
        labelSize="body"
        hint="For example 3.8e25, 3.8 × 10^25, 380 ZFLOP, about 3e25, or a range such as 2e25–4e25."
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
                Read as <strong>{parsed.words}</strong>
                {parsed.note ? <span className="block text-sm text-slate-600">{parsed.note}</span> : null}
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
      label: question.flop?.none ? 'Yes, this much' : 'I have a figure or an estimate',
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

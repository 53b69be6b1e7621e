/**
 * The estimator inside the compute question (R43–R45): from hardware (N · L · H · U, with accelerator
 * presets) or from architecture (6 · P · D). Inputs are local to the helper — they are working, not answers —
 * and "Use this estimate" copies the result into the answer, with its method.
 */
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { ACCELERATOR_PRESETS } from '../../engine/accelerators';
import { parseFlopInput } from '../../engine/compute-input';
import {
  type EstimateResult,
  estimateFromArchitecture,
  estimateFromHardware,
  roundEstimate,
} from '../../engine/estimators';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import { readCount } from './count-input';

export type EstimateMethod = 'hardware' | 'architecture';

const CUSTOM = 'custom';

function Result({
  result,
  onUse,
  method,
  also,
}: {
  result: EstimateResult | null;
  onUse: (flop: number, method: EstimateMethod) => void;
  method: EstimateMethod;
  also: readonly number[];
}) {
  const tr = useTranslator();
  if (!result) return null;
  if (!result.ok) {
    return (
      <div className="mt-3 border-l-4 border-amber-700 pl-3" role="status">
        <p className="font-semibold">
          <span aria-hidden="true">! </span>
          {tr.m('wizard.estimatorCheckInputs')}
        </p>
        <ul className="list-disc pl-5">
          {result.issues.map((i) => (
            <li key={`${i.field}-${i.message.msg}`}>{tr.t(i.message)}</li>
          ))}
        </ul>
      </div>
    );
  }
  // Good to ±30 % (R43): the answer gets two significant figures, more only where a threshold needs them.
  const rounded = roundEstimate(result.flop, also);
  return (
    <div className="mt-3 border-l-4 border-accent pl-3" role="status">
      <p className="font-semibold">
        {tr.m('wizard.estimatorResult', { flop: tr.flop(rounded, { digits: 5 }) })}
      </p>
      <p className="mt-1 text-sm">
        {tr.m('wizard.flopBand', { low: tr.flop(result.band.low), high: tr.flop(result.band.high) })}
      </p>
      <p className="mt-1 text-sm break-words">{tr.t(result.formula)}</p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer underline">{tr.m('wizard.estimatorAssumptions')}</summary>
        <ul className="mt-1 list-disc pl-5">
          {result.assumptions
            .map((a) => tr.t(a))
            .map((a) => (
              <li key={a}>{a}</li>
            ))}
        </ul>
      </details>
      <Button variant="secondary" className="mt-3" onClick={() => onUse(rounded, method)}>
        {tr.m('wizard.estimatorUse')}
      </Button>
    </div>
  );
}

/** A field that could not be read: its label and why, shown instead of an estimate. */
type Unread = { field: string; message: string };

export function ComputeEstimator({
  onUse,
  also = [],
}: {
  onUse: (flop: number, method: EstimateMethod) => void;
  /** Thresholds of this question besides 10^23 and 10^25 (one third of the original), kept by rounding. */
  also?: readonly number[];
}) {
  const tr = useTranslator();
  const uid = useId().replace(/:/g, '');
  const [accelerator, setAccelerator] = useState(ACCELERATOR_PRESETS[2]?.id ?? CUSTOM);
  const [peak, setPeak] = useState('');
  const [count, setCount] = useState('');
  const [days, setDays] = useState('');
  const [utilisation, setUtilisation] = useState('40');
  const [hardware, setHardware] = useState<EstimateResult | null>(null);
  const [parameters, setParameters] = useState('');
  const [tokens, setTokens] = useState('');
  const [architecture, setArchitecture] = useState<EstimateResult | null>(null);

  // Typed text that cannot be read is reported with the reader's own message (e.g. "2,048" in days is
  // ambiguous); empty fields are left to the estimator, which says what each factor needs.
  const unread: Unread[] = [];
  const num = (field: string, s: string, whole: boolean) => {
    if (s.trim() === '') return Number.NaN;
    const r = readCount(s, { whole }, tr);
    if (!r.ok) unread.push({ field, message: r.message });
    return r.ok ? r.value : Number.NaN;
  };
  const orUnread = (result: EstimateResult): EstimateResult =>
    unread.length > 0
      ? {
          ok: false,
          issues: unread.map((u) => ({
            field: u.field,
            message: tx('wizard.estimatorUnread', { field: u.field, message: u.message }),
          })),
        }
      : result;

  const calcHardware = () => {
    unread.length = 0;
    const peakValue = parseFlopInput(peak);
    const input = {
      count: num(tr.m('wizard.estimatorUnits'), count, true),
      days: num(tr.m('wizard.estimatorDays'), days, false),
      utilisation: num(tr.m('wizard.estimatorUtilisation'), utilisation, false) / 100,
    };
    setHardware(
      orUnread(
        estimateFromHardware({
          ...input,
          ...(accelerator === CUSTOM
            ? { peakFlopPerSecond: peakValue.ok ? peakValue.value : Number.NaN }
            : { accelerator }),
        }),
      ),
    );
  };
  const calcArchitecture = () => {
    unread.length = 0;
    const input = {
      parameters: num(tr.m('wizard.estimatorParameters'), parameters, true),
      tokens: num(tr.m('wizard.estimatorTokens'), tokens, true),
    };
    setArchitecture(orUnread(estimateFromArchitecture(input)));
  };

  // Enter in a helper field calculates instead of submitting the whole page.
  const onEnter = (calc: () => void) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      calc();
    }
  };

  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-accent underline underline-offset-2">
        {tr.m('wizard.estimatorSummary')}
      </summary>
      <div className="mt-3 space-y-6 border-l-4 border-slate-300 pl-4">
        <section aria-labelledby={`${uid}-hw`} onKeyDown={onEnter(calcHardware)}>
          <h3 id={`${uid}-hw`} className="font-semibold">
            {tr.m('wizard.estimatorHardwareHeading')}
          </h3>
          <div className="mt-2">
            <label htmlFor={`${uid}-acc`} className="block">
              {tr.m('wizard.estimatorAccelerator')}
            </label>
            <select
              id={`${uid}-acc`}
              value={accelerator}
              onChange={(e) => setAccelerator(e.currentTarget.value)}
              className="mt-1 block max-w-full border-2 border-slate-800 bg-white px-2 py-1.5"
            >
              {ACCELERATOR_PRESETS.map((a) => (
                <option key={a.id} value={a.id}>
                  {tr.m('wizard.estimatorAcceleratorOption', {
                    name: a.name,
                    peak: tr.flop(a.peakFlopPerSecond, { unit: false }),
                    precision: a.precision,
                  })}
                </option>
              ))}
              <option value={CUSTOM}>{tr.m('wizard.estimatorOther')}</option>
            </select>
          </div>
          {accelerator === CUSTOM ? (
            <div className="mt-3">
              <TextField
                id={`${uid}-peak`}
                label={tr.m('wizard.estimatorPeak')}
                labelSize="body"
                hint={tr.m('wizard.estimatorPeakHint')}
                value={peak}
                onChange={setPeak}
                widthCh={20}
                autoComplete="off"
              />
            </div>
          ) : null}
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            <TextField
              id={`${uid}-count`}
              label={tr.m('wizard.estimatorUnits')}
              labelSize="body"
              value={count}
              onChange={setCount}
              inputMode="numeric"
              autoComplete="off"
            />
            <TextField
              id={`${uid}-days`}
              label={tr.m('wizard.estimatorDays')}
              labelSize="body"
              value={days}
              onChange={setDays}
              inputMode="decimal"
              autoComplete="off"
            />
            <TextField
              id={`${uid}-util`}
              label={tr.m('wizard.estimatorUtilisationPercent')}
              labelSize="body"
              describedByIds={[`${uid}-util-why`]}
              value={utilisation}
              onChange={setUtilisation}
              inputMode="decimal"
              autoComplete="off"
            />
          </div>
          <p id={`${uid}-util-why`} className="mt-2 text-sm text-slate-700">
            {tr.m('wizard.estimatorUtilisationWhy')}
          </p>
          <Button variant="secondary" className="mt-3" onClick={calcHardware}>
            {tr.m('wizard.estimatorCalculateHardware')}
          </Button>
          <Result result={hardware} onUse={onUse} method="hardware" also={also} />
        </section>

        <section aria-labelledby={`${uid}-arch`} onKeyDown={onEnter(calcArchitecture)}>
          <h3 id={`${uid}-arch`} className="font-semibold">
            {tr.m('wizard.estimatorArchitectureHeading')}
          </h3>
          <p className="text-sm text-slate-600">{tr.m('wizard.estimatorArchitectureNote')}</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <TextField
              id={`${uid}-params`}
              label={tr.m('wizard.estimatorParameters')}
              labelSize="body"
              hint={tr.m('wizard.estimatorParametersHint')}
              value={parameters}
              onChange={setParameters}
              autoComplete="off"
            />
            <TextField
              id={`${uid}-tokens`}
              label={tr.m('wizard.estimatorTokens')}
              labelSize="body"
              hint={tr.m('wizard.estimatorTokensHint')}
              value={tokens}
              onChange={setTokens}
              autoComplete="off"
            />
          </div>
          <Button variant="secondary" className="mt-3" onClick={calcArchitecture}>
            {tr.m('wizard.estimatorCalculateArchitecture')}
          </Button>
          <Result result={architecture} onUse={onUse} method="architecture" also={also} />
        </section>
      </div>
    </details>
  );
}

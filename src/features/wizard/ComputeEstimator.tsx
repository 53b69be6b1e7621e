/**
 * The estimator inside the compute question (R43–R45): from hardware (N · L · H · U, with accelerator
 * presets) or from architecture (6 · P · D). Inputs are local to the helper — they are working, not answers —
 * and "Use this estimate" copies the result into the answer, with its method.
 */
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { ACCELERATOR_PRESETS } from '../../engine/accelerators';
import { formatFlop } from '../../engine/compute';
import { parseFlopInput } from '../../engine/compute-input';
import {
  type EstimateResult,
  estimateFromArchitecture,
  estimateFromHardware,
  roundEstimate,
} from '../../engine/estimators';
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
  if (!result) return null;
  if (!result.ok) {
    return (
      <div className="mt-3 border-l-4 border-amber-700 pl-3" role="status">
        <p className="font-semibold">
          <span aria-hidden="true">! </span>Check the inputs:
        </p>
        <ul className="list-disc pl-5">
          {result.issues.map((i) => (
            <li key={`${i.field}-${i.message}`}>{i.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  // Good to ±30 % (R43): the answer gets two significant figures, more only where a threshold needs them.
  const rounded = roundEstimate(result.flop, also);
  return (
    <div className="mt-3 border-l-4 border-accent pl-3" role="status">
      <p className="font-semibold">Estimate: about {formatFlop(rounded, { digits: 5 })}</p>
      <p className="mt-1 text-sm">
        ±30 % band: {formatFlop(result.band.low)} to {formatFlop(result.band.high)}
      </p>
      <p className="mt-1 text-sm break-words">{result.formula}</p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer underline">Assumptions to document</summary>
        <ul className="mt-1 list-disc pl-5">
          {result.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
      <Button variant="secondary" className="mt-3" onClick={() => onUse(rounded, method)}>
        Use this estimate
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
    const r = readCount(s, { whole });
    if (!r.ok) unread.push({ field, message: r.message });
    return r.ok ? r.value : Number.NaN;
  };
  const orUnread = (result: EstimateResult): EstimateResult =>
    unread.length > 0
      ? { ok: false, issues: unread.map((u) => ({ field: u.field, message: `${u.field}: ${u.message}` })) }
      : result;

  const calcHardware = () => {
    unread.length = 0;
    const peakValue = parseFlopInput(peak);
    const input = {
      count: num('Number of units', count, true),
      days: num('Days of training', days, false),
      utilisation: num('Utilisation', utilisation, false) / 100,
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
      parameters: num('Parameters', parameters, true),
      tokens: num('Training tokens', tokens, true),
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
        Estimate it from the hardware or the architecture
      </summary>
      <div className="mt-3 space-y-6 border-l-4 border-slate-300 pl-4">
        <section aria-labelledby={`${uid}-hw`} onKeyDown={onEnter(calcHardware)}>
          <h3 id={`${uid}-hw`} className="font-semibold">
            From the hardware: units × time × peak speed × utilisation
          </h3>
          <div className="mt-2">
            <label htmlFor={`${uid}-acc`} className="block">
              Accelerator
            </label>
            <select
              id={`${uid}-acc`}
              value={accelerator}
              onChange={(e) => setAccelerator(e.currentTarget.value)}
              className="mt-1 block max-w-full border-2 border-slate-800 bg-white px-2 py-1.5"
            >
              {ACCELERATOR_PRESETS.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} — {formatFlop(a.peakFlopPerSecond, { unit: false })} FLOP/s ({a.precision})
                </option>
              ))}
              <option value={CUSTOM}>Other: enter its peak FLOP/s</option>
            </select>
          </div>
          {accelerator === CUSTOM ? (
            <div className="mt-3">
              <TextField
                id={`${uid}-peak`}
                label="Peak FLOP/s of one unit"
                labelSize="body"
                hint="At the precision the run used, for example 989e12."
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
              label="Number of units"
              labelSize="body"
              value={count}
              onChange={setCount}
              inputMode="numeric"
              autoComplete="off"
            />
            <TextField
              id={`${uid}-days`}
              label="Days of training"
              labelSize="body"
              value={days}
              onChange={setDays}
              inputMode="decimal"
              autoComplete="off"
            />
            <TextField
              id={`${uid}-util`}
              label="Utilisation (%)"
              labelSize="body"
              describedByIds={[`${uid}-util-why`]}
              value={utilisation}
              onChange={setUtilisation}
              inputMode="decimal"
              autoComplete="off"
            />
          </div>
          <p id={`${uid}-util-why`} className="mt-2 text-sm text-slate-700">
            Utilisation is how much of the peak speed the run really got, on average. Accelerators rarely run
            at their peak speed: they wait for data and for each other. 40 % is filled in because large
            training runs commonly achieve about 30 % to 50 % of peak. If your team measured it (often called
            model FLOPs utilisation, MFU), enter that figure instead.
          </p>
          <Button variant="secondary" className="mt-3" onClick={calcHardware}>
            Calculate from hardware
          </Button>
          <Result result={hardware} onUse={onUse} method="hardware" also={also} />
        </section>

        <section aria-labelledby={`${uid}-arch`} onKeyDown={onEnter(calcArchitecture)}>
          <h3 id={`${uid}-arch`} className="font-semibold">
            From the architecture: 6 × parameters × training tokens
          </h3>
          <p className="text-sm text-slate-600">
            For large dense transformers. Counts like 7B or 2T are fine.
          </p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <TextField
              id={`${uid}-params`}
              label="Parameters"
              labelSize="body"
              hint="For example 7B or 7e9."
              value={parameters}
              onChange={setParameters}
              autoComplete="off"
            />
            <TextField
              id={`${uid}-tokens`}
              label="Training tokens"
              labelSize="body"
              hint="Including repeated epochs, for example 2T."
              value={tokens}
              onChange={setTokens}
              autoComplete="off"
            />
          </div>
          <Button variant="secondary" className="mt-3" onClick={calcArchitecture}>
            Calculate from architecture
          </Button>
          <Result result={architecture} onUse={onUse} method="architecture" also={also} />
        </section>
      </div>
    </details>
  );
}

/**
 * Training-compute estimators of the guidelines' Annex (GL Annex A.2) and the position of a figure against
 * the thresholds:
 * - hardware-based C = N · L · H · U, summed over periods when the hardware or unit count changes (R44);
 * - architecture-based C ≈ 6 · P · D for large dense transformers (R45);
 * - every estimate carries its ±30 % band (R43) and its assumptions in words, ready to be documented;
 * - threshold tests are strictly "greater than" (E2): 10^23 (R7), 10^25 (R32), one third (R24, R25).
 *
 * Pure functions; invalid input gives `{ ok: false, issues }` with messages that say how to fix it.
 */

import { findAccelerator } from './accelerators';
import {
  estimateBand,
  exceeds,
  exceedsFallbackOneThird,
  exceedsOneThird,
  formatFlop,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
  withinBandOf,
} from './compute';
import type { RuleRef } from './report';
import { flopParam, type Param, type Text, tx } from './text';

/** Same ceiling as the answers schema. */
const MAX_FLOP = 1e30;
/** Below this a "peak FLOP/s" was almost certainly typed in TFLOP/s (no training accelerator is this slow). */
const MIN_PEAK_FLOP_PER_SECOND = 1e9;
/** Above this a "peak" is a whole cluster, not one unit (the fastest single GPUs are ~10^15–10^16 FLOP/s). */
const MAX_PEAK_FLOP_PER_SECOND = 1e17;
/** Below this a parameter or token count was almost certainly typed in billions or trillions. */
const MIN_COUNT = 1000;

export interface EstimateIssue {
  /** Which input: "count", "periods[1].utilisation", "parameters"… ("" = the result as a whole). */
  field: string;
  message: Text;
}

export interface Estimate {
  ok: true;
  flop: number;
  /** ±30 % (R43). */
  band: { low: number; high: number };
  /** The formula with the figures, in words. */
  formula: Text;
  /** What the estimate assumes, to be documented with it (R43). */
  assumptions: Text[];
  rules: RuleRef[];
}

export type EstimateResult = Estimate | { ok: false; issues: EstimateIssue[] };

/** One period of a training run on one kind of hardware (R44). */
export interface HardwarePeriod {
  /** N: number of accelerators (GPUs, TPU chips) used in this period. */
  count: number;
  /** L in hours — give either hours or days. */
  hours?: number;
  /** L in days — give either hours or days. */
  days?: number;
  /** H: peak theoretical FLOP/s of one unit. May be left out when `accelerator` names a preset. */
  peakFlopPerSecond?: number;
  /** Preset id from accelerators.ts, e.g. "nvidia-h100-sxm"; fills in H and names the hardware. */
  accelerator?: string;
  /** U: average utilisation over the period, as a fraction of peak (0 < U ≤ 1; 0.4 = 40 %). */
  utilisation: number;
  /** Free label for the formula, e.g. "pre-training". */
  label?: string;
}

export interface ArchitectureInput {
  /** P: number of parameters (7e9 for a 7-billion-parameter model). */
  parameters: number;
  /** D: number of training tokens processed, counting repeated epochs (2e12 for 2 trillion). */
  tokens: number;
}

const num = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
const sci = (n: number): string => formatFlop(n, { unit: false });
const bandWords = (band: { low: number; high: number }): Text =>
  tx('validation.estBand', { low: flopParam(band.low, { unit: false }), high: flopParam(band.high) });

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

type Issues = EstimateIssue[];

/**
 * R44: the four factors of one period, each checked on its own (every problem is reported, in the order the
 * form asks them): units, duration, peak FLOP/s, utilisation.
 */
function validatePeriod(
  p: HardwarePeriod,
  prefix: string,
): { issues: EstimateIssue[]; peak: number; seconds: number } {
  const issues: Issues = [];
  const at = (f: string) => `${prefix}${f}`;
  checkCount(p.count, at, issues);
  const seconds = checkDuration(p, at, issues);
  const peak = checkPeak(p, at, issues);
  checkUtilisation(p.utilisation, at, issues);
  return { issues, peak, seconds };
}

/** N: a whole number of accelerators, at least 1. */
function checkCount(count: unknown, at: (f: string) => string, issues: Issues): void {
  if (!isNumber(count))
    issues.push({
      field: at('count'),
      message: tx('validation.estCountWhole'),
    });
  else if (count < 1) issues.push({ field: at('count'), message: tx('validation.estCountAtLeastOne') });
  else if (!Number.isInteger(count))
    issues.push({
      field: at('count'),
      message: tx('validation.estCountNotWhole', { rounded: `${Math.round(count)}`, count: `${count}` }),
    });
}

/** L: the duration in days or in hours (not both), more than 0; NaN when not usable. */
function checkDuration(p: HardwarePeriod, at: (f: string) => string, issues: Issues): number {
  const hasHours = p.hours !== undefined;
  const hasDays = p.days !== undefined;
  if (hasHours && hasDays) {
    issues.push({ field: at('hours'), message: tx('validation.estDurationBoth') });
    return Number.NaN;
  }
  if (!hasHours && !hasDays) {
    issues.push({
      field: at('days'),
      message: tx('validation.estDurationMissing'),
    });
    return Number.NaN;
  }
  const field = hasHours ? 'hours' : 'days';
  const v = (hasHours ? p.hours : p.days) as number;
  if (!isNumber(v))
    issues.push({ field: at(field), message: tx('validation.estDurationNumber', { unit: field }) });
  else if (v <= 0)
    issues.push({ field: at(field), message: tx('validation.estDurationPositive', { unit: field }) });
  else return v * (hasHours ? 3600 : 86_400);
  return Number.NaN;
}

/**
 * H: the peak FLOP/s of one unit — a figure typed overrides the preset's; an unknown preset is reported
 * either way. Implausibly low (typed in TFLOP/s?) or high (the whole cluster?) figures are refused. NaN when
 * not usable.
 */
function checkPeak(p: HardwarePeriod, at: (f: string) => string, issues: Issues): number {
  const preset = p.accelerator === undefined ? undefined : findAccelerator(p.accelerator);
  if (p.accelerator !== undefined && !preset)
    issues.push({
      field: at('accelerator'),
      message: tx('validation.estUnknownAccelerator', { accelerator: p.accelerator }),
    });
  const h = p.peakFlopPerSecond ?? preset?.peakFlopPerSecond;
  if (h === undefined) {
    if (p.accelerator === undefined)
      issues.push({
        field: at('peakFlopPerSecond'),
        message: tx('validation.estPeakMissing'),
      });
  } else if (!isNumber(h) || h <= 0)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: tx('validation.estPeakPositive'),
    });
  else if (h < MIN_PEAK_FLOP_PER_SECOND)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: tx('validation.estPeakTooLow', {
        peak: num(h),
        flop: (h * 1e12).toExponential().replace('e+', 'e'),
      }),
    });
  else if (h > MAX_PEAK_FLOP_PER_SECOND)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: tx('validation.estPeakTooHigh', { peak: sci(h) }),
    });
  else return h;
  return Number.NaN;
}

/** U: a fraction of peak in (0, 1]; a percentage is refused with its fraction. */
function checkUtilisation(u: unknown, at: (f: string) => string, issues: Issues): void {
  if (!isNumber(u))
    issues.push({
      field: at('utilisation'),
      message: tx('validation.estUtilisationMissing'),
    });
  else if (u <= 0)
    issues.push({
      field: at('utilisation'),
      message: tx('validation.estUtilisationPositive'),
    });
  else if (u > 1 && u <= 100)
    issues.push({
      field: at('utilisation'),
      message: tx('validation.estUtilisationPercent', { percent: num(u), fraction: num(u / 100) }),
    });
  else if (u > 1) issues.push({ field: at('utilisation'), message: tx('validation.estUtilisationAboveOne') });
}

/**
 * R44: C = N · L · H · U, summed over periods (mixed hardware or a changing number of units). Summing per
 * period is the same as using the time-weighted average peak for mixed hardware.
 */
export function estimateFromHardware(input: HardwarePeriod | readonly HardwarePeriod[]): EstimateResult {
  const periods: readonly HardwarePeriod[] = Array.isArray(input) ? input : [input as HardwarePeriod];
  const many = Array.isArray(input);
  if (periods.length === 0)
    return { ok: false, issues: [{ field: 'periods', message: tx('validation.estNoPeriod') }] };

  const issues: EstimateIssue[] = [];
  const terms: PeriodTerm[] = [];
  periods.forEach((p, i) => {
    const checked = validatePeriod(p ?? ({} as HardwarePeriod), many ? `periods[${i}].` : '');
    issues.push(...checked.issues);
    if (checked.issues.length === 0) terms.push(periodTerm(p, checked.seconds, checked.peak));
  });
  if (issues.length > 0) return { ok: false, issues };

  let total = 0;
  for (const t of terms) total += t.flop;
  if (!(total <= MAX_FLOP))
    return {
      ok: false,
      issues: [
        {
          field: '',
          message: tx('validation.estHardwareTooLarge', { flop: formatFlop(total) }),
        },
      ],
    };

  const band = estimateBand(total);
  const formula =
    terms.length === 1
      ? tx('validation.estHardwareFormula', { term: (terms[0] as PeriodTerm).words })
      : tx('validation.estHardwareFormulaSum', {
          n: String(terms.length),
          terms: terms
            .map((t): Text => tx('validation.estParenthesised', { term: t.words }))
            .reduce((a, b) => tx('validation.estPlus', { a, b })),
          total: flopParam(total),
        });
  return {
    ok: true,
    flop: total,
    band,
    formula,
    assumptions: hardwareAssumptions(terms, band),
    rules: ['R44', 'R46', 'R43'],
  };
}

interface PeriodTerm {
  flop: number;
  words: Text;
  /** Where the peak of a preset accelerator comes from, when the preset supplied it. */
  presetNote: Text | null;
  fullUtilisation: boolean;
}

/** R44: one period's N · L · H · U, in words with the hardware that supplied H. */
function periodTerm(p: HardwarePeriod, seconds: number, peak: number): PeriodTerm {
  const flop = p.count * seconds * peak * p.utilisation;
  const preset = p.accelerator === undefined ? undefined : findAccelerator(p.accelerator);
  const fromPreset = preset && p.peakFlopPerSecond === undefined ? preset : undefined;
  const hardware = fromPreset ? ` (${fromPreset.name}, ${fromPreset.precision})` : '';
  const duration =
    p.hours !== undefined
      ? tx('validation.estHours', { hours: num(p.hours) })
      : tx('validation.estDays', { days: num(p.days as number) });
  const term = {
    count: num(p.count),
    seconds: num(seconds),
    duration,
    peak: sci(peak),
    hardware,
    utilisation: num(p.utilisation),
    flop: flopParam(flop),
  };
  const peakNote = fromPreset
    ? tx('validation.estPresetNote', {
        name: fromPreset.name,
        peak: flopParam(fromPreset.peakFlopPerSecond, { unit: false }),
        precision: fromPreset.precision,
        source: fromPreset.source,
      })
    : null;
  return {
    flop,
    words: p.label
      ? tx('validation.estTermLabelled', { label: p.label, ...term })
      : tx('validation.estTerm', term),
    // The preset's own note (accelerators.ts) is data in English, as the datasheets are.
    presetNote:
      peakNote && fromPreset?.note
        ? tx('validation.twoSentences', { first: peakNote, second: fromPreset.note })
        : peakNote,
    fullUtilisation: p.utilisation === 1,
  };
}

/** R43, R44, R46: what the hardware estimate assumes, preset sources once each. */
function hardwareAssumptions(terms: readonly PeriodTerm[], band: { low: number; high: number }): Text[] {
  const presetNotes: Text[] = [];
  for (const t of terms)
    if (t.presetNote && !presetNotes.some((n) => JSON.stringify(n) === JSON.stringify(t.presetNote)))
      presetNotes.push(t.presetNote);
  return [
    tx('validation.estAssumeFactors'),
    tx('validation.estAssumePeak'),
    ...presetNotes,
    tx('validation.estAssumeUtilisation'),
    ...(terms.length > 1 ? [tx('validation.estAssumePeriods')] : []),
    ...(terms.some((t) => t.fullUtilisation) ? [tx('validation.estAssumeFullUtilisation')] : []),
    ...COMPUTE_SCOPE,
    tx('validation.estBestJudgement', { band: bandWords(band) }),
  ];
}

const COMPUTE_SCOPE: Text[] = [tx('validation.estComputeScope')];

/** R45: C ≈ 6 · P · D (large dense transformers: one forward and one backward pass per training token). */
export function estimateFromArchitecture(input: ArchitectureInput): EstimateResult {
  const issues: EstimateIssue[] = [];
  const p = input?.parameters;
  const d = input?.tokens;
  if (!isNumber(p) || p <= 0)
    issues.push({
      field: 'parameters',
      message: tx('validation.estParametersPositive'),
    });
  else if (p < MIN_COUNT)
    issues.push({
      field: 'parameters',
      message: tx('validation.estParametersInBillions', {
        given: num(p),
        count: (p * 1e9).toExponential().replace('e+', 'e'),
      }),
    });
  if (!isNumber(d) || d <= 0)
    issues.push({
      field: 'tokens',
      message: tx('validation.estTokensPositive'),
    });
  else if (d < MIN_COUNT)
    issues.push({
      field: 'tokens',
      message: tx('validation.estTokensInTrillions', {
        given: num(d),
        count: (d * 1e12).toExponential().replace('e+', 'e'),
      }),
    });
  if (issues.length > 0) return { ok: false, issues };

  const flop = 6 * (p as number) * (d as number);
  if (!(flop <= MAX_FLOP))
    return {
      ok: false,
      issues: [
        {
          field: '',
          message: tx('validation.estArchitectureTooLarge', { flop: formatFlop(flop) }),
        },
      ],
    };
  const band = estimateBand(flop);
  return {
    ok: true,
    flop,
    band,
    formula: tx('validation.estArchitectureFormula', {
      parameters: sci(p as number),
      tokens: sci(d as number),
      flop: flopParam(flop),
    }),
    assumptions: [
      tx('validation.estAssumeDense'),
      tx('validation.estAssumeLarge'),
      tx('validation.estAssumeTokens'),
      tx('validation.estAssumeOtherArchitectures'),
      ...COMPUTE_SCOPE,
      tx('validation.estBestJudgement', { band: bandWords(band) }),
    ],
    rules: ['R45', 'R43'],
  };
}

export interface ThresholdPosition {
  threshold: number;
  /** R7 (GPAI indicative criterion, 10^23) or R32 (systemic-risk presumption, 10^25). */
  rule: 'R7' | 'R32';
  name: Text;
  /** Strictly greater than the threshold (E2). */
  above: boolean;
  /** The threshold lies inside the ±30 % band of the figure (R43): a better estimate could change the side. */
  withinBand: boolean;
  message: Text;
}

const THRESHOLDS: readonly { threshold: number; rule: 'R7' | 'R32'; name: Text }[] = [
  { threshold: GPAI_THRESHOLD_FLOP, rule: 'R7', name: tx('validation.estNameGpai') },
  { threshold: SYSTEMIC_RISK_THRESHOLD_FLOP, rule: 'R32', name: tx('validation.estNameSystemicRisk') },
];

function assertFlop(value: number, what: string): void {
  if (!isNumber(value) || value < 0)
    throw new RangeError(`${what} must be a finite, non-negative number of FLOP`);
}

/** Where a compute figure lies against 10^23 (R7) and 10^25 (R32), and whether either is within ±30 % (R43, E2). */
export function positionAgainstThresholds(flop: number): ThresholdPosition[] {
  assertFlop(flop, 'flop');
  const band = estimateBand(flop);
  return THRESHOLDS.map(({ threshold, rule, name }) => {
    const above = exceeds(flop, threshold);
    const withinBand = withinBandOf(flop, threshold);
    const t = flopParam(threshold);
    const words = { flop: flopParam(flop), t, name, rule };
    const side = tx(
      flop === threshold
        ? 'validation.estExactlyThreshold'
        : above
          ? 'validation.estAboveThreshold'
          : 'validation.estBelowThreshold',
      words,
    );
    const message = withinBand
      ? tx('validation.twoSentences', {
          first: side,
          second: tx('validation.estThresholdWithinBand', { t, band: bandWords(band) }),
        })
      : side;
    return { threshold, rule, name, above, withinBand, message };
  });
}

export interface OneThirdPosition {
  /** The compute the modification must exceed: one third of the original's (R24), or the R25 fallback. */
  oneThird: number;
  /** 3 × modification > original (R24), or the fallback test (R25). */
  exceeds: boolean;
  /** One third lies inside the ±30 % band of the modification figure (R43). */
  withinBand: boolean;
  rules: RuleRef[];
  /** Edge cases that make the reading uncertain (E4 when the original's systemic risk is unknown). */
  ambiguous: RuleRef[];
  message: Text;
}

function oneThirdMessage(
  mod: number,
  oneThird: number,
  exceeded: boolean,
  exactly: boolean,
  within: boolean,
  basis: Text,
): Text {
  const words = { mod: flopParam(mod), oneThird: flopParam(oneThird), basis };
  const head = tx(
    exactly
      ? 'validation.estOneThirdExactly'
      : exceeded
        ? 'validation.estOneThirdMet'
        : 'validation.estOneThirdNotMet',
    words,
  );
  return within
    ? tx('validation.twoSentences', {
        first: head,
        second: tx('validation.estOneThirdWithinBand', { band: bandWords(estimateBand(mod)) }),
      })
    : head;
}

/** R24: is the modification compute more than one third of the original's training compute? (3 × mod > original) */
export function positionAgainstOneThird(modFlop: number, originalFlop: number): OneThirdPosition {
  assertFlop(modFlop, 'modFlop');
  assertFlop(originalFlop, 'originalFlop');
  const oneThird = originalFlop / 3;
  const exceeded = exceedsOneThird(modFlop, originalFlop);
  const within = withinBandOf(modFlop, oneThird);
  return {
    oneThird,
    exceeds: exceeded,
    withinBand: within,
    rules: ['R24'],
    ambiguous: [],
    message: oneThirdMessage(
      modFlop,
      oneThird,
      exceeded,
      3 * modFlop === originalFlop,
      within,
      tx('validation.estBasisOriginal', { flop: flopParam(originalFlop) }),
    ),
  };
}

/**
 * R25 fallback when the original's compute cannot be known: one third of 10^25 when the original has systemic
 * risk, otherwise one third of 10^23. When it is unknown whether the original has systemic risk, the lower
 * (conservative) threshold is used and E4 is flagged — an inference, not stated in the guidelines.
 */
export function positionAgainstFallbackOneThird(
  modFlop: number,
  originalSystemicRisk: 'yes' | 'no' | 'unknown',
): OneThirdPosition {
  assertFlop(modFlop, 'modFlop');
  const sr = originalSystemicRisk === 'yes';
  const base = sr ? SYSTEMIC_RISK_THRESHOLD_FLOP : GPAI_THRESHOLD_FLOP;
  const oneThird = base / 3;
  const exceeded = exceedsFallbackOneThird(modFlop, sr);
  const within = withinBandOf(modFlop, oneThird);
  const basis = tx(
    sr
      ? 'validation.estBasisFallbackSystemicRisk'
      : originalSystemicRisk === 'no'
        ? 'validation.estBasisFallbackNoSystemicRisk'
        : 'validation.estBasisFallbackUnknown',
    { flop: flopParam(base) },
  );
  return {
    oneThird,
    exceeds: exceeded,
    withinBand: within,
    rules: ['R25'],
    ambiguous: originalSystemicRisk === 'unknown' ? ['E4'] : [],
    message: oneThirdMessage(modFlop, oneThird, exceeded, 3 * modFlop === base, within, basis),
  };
}

/** The thresholds an estimate is compared with: 10^23 (R7), 10^25 (R32) and the fallback thirds (R25). */
const KEPT_SIDES = [
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
  GPAI_THRESHOLD_FLOP / 3,
  SYSTEMIC_RISK_THRESHOLD_FLOP / 3,
];

/**
 * An estimate written for the answer with sensible precision (R43: it is only good to ±30 %): two significant
 * figures (2.1e24, not 2.1000093696e24), more only where two would move it to the other side of — or onto — a
 * threshold it is tested against (E2: the tests are strict), so rounding never changes a verdict. `also` adds
 * thresholds of this question, such as one third of the original model's compute (R24).
 */
export function roundEstimate(flop: number, also: readonly number[] = []): number {
  if (!(flop > 0) || !Number.isFinite(flop)) return flop;
  const thresholds = [...KEPT_SIDES, ...also];
  for (let digits = 2; digits < 17; digits++) {
    const rounded = Number(flop.toPrecision(digits));
    if (thresholds.every((t) => rounded > t === flop > t && (rounded === t) === (flop === t))) return rounded;
  }
  return flop;
}

/** A threshold a typed figure is tested against, for the range warnings. */
export interface ThresholdTest {
  threshold: number;
  /** What the threshold is ("presumption of systemic risk"): a message, or words the caller chose. */
  name: Param;
  rule: RuleRef;
}

/** The tests of positionAgainstThresholds: 10^23 (R7) and 10^25 (R32). */
export const THRESHOLD_TESTS: readonly ThresholdTest[] = THRESHOLDS.map((t) => ({ ...t }));

/**
 * R43, E2 with a range typed ("2e25–4e25"): each threshold the range spans could lie on either side of the
 * true figure, whatever the ±30 % band of the recorded end says. One warning per spanned threshold.
 */
export function rangeWarnings(
  range: { low: number; high: number },
  recorded: number,
  tests: readonly ThresholdTest[],
): Text[] {
  const words = bandWords(range);
  return tests
    .filter(({ threshold }) => !exceeds(range.low, threshold) && exceeds(range.high, threshold))
    .map(({ threshold, name, rule }) =>
      tx('validation.estRangeSpans', {
        range: words,
        t: flopParam(threshold),
        name,
        rule,
        recorded: flopParam(recorded),
        side: exceeds(recorded, threshold) ? 'above' : 'notAbove',
      }),
    );
}

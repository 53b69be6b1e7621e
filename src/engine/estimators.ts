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
import { WORDS } from './law/words';
import type { RuleRef } from './report';

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
  message: string;
}

export interface Estimate {
  ok: true;
  flop: number;
  /** ±30 % (R43). */
  band: { low: number; high: number };
  /** The formula with the figures, in words. */
  formula: string;
  /** What the estimate assumes, to be documented with it (R43). */
  assumptions: string[];
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
const bandWords = (band: { low: number; high: number }): string =>
  `${sci(band.low)} – ${formatFlop(band.high)}`;

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
      message: 'Enter the number of accelerators as a whole number, e.g. 1024.',
    });
  else if (count < 1)
    issues.push({ field: at('count'), message: 'The number of accelerators must be at least 1.' });
  else if (!Number.isInteger(count))
    issues.push({
      field: at('count'),
      message: `Enter a whole number of accelerators (${Math.round(count)}, not ${count}).`,
    });
}

/** L: the duration in days or in hours (not both), more than 0; NaN when not usable. */
function checkDuration(p: HardwarePeriod, at: (f: string) => string, issues: Issues): number {
  const hasHours = p.hours !== undefined;
  const hasDays = p.days !== undefined;
  if (hasHours && hasDays) {
    issues.push({ field: at('hours'), message: 'Give the duration in days or in hours, not both.' });
    return Number.NaN;
  }
  if (!hasHours && !hasDays) {
    issues.push({
      field: at('days'),
      message: 'Enter how long the accelerators were training, in days or in hours.',
    });
    return Number.NaN;
  }
  const field = hasHours ? 'hours' : 'days';
  const v = (hasHours ? p.hours : p.days) as number;
  if (!isNumber(v))
    issues.push({ field: at(field), message: `Enter the duration as a number of ${field}, e.g. 30.` });
  else if (v <= 0) issues.push({ field: at(field), message: `The duration must be more than 0 ${field}.` });
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
      message: `Unknown accelerator "${p.accelerator}". Choose one from the list or enter its peak FLOP/s.`,
    });
  const h = p.peakFlopPerSecond ?? preset?.peakFlopPerSecond;
  if (h === undefined) {
    if (p.accelerator === undefined)
      issues.push({
        field: at('peakFlopPerSecond'),
        message: 'Choose an accelerator or enter the peak FLOP/s of one unit, e.g. 9.89e14 for 989 TFLOP/s.',
      });
  } else if (!isNumber(h) || h <= 0)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: 'Enter the peak FLOP/s of one accelerator as a positive number, e.g. 9.89e14 for 989 TFLOP/s.',
    });
  else if (h < MIN_PEAK_FLOP_PER_SECOND)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: `${num(h)} FLOP/s is far too low for a training accelerator — was it typed in TFLOP/s? ${num(h)} TFLOP/s is ${(h * 1e12).toExponential().replace('e+', 'e')} FLOP/s.`,
    });
  else if (h > MAX_PEAK_FLOP_PER_SECOND)
    issues.push({
      field: at('peakFlopPerSecond'),
      message: `${sci(h)} FLOP/s is more than any single accelerator delivers. Enter the peak of one unit; the number of units multiplies it.`,
    });
  else return h;
  return Number.NaN;
}

/** U: a fraction of peak in (0, 1]; a percentage is refused with its fraction. */
function checkUtilisation(u: unknown, at: (f: string) => string, issues: Issues): void {
  if (!isNumber(u))
    issues.push({
      field: at('utilisation'),
      message: 'Enter the average utilisation as a fraction of peak between 0 and 1, e.g. 0.4 for 40 %.',
    });
  else if (u <= 0)
    issues.push({
      field: at('utilisation'),
      message:
        'Utilisation must be more than 0: it is the share of peak actually achieved, e.g. 0.4 for 40 %.',
    });
  else if (u > 1 && u <= 100)
    issues.push({
      field: at('utilisation'),
      message: `Utilisation is a fraction between 0 and 1, not a percentage, and cannot exceed 1 (100 %): for ${num(u)} % write ${num(u / 100)}.`,
    });
  else if (u > 1)
    issues.push({ field: at('utilisation'), message: 'Utilisation cannot exceed 1 (100 % of peak).' });
}

/**
 * R44: C = N · L · H · U, summed over periods (mixed hardware or a changing number of units). Summing per
 * period is the same as using the time-weighted average peak for mixed hardware.
 */
export function estimateFromHardware(input: HardwarePeriod | readonly HardwarePeriod[]): EstimateResult {
  const periods: readonly HardwarePeriod[] = Array.isArray(input) ? input : [input as HardwarePeriod];
  const many = Array.isArray(input);
  if (periods.length === 0)
    return { ok: false, issues: [{ field: 'periods', message: 'Add at least one training period.' }] };

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
          message: `The estimate is ${formatFlop(total)}, more than 10^30 FLOP. Check the inputs: duration in days or hours, peak in FLOP/s (not TFLOP/s × 10^12 twice).`,
        },
      ],
    };

  const band = estimateBand(total);
  const formula =
    terms.length === 1
      ? `C = N × L × H × U = ${terms[0]?.words}`
      : `C = sum of N × L × H × U over ${terms.length} periods: ${terms.map((t) => `(${t.words})`).join(' + ')} = ${formatFlop(total)}`;
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
  words: string;
  /** Where the peak of a preset accelerator comes from, when the preset supplied it. */
  presetNote: string | null;
  fullUtilisation: boolean;
}

/** R44: one period's N · L · H · U, in words with the hardware that supplied H. */
function periodTerm(p: HardwarePeriod, seconds: number, peak: number): PeriodTerm {
  const flop = p.count * seconds * peak * p.utilisation;
  const preset = p.accelerator === undefined ? undefined : findAccelerator(p.accelerator);
  const fromPreset = preset && p.peakFlopPerSecond === undefined ? preset : undefined;
  const hardware = fromPreset ? ` (${fromPreset.name}, ${fromPreset.precision})` : '';
  const duration = p.hours !== undefined ? `${num(p.hours)} h` : `${num(p.days as number)} days`;
  const label = p.label ? `${p.label}: ` : '';
  return {
    flop,
    words: `${label}${num(p.count)} units × ${num(seconds)} s (${duration}) × ${sci(peak)} FLOP/s${hardware} × ${num(p.utilisation)} = ${formatFlop(flop)}`,
    presetNote: fromPreset
      ? `Peak of ${fromPreset.name}: ${formatFlop(fromPreset.peakFlopPerSecond, { unit: false })} FLOP/s, ${fromPreset.precision} (${fromPreset.source}).${fromPreset.note ? ` ${fromPreset.note}` : ''}`
      : null,
    fullUtilisation: p.utilisation === 1,
  };
}

/** R43, R44, R46: what the hardware estimate assumes, preset sources once each. */
function hardwareAssumptions(terms: readonly PeriodTerm[], band: { low: number; high: number }): string[] {
  const presetNotes: string[] = [];
  for (const t of terms)
    if (t.presetNote && !presetNotes.includes(t.presetNote)) presetNotes.push(t.presetNote);
  return [
    'N, L, H and U as entered; L counts only the time the accelerators spent training the model (R44).',
    'H is the peak theoretical FLOP/s of one unit at the precision the run used; all operations count equally regardless of precision (R46).',
    ...presetNotes,
    'U is the average utilisation over the whole period: the share of peak actually achieved (R44).',
    ...(terms.length > 1
      ? ['Hardware or unit count changed during the run: the compute of each period is summed (R44).']
      : []),
    ...(terms.some((t) => t.fullUtilisation)
      ? ['A utilisation of 1 (100 % of peak) is an upper bound; real training runs achieve less.']
      : []),
    ...COMPUTE_SCOPE,
    `Best-judgement estimate: the guidelines accept an overall error of up to 30 % (R43), so the true figure is taken to lie between ${bandWords(band)}.`,
  ];
}

const COMPUTE_SCOPE = [
  `For the ${WORDS.gpaiPower} test and the one-third test count only compute that directly contributed to parameter updates (R12, R42); for the ${WORDS.systemicRiskPower} test add non-public synthetic-data generation and the compute behind merged or initialising weights (R33).`,
];

/** R45: C ≈ 6 · P · D (large dense transformers: one forward and one backward pass per training token). */
export function estimateFromArchitecture(input: ArchitectureInput): EstimateResult {
  const issues: EstimateIssue[] = [];
  const p = input?.parameters;
  const d = input?.tokens;
  if (!isNumber(p) || p <= 0)
    issues.push({
      field: 'parameters',
      message:
        'Enter the number of parameters as a positive number, e.g. 7e9 for a 7-billion-parameter model.',
    });
  else if (p < MIN_COUNT)
    issues.push({
      field: 'parameters',
      message: `Enter the number of parameters itself, not in billions: ${num(p)} billion is ${(p * 1e9).toExponential().replace('e+', 'e')}.`,
    });
  if (!isNumber(d) || d <= 0)
    issues.push({
      field: 'tokens',
      message: 'Enter the number of training tokens as a positive number, e.g. 2e12 for 2 trillion tokens.',
    });
  else if (d < MIN_COUNT)
    issues.push({
      field: 'tokens',
      message: `Enter the number of tokens itself, not in trillions: ${num(d)} trillion is ${(d * 1e12).toExponential().replace('e+', 'e')}.`,
    });
  if (issues.length > 0) return { ok: false, issues };

  const flop = 6 * (p as number) * (d as number);
  if (!(flop <= MAX_FLOP))
    return {
      ok: false,
      issues: [
        {
          field: '',
          message: `6 × P × D is ${formatFlop(flop)}, more than 10^30 FLOP. Check the parameter and token counts.`,
        },
      ],
    };
  const band = estimateBand(flop);
  return {
    ok: true,
    flop,
    band,
    formula: `C ≈ 6 × P × D = 6 × ${sci(p as number)} parameters × ${sci(d as number)} tokens = ${formatFlop(flop)}`,
    assumptions: [
      'Dense transformer: about 6 FLOP per parameter per training token, i.e. one forward and one backward pass per token (R45).',
      'Large model: the parameter count is much larger than 1/12 of the context length in tokens (R45).',
      'D counts every token processed in training, including repeated epochs.',
      'For other architectures (e.g. mixture-of-experts) count passes × operations per pass, or use the hardware-based estimate (R44, R45).',
      ...COMPUTE_SCOPE,
      `Best-judgement estimate: the guidelines accept an overall error of up to 30 % (R43), so the true figure is taken to lie between ${bandWords(band)}.`,
    ],
    rules: ['R45', 'R43'],
  };
}

export interface ThresholdPosition {
  threshold: number;
  /** R7 (GPAI indicative criterion, 10^23) or R32 (systemic-risk presumption, 10^25). */
  rule: 'R7' | 'R32';
  name: string;
  /** Strictly greater than the threshold (E2). */
  above: boolean;
  /** The threshold lies inside the ±30 % band of the figure (R43): a better estimate could change the side. */
  withinBand: boolean;
  message: string;
}

const THRESHOLDS = [
  { threshold: GPAI_THRESHOLD_FLOP, rule: 'R7', name: 'indicative criterion for a general-purpose AI model' },
  { threshold: SYSTEMIC_RISK_THRESHOLD_FLOP, rule: 'R32', name: 'presumption of systemic risk' },
] as const;

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
    const t = formatFlop(threshold);
    const side =
      flop === threshold
        ? `${formatFlop(flop)} is exactly ${t}, which does not exceed it: the ${name} requires more than ${t} (${rule}, E2).`
        : above
          ? `${formatFlop(flop)} is above ${t}, the ${name} (${rule}).`
          : `${formatFlop(flop)} is below ${t}, the ${name} (${rule}).`;
    const band_ = withinBand
      ? ` ${t} lies within the ±30 % band of the figure (${bandWords(band)}), so a more precise estimate could put it on the other side; document the method and keep monitoring (R43, E2).`
      : '';
    return { threshold, rule, name, above, withinBand, message: side + band_ };
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
  message: string;
}

function oneThirdMessage(
  mod: number,
  oneThird: number,
  exceeded: boolean,
  exactly: boolean,
  within: boolean,
  basis: string,
): string {
  const m = `${formatFlop(mod)} of modification compute`;
  const head = exactly
    ? `${m} is exactly one third of ${basis}. That does not meet the criterion, which requires more than one third (R24, E2).`
    : exceeded
      ? `${m} is more than ${formatFlop(oneThird)}, one third of ${basis}: the indicative criterion for becoming the provider of the modified model is met (R23, R24).`
      : `${m} is not more than ${formatFlop(oneThird)}, one third of ${basis}: the indicative criterion for becoming the provider of the modified model is not met (R24, R30).`;
  const band = within
    ? ` One third lies within the ±30 % band of the modification figure (${bandWords(estimateBand(mod))}); a more precise estimate could change this (R43).`
    : '';
  return head + band;
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
      `the original's ${formatFlop(originalFlop)}`,
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
  const basis = `${formatFlop(base)} ${
    sr
      ? "(the original's compute is unknown and it has systemic risk, R25)"
      : originalSystemicRisk === 'no'
        ? "(the original's compute is unknown and it has no systemic risk, R25)"
        : "(neither the original's compute nor whether it has systemic risk is known: the conservative reading, R25, E4)"
  }`;
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
  name: string;
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
): string[] {
  const words = `${sci(range.low)} – ${formatFlop(range.high)}`;
  return tests
    .filter(({ threshold }) => !exceeds(range.low, threshold) && exceeds(range.high, threshold))
    .map(({ threshold, name, rule }) => {
      const t = formatFlop(threshold);
      const side = exceeds(recorded, threshold) ? 'above it' : 'not above it';
      return `Your range (${words}) spans ${t}, the ${name} (${rule}): the true figure could be on either side. The answer records ${formatFlop(recorded)}, ${side}. Narrow the estimate if you can, and document the method and its uncertainty (R43, E2).`;
    });
}

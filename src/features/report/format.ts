/**
 * Wording helpers for the report: relative days, obligation status and verdict tone. Pure functions so the
 * same words can be tested without rendering. Dates are calendar dates from the engine (no time zone).
 */
import { formatDate } from '../../engine/dates';
import type { Obligation, ProviderRole, Report, VerdictKey } from '../../engine/report';
import { dueWords, stepTakenWords } from '../../export/period-words';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { verdictCertainty } from './glance';

/** "today", "in 1 day", "in 14 days", "1 day ago", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

function dayCount(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}

export type Tone = 'positive' | 'negative' | 'caution' | 'neutral' | 'unknown';
export type IconName = 'check' | 'clock' | 'alert' | 'help' | 'minus' | 'cross' | 'info' | 'na';

export interface StatusWords {
  tone: Tone;
  icon: IconName;
  /** Short status in words: "In force since 2 August 2025", "Due in 14 days". */
  text: string;
  /** A second line giving the date or reason, or null. */
  detail: string | null;
}

/** Status of an obligation relative to the report's as-of date, in words and an icon (never colour alone). */
export function obligationStatus(ob: Obligation): StatusWords {
  const days = ob.daysFromAsOf;
  const atLatest = ob.period?.bound === 'atLatest';
  switch (ob.status) {
    case 'in-force':
      // Not a tick: "in force" is a duty that binds now, not a step done ('done' has the tick).
      return {
        tone: 'neutral',
        icon: 'info',
        text: ob.appliesFrom ? `In force since ${formatDate(ob.appliesFrom)}` : 'In force',
        detail:
          ob.dueBy && ob.dueBy !== ob.appliesFrom
            ? `Must be met by ${formatDate(ob.dueBy)}${days !== null && days > 0 ? ` (${relativeDays(days)})` : ''}`
            : null,
      };
    case 'upcoming': {
      const date = ob.dueBy ?? ob.appliesFrom;
      if (ob.dueBy) {
        return {
          tone: 'caution',
          icon: 'clock',
          text: `${days === null ? 'Due' : days <= 0 ? 'Due today' : `Due in ${dayCount(days)}`}${atLatest ? ' at the latest' : ''}`,
          detail: `${dueWords(ob)}${ob.appliesFrom && ob.appliesFrom !== ob.dueBy ? `; applies from ${formatDate(ob.appliesFrom)}` : ''}`,
        };
      }
      return {
        tone: 'neutral',
        icon: 'clock',
        text: days === null ? 'Applies later' : days <= 0 ? 'Applies today' : `Applies in ${dayCount(days)}`,
        detail: date ? `Applies from ${formatDate(date)}` : null,
      };
    }
    case 'overdue': {
      const date = ob.dueBy ?? ob.appliesFrom;
      const was = date ? `Was due ${atLatest ? 'at the latest ' : ''}${formatDate(date)}` : null;
      return {
        tone: 'negative',
        icon: 'alert',
        text: days === null ? 'Overdue' : `Overdue by ${dayCount(Math.abs(days))}`,
        detail:
          ob.stepTaken === 'no'
            ? [was, stepTakenWords(ob)].filter(Boolean).join('. ')
            : was && `${was} — if already done, keep the record`,
      };
    }
    case 'exempted':
      return {
        tone: 'neutral',
        icon: 'minus',
        text: 'Exempted',
        detail: ob.exemptionReason,
      };
    case 'done': {
      if (ob.id === 'art52_1')
        return {
          tone: 'positive',
          icon: 'check',
          text: 'Done',
          detail: ob.dueBy ? `Notified; the deadline was ${formatDate(ob.dueBy)}` : 'Notified',
        };
      const date = ob.dueBy ?? ob.appliesFrom;
      const when = date && `required ${days !== null && days > 0 ? 'by' : 'since'} ${formatDate(date)}`;
      return {
        tone: 'positive',
        icon: 'check',
        text: 'Done',
        detail: when ? `In place, as you answered; ${when}` : 'In place, as you answered',
      };
    }
    case 'date-unknown':
      return {
        tone: 'unknown',
        icon: 'help',
        text: 'Date unknown',
        detail: 'The date depends on an answer marked “I don’t know” — see the open questions.',
      };
  }
}

export const VERDICT_QUESTIONS: Record<VerdictKey, string> = {
  gpai: 'General-purpose AI model?',
  provider: 'Are you its provider?',
  systemicRisk: 'Systemic risk',
  openSource: 'Open-source exemption',
};

export const VERDICT_ORDER: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

/** Badge tone and icon for a verdict: its certainty (from the engine's label), then the report's typed fields. */
export function verdictTone(report: Report, key: VerdictKey): { tone: Tone; icon: IconName } {
  // Certainty first: a "Probably" must not wear the tick of a settled yes, nor "Not established" the cross of a no.
  switch (verdictCertainty(report, key)) {
    case 'probable':
      return { tone: 'caution', icon: 'help' };
    case 'not-established':
      return { tone: 'unknown', icon: 'help' };
    case 'conditional':
      return { tone: 'neutral', icon: 'clock' };
    case 'settled':
      break;
  }
  // "Not applicable" is not a "No": it gets its own icon (a circle struck through).
  if (/^Not applicable\b/.test(report.verdicts[key].label)) return { tone: 'neutral', icon: 'na' };
  switch (key) {
    case 'gpai':
      return report.isGPAI ? { tone: 'positive', icon: 'check' } : { tone: 'neutral', icon: 'cross' };
    case 'provider':
      return report.isProvider ? { tone: 'positive', icon: 'check' } : { tone: 'neutral', icon: 'cross' };
    case 'systemicRisk':
      return report.systemicRisk === 'none'
        ? { tone: 'neutral', icon: 'cross' }
        : { tone: 'caution', icon: 'alert' };
    case 'openSource':
      return report.openSourceExemption
        ? { tone: 'positive', icon: 'check' }
        : { tone: 'neutral', icon: 'cross' };
  }
}

export const ROLE_WORDS: Record<ProviderRole, string> = {
  provider: 'Provider — you develop the model (or had it developed) and place it on the market',
  'modification-provider': 'Provider of the modified model — your obligations cover your modification',
  'integrator-as-model-provider':
    'Provider of the model — the upstream provider excluded the EU, and you bring the model into the EU',
  'downstream-system-provider': "Downstream provider — you build an AI system on someone else's model",
  host: "Host — you make others' models available; the uploader is the provider",
  contractor:
    'Contractor — you develop or modify the model for a client that places it under its own name; the client is the provider',
  'not-placed': 'Not placed on the EU market, so no provider obligations arise',
  'out-of-scope': 'Outside the GPAI model rules',
};

/** The short answers hash as the PDF and share tools print it: the first 12 hex digits (ADR 0020). */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256[:-]/i, '').slice(0, 12);
}

/** Today's calendar date in the user's time zone, read in the UI layer only (the engine never reads clocks). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The report with every sentence's ASCII powers of ten written as superscripts (links and ids untouched). */
export function withSuperscripts(report: Report): Report {
  return JSON.parse(JSON.stringify(report), (key, value) =>
    typeof value === 'string' && key !== 'url' ? superscriptPowers(value) : value,
  ) as Report;
}

/** Report values in words for the exports (PDF, calendar). Plain English; never raw keys. */
import { formatDate } from '../engine/dates';
import type { Obligation, ProviderRole, Report, VerdictKey } from '../engine/report';
import { dueWords } from './period-words';

export const VERDICT_TITLES: Record<VerdictKey, string> = {
  gpai: 'General-purpose AI model?',
  provider: 'Are you its provider?',
  systemicRisk: 'Systemic risk',
  openSource: 'Open-source exemption',
};

export const VERDICT_ORDER: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

export const ROLE_WORDS: Record<ProviderRole, string> = {
  provider: 'Provider of the model',
  'modification-provider': 'Provider of the modified model (obligations limited to the modification)',
  'integrator-as-model-provider': 'Treated as the provider of the model (non-EU chain)',
  'downstream-system-provider': 'Downstream provider of an AI system (no model obligations)',
  host: 'Host of models made available by others (not their provider)',
  contractor:
    'Contractor developing or modifying the model for a client that places it under its own name (the client is the provider)',
  'not-placed': 'Not placed on the Union market',
  'out-of-scope': 'Outside the GPAI model rules',
};

/** "in 14 days", "today", "3 days ago". */
export function daysWords(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** The date an obligation is shown against: its due date, else the date it applies from. */
export function obligationDate(o: Obligation): string | null {
  return o.dueBy ?? o.appliesFrom;
}

/** "Applies from 2 August 2026, due at the latest by 18 August 2025; prepare from 16 November 2026". */
export function obligationDatesWords(o: Obligation): string {
  const parts: string[] = [];
  if (o.appliesFrom) parts.push(`Applies from ${formatDate(o.appliesFrom)}`);
  if (o.dueBy && o.dueBy !== o.appliesFrom) {
    const due = dueWords(o) ?? '';
    parts.push(parts.length ? due.charAt(0).toLowerCase() + due.slice(1) : due);
  }
  const dates = parts.length ? parts.join(', ') : 'No date (depends on an unknown answer)';
  return o.prepareFrom ? `${dates}; prepare from ${formatDate(o.prepareFrom)} (E28)` : dates;
}

export function obligationStatusWords(o: Obligation): string {
  const n = o.daysFromAsOf;
  switch (o.status) {
    case 'in-force':
      return 'In force';
    case 'upcoming':
      return n === null ? 'Upcoming' : `${o.dueBy ? 'Due' : 'Applies'} ${daysWords(n)}`;
    case 'overdue':
      return n === null ? 'Overdue' : `Overdue by ${Math.abs(n)} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
    case 'exempted':
      return 'Exempted';
    case 'date-unknown':
      return 'Date unknown';
    case 'done':
      return 'Done';
  }
}

export function systemicRiskWords(r: Report): string {
  return r.systemicRisk === 'none' ? 'None' : r.systemicRisk === 'presumed' ? 'Presumed' : 'Designated';
}

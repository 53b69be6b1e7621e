/**
 * The law's dates and thresholds as the engine's English sentences write them, derived from the parameter
 * table (./parameters.ts) so that no sentence carries a literal of its own.
 */
import { formatFlop } from '../compute';
import { formatDate } from '../dates';
import { law } from './parameters';

const power = (flop: number) => formatFlop(flop, { ascii: true, unit: false });
const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
/** EUR 15 000 000: digits grouped by thin-free spaces, as the Official Journal writes amounts. */
const eur = (amount: number) => `EUR ${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;

export const WORDS = {
  chapterVApplies: formatDate(law('chapterVApplies')),
  legacyLastPlacingDay: formatDate(law('legacyLastPlacingDay')),
  legacyComplianceDeadline: formatDate(law('legacyComplianceDeadline')),
  finesApply: formatDate(law('finesApply')),
  art50MarkingLegacyDeadline: formatDate(law('art50MarkingLegacyDeadline')),
  annexIIIHighRiskApplies: formatDate(law('annexIIIHighRiskApplies')),
  annexIHighRiskApplies: formatDate(law('annexIHighRiskApplies')),
  gpaiPower: power(law('gpaiThresholdFlop')),
  gpaiThreshold: formatFlop(law('gpaiThresholdFlop'), { ascii: true }),
  systemicRiskPower: power(law('systemicRiskThresholdFlop')),
  systemicRiskThreshold: formatFlop(law('systemicRiskThresholdFlop'), { ascii: true }),
  /** With superscripts, for the questionnaire's help texts: "10²⁵", "10²⁵ FLOP". */
  gpaiPowerSup: formatFlop(law('gpaiThresholdFlop'), { unit: false }),
  gpaiThresholdSup: formatFlop(law('gpaiThresholdFlop')),
  systemicRiskPowerSup: formatFlop(law('systemicRiskThresholdFlop'), { unit: false }),
  systemicRiskThresholdSup: formatFlop(law('systemicRiskThresholdFlop')),
  fineCeiling: `${percent(law('fineCeilingPercent'))} of total worldwide annual turnover in the preceding financial year or ${eur(law('fineCeilingEur'))}, whichever is higher`,
  estimateTolerance: percent(law('estimateTolerance')),
} as const;

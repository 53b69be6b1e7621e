/**
 * The law's dates and thresholds as placeholders every message may use without passing them ("from
 * {chapterVApplies}", "more than {systemicRiskThreshold}"), written in the reader's language from the dated
 * parameter table (src/engine/law/parameters.ts). Issue 13 holds here too: no catalog writes a date or threshold
 * of the law itself; a test reads the catalogs for them.
 */
import { law } from '../engine/law/parameters';
import type { Translator } from './translator';

export const LAW_VALUE_NAMES = [
  'chapterVApplies',
  'legacyLastPlacingDay',
  'legacyComplianceDeadline',
  'finesApply',
  'art50MarkingLegacyDeadline',
  'annexIIIHighRiskApplies',
  'annexIHighRiskApplies',
  'gpaiPower',
  'gpaiThreshold',
  'systemicRiskPower',
  'systemicRiskThreshold',
  'gpaiPowerSup',
  'gpaiThresholdSup',
  'systemicRiskPowerSup',
  'systemicRiskThresholdSup',
  'fineCeiling',
  'estimateTolerance',
] as const;

export type LawValueName = (typeof LAW_VALUE_NAMES)[number];

export function lawValues(tr: Translator): Record<LawValueName, string> {
  const percent = (share: number) => `${tr.number(Math.round(share * 1000) / 10)} %`;
  // EUR 15 000 000: digits grouped by spaces, as the Official Journal writes amounts in every language.
  const amount = (eur: number) => String(eur).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return {
    chapterVApplies: tr.date(law('chapterVApplies')),
    legacyLastPlacingDay: tr.date(law('legacyLastPlacingDay')),
    legacyComplianceDeadline: tr.date(law('legacyComplianceDeadline')),
    finesApply: tr.date(law('finesApply')),
    art50MarkingLegacyDeadline: tr.date(law('art50MarkingLegacyDeadline')),
    annexIIIHighRiskApplies: tr.date(law('annexIIIHighRiskApplies')),
    annexIHighRiskApplies: tr.date(law('annexIHighRiskApplies')),
    gpaiPower: tr.flop(law('gpaiThresholdFlop'), { ascii: true, unit: false }),
    gpaiThreshold: tr.flop(law('gpaiThresholdFlop'), { ascii: true }),
    systemicRiskPower: tr.flop(law('systemicRiskThresholdFlop'), { ascii: true, unit: false }),
    systemicRiskThreshold: tr.flop(law('systemicRiskThresholdFlop'), { ascii: true }),
    gpaiPowerSup: tr.flop(law('gpaiThresholdFlop'), { unit: false }),
    gpaiThresholdSup: tr.flop(law('gpaiThresholdFlop')),
    systemicRiskPowerSup: tr.flop(law('systemicRiskThresholdFlop'), { unit: false }),
    systemicRiskThresholdSup: tr.flop(law('systemicRiskThresholdFlop')),
    fineCeiling: tr.t({
      msg: 'law.fineCeiling',
      params: {
        percent: percent(law('fineCeilingPercent')),
        eur: tr.t({ msg: 'law.eur', params: { amount: amount(law('fineCeilingEur')) } }),
      },
    }),
    estimateTolerance: percent(law('estimateTolerance')),
  };
}

/**
 * The engine's reference data on #/methodology, in the reader's language (issue #11): each changelog line, legal
 * source, holiday decision, law parameter and worked scenario has a message in the catalogs' `reference` area, keyed by its stable
 * id. The engine keeps its English (the single English source; reference-text.test.ts checks that the English
 * catalog renders it exactly); the page shows the catalog's text.
 */
import { type LawId, law } from '../../engine/law/parameters';
import type { SourceCode } from '../../engine/report';
import type { ChangelogChange } from '../../engine/rules-version';
import { SCENARIOS, type Scenario } from '../../engine/scenarios/scenarios';
import type { MessageId, Param } from '../../engine/text';
import { LOCALES } from '../../i18n/languages';
import type { Translator } from '../../i18n/translator';

/** "2026.11.2" + R87 → reference.change_2026_11_2_R87. */
export function changeMessage(version: string, change: ChangelogChange): MessageId {
  return `reference.change_${version.replaceAll('.', '_')}_${change.rule}` as MessageId;
}

/** "criterion-exactly-1e23-not-met" → reference.scenario_criterion_exactly_1e23_not_met. */
export function scenarioMessage(id: string): MessageId {
  return `reference.scenario_${id.replaceAll('-', '_')}` as MessageId;
}

export const sourceTitleMessage = (code: SourceCode) => `reference.sourceTitle_${code}` as const;
export const sourceReferenceMessage = (code: SourceCode) => `reference.sourceReference_${code}` as const;
export const sourceNoteMessage = (code: SourceCode) => `reference.sourceNote_${code}` as const;
/** A holiday list's Commission Decision: its title and its Official Journal reference. */
export const holidayDecisionMessage = (year: number) => `reference.holidayDecision_${year}` as MessageId;
export const holidayOjMessage = (year: number) => `reference.holidayOj_${year}` as MessageId;
export const lawLabelMessage = (id: LawId) => `reference.law_${id}` as const;
export const lawReferenceMessage = (id: LawId) => `reference.lawReference_${id}` as const;

/**
 * The parameters a scenario title may read besides the law's own placeholders: another scenario it names
 * ({scenario}), the law's dates in the short form some titles use ("2 Aug 2025") and the fine ceiling's share and
 * millions ("up to 3 % or EUR 15 million"), all from the dated parameter table.
 */
const shortDates = new Map<Translator['lang'], Intl.DateTimeFormat>();

/** "2 Aug 2025" / "2. Aug. 2025" / "2 août 2025". */
function shortDate(tr: Translator, iso: string): string {
  let format = shortDates.get(tr.lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[tr.lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    shortDates.set(tr.lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function scenarioTitleParams(tr: Translator, scenario: Scenario): Record<string, Param> {
  const named = SCENARIOS.find((other) => other.id !== scenario.id && scenario.title.includes(other.id));
  return {
    scenario: named?.id ?? '',
    chapterVAppliesShort: shortDate(tr, law('chapterVApplies')),
    finesApplyShort: shortDate(tr, law('finesApply')),
    legacyComplianceDeadlineShort: shortDate(tr, law('legacyComplianceDeadline')),
    fineShare: `${tr.number(Math.round(law('fineCeilingPercent') * 1000) / 10)} %`,
    fineMillions: tr.number(law('fineCeilingEur') / 1_000_000),
  };
}

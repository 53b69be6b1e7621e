/**
 * The comparison as a JSON document for automation (issue #9 "Exportable … JSON for automation"): the web
 * page's "Download JSON" and `npm run assess -- --compare a.json b.json --json` write exactly this. Versioned:
 * a reader checks `format` and `formatVersion`; fields are only ever added within a version. ADR 0096 describes
 * each field. The document's texts are held as the comparison holds them (the engine's Text, or words): a writer
 * renders them in one language (`inEnglish`, src/i18n) before writing the JSON, so the file holds strings.
 */

import { type ObligationDefinition, obligationDefinition } from '../rules/obligation-catalogue';
import { RULES_VERSION } from '../rules-version';
import type { Comparison, ComparisonSide } from './compare';

export const COMPARISON_FORMAT = 'gpai-navigator/comparison';
export const COMPARISON_FORMAT_VERSION = 1;

export interface ComparisonFileSide extends ComparisonSide {
  /** What the side is: a file name, "Łódź AI — draft", "Łódź AI — version 2". */
  label: string;
}

export interface ComparisonFile extends Omit<Comparison, 'a' | 'b' | 'obligations'> {
  format: typeof COMPARISON_FORMAT;
  formatVersion: typeof COMPARISON_FORMAT_VERSION;
  /** The rules version of the engine that made the comparison. */
  engineRulesVersion: string;
  a: ComparisonFileSide;
  b: ComparisonFileSide;
  /** True when neither the answers nor the result differ. */
  same: boolean;
  obligations: (Comparison['obligations'][number] & {
    article: ObligationDefinition['article'];
    title: ObligationDefinition['title'];
  })[];
}

export function comparisonFile(c: Comparison, labels: { a: string; b: string }): ComparisonFile {
  return {
    format: COMPARISON_FORMAT,
    formatVersion: COMPARISON_FORMAT_VERSION,
    engineRulesVersion: RULES_VERSION,
    a: { label: labels.a, ...c.a },
    b: { label: labels.b, ...c.b },
    same: c.sameAnswers && c.sameResult,
    sameAnswers: c.sameAnswers,
    sameResult: c.sameResult,
    answers: c.answers,
    verdicts: c.verdicts,
    role: c.role,
    obligations: c.obligations.map((o) => {
      const def = obligationDefinition(o.id);
      return { ...o, article: def.article, title: def.title };
    }),
    deadlines: c.deadlines,
  };
}

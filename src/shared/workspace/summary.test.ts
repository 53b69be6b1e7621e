/** summarizeReport keeps what the list and a rules-change check need, and nothing of the report's prose. */

import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { inEnglish } from '../../i18n/english';
import { PERSONAS } from '../../share/test-personas';
import { summarizeReport } from './summary';

describe('summarizeReport', () => {
  it('keeps verdict badges, obligations and deadlines of the report', () => {
    const report = evaluate(PERSONAS.frontierLabOutsideEu as Answers, '2026-11-25');
    const summary = summarizeReport(report);
    expect(summary).toMatchObject({
      isGPAI: report.isGPAI,
      isProvider: report.isProvider,
      role: report.role,
      systemicRisk: 'presumed',
      openSourceExemption: false,
      notificationDeadline: report.notificationDeadline,
      complianceDeadline: report.complianceDeadline,
    });
    expect(Object.keys(summary.verdicts)).toEqual(['gpai', 'provider', 'systemicRisk', 'openSource']);
    // Stored in English whatever the reader's language: the language-neutral form lists compare.
    expect(summary.verdicts.systemicRisk.label).toBe(inEnglish(report.verdicts.systemicRisk.label));
    expect(summary.obligations).toEqual(
      report.obligations.map((o) => ({
        id: o.id,
        status: o.status,
        appliesFrom: o.appliesFrom,
        dueBy: o.dueBy,
      })),
    );
  });

  it('marks a verdict ambiguous exactly when the engine met an edge case for it', () => {
    for (const answers of Object.values(PERSONAS)) {
      const report = evaluate(answers, '2026-11-25');
      const summary = summarizeReport(report);
      for (const key of ['gpai', 'provider', 'systemicRisk', 'openSource'] as const) {
        expect(summary.verdicts[key].ambiguous).toBe(report.verdicts[key].ambiguous.length > 0);
      }
    }
  });

  it('holds no sentence: every string is a code, a date or a badge value', () => {
    const summary = summarizeReport(evaluate(PERSONAS.frontierLabOutsideEu as Answers, '2026-11-25'));
    const strings = JSON.stringify(summary).match(/"[^"]*"/g) ?? [];
    for (const s of strings) expect(s.length).toBeLessThan(40);
    expect(JSON.stringify(summary)).not.toMatch(/Art\. |http/);
  });
});

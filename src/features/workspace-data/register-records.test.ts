import { describe, expect, it } from 'vitest';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { answersToRow, parseRegister, registerCsv } from '../../export/register-csv';
import { english } from '../../i18n/english';
import { readWorkspaceFile, workspaceFileJson } from '../../shared/workspace/file';
import { assessmentStatus } from '../../shared/workspace/status';
import { previewRows, registerRecords } from './register-records';

function rows() {
  const csv = registerCsv([
    answersToRow(WIZARD_PERSONAS.frontierLab.answers, 'Legal'),
    answersToRow({ schemaVersion: 2, modelName: 'Half done', role: 'developer' }),
  ]);
  const parsed = parseRegister(csv, english);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}

describe('register rows as workspace records', () => {
  it('evaluates a complete row as version 1 (status complete) and keeps an incomplete one as a draft', () => {
    let n = 0;
    const records = registerRecords(previewRows(rows()), {
      asOf: '2026-11-30',
      now: '2026-11-30T12:00:00.000Z',
      newId: () => `id-${++n}`,
    });
    const assessments = records.filter((r) => r.kind === 'assessment');
    expect(assessments.map((a) => [a.name, a.owner, assessmentStatus(a)])).toEqual([
      [WIZARD_PERSONAS.frontierLab.answers.modelName, 'Legal', 'complete'],
      ['Half done', '', 'draft'],
    ]);
    const version = records.find((r) => r.kind === 'version');
    // R34: the frontier lab above 10^25 FLOP is presumed to have systemic risk; the badge comes from the engine.
    expect(version?.kind === 'version' && version.result.systemicRisk).toBe('presumed');
    expect(previewRows(rows()).map((p) => p.complete)).toEqual([true, false]);
  });

  it('makes records the workspace file accepts (the store writes what the file would)', () => {
    let n = 0;
    const records = registerRecords(previewRows(rows()), {
      asOf: '2026-11-30',
      now: '2026-11-30T12:00:00.000Z',
      newId: () => `id-${++n}`,
    });
    const read = readWorkspaceFile(workspaceFileJson(records, '2026-11-30T12:00:00.000Z'));
    expect(read.ok).toBe(true);
  });
});

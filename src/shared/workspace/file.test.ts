import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../engine/rules-version';
import { translatorFor } from '../../i18n/all';
import { PERSONAS } from '../../share/test-personas';
import {
  type Choice,
  fileLanguage,
  languageToRestore,
  planImport,
  type RecordKey,
  readWorkspaceFile,
  recordKey,
  resolveImport,
  WORKSPACE_FILE_FORMAT,
  workspaceFileJson,
} from './file';
import { assessmentOf, taskOf, versionOf } from './file-fixtures';
import type { WorkspaceRecord } from './types';

const frontier = PERSONAS.frontierLabOutsideEu as NonNullable<typeof PERSONAS.frontierLabOutsideEu>;
const open7b = PERSONAS.openWeights7bApache as NonNullable<typeof PERSONAS.openWeights7bApache>;

function workspace(): WorkspaceRecord[] {
  const v1 = versionOf('a1', 1, frontier);
  const v2 = versionOf(
    'a1',
    2,
    { ...frontier, codeOfPractice: 'none' },
    {
      signoff: {
        name: 'Ada Reviewer',
        role: 'DPO',
        date: '2026-11-20',
        note: 'ok',
        signedAt: '2026-11-20T10:00:00.000Z',
      },
    },
  );
  const b1 = versionOf('b', 1, open7b);
  return [assessmentOf('a1', frontier, v2), v1, v2, assessmentOf('b', open7b, b1), b1, taskOf('a1')];
}

const fileOf = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    version: 1,
    exportedAt: '2026-11-30T12:00:00.000Z',
    rulesVersion: RULES_VERSION,
    records,
    ...extra,
  });

const read = (text: string) => {
  const r = readWorkspaceFile(text);
  if (!r.ok) throw new Error(`${r.summary} ${JSON.stringify(r.problems)}`);
  return r.file;
};

describe('workspace file: export and read back', () => {
  it('round-trips every record unchanged (ids, versions, sign-off, tasks)', () => {
    const records = workspace();
    const text = workspaceFileJson(records, '2026-11-30T12:00:00.000Z');
    const file = read(text);
    expect(file.format).toBe('gpai-navigator/workspace');
    expect(file.version).toBe(1);
    expect(file.rulesVersion).toBe(RULES_VERSION);
    expect(file.records).toHaveLength(records.length);
    const plan = planImport(records, file.records);
    expect(plan.unchanged).toHaveLength(records.length);
    expect(plan.add).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    const signed = file.records.find((r) => r.kind === 'version' && r.signoff);
    expect(signed && signed.kind === 'version' && signed.signoff?.name).toBe('Ada Reviewer');
  });

  it('writes records in a stable order: assessments, versions, tasks', () => {
    const text = workspaceFileJson([...workspace()].reverse(), '2026-11-30T12:00:00.000Z');
    const kinds = read(text).records.map((r) => r.kind);
    expect(kinds).toEqual(['assessment', 'assessment', 'version', 'version', 'version', 'task']);
  });
});

describe('workspace file: refusals name the place', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const r = readWorkspaceFile('{\n  "format": "gpai-navigator/workspace",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.where).toBe('line 3, column 16');
  });

  it('refuses a repeated key with its line', () => {
    const r = readWorkspaceFile('{"format": "gpai-navigator/workspace",\n"format": "x"}');
    expect(!r.ok && r.problems[0]?.where).toBe('line 2, column 1');
  });

  it('tells an answers file of one model from a workspace file', () => {
    const r = readWorkspaceFile(JSON.stringify(frontier));
    expect(!r.ok && r.summary).toMatch(/answers file of one model/u);
  });

  it('refuses a newer file version, and accepts the version it reads (boundary)', () => {
    const newer = readWorkspaceFile(fileOf([], { version: 2 }));
    expect(!newer.ok && newer.summary).toMatch(/version 2, written by a newer GPAI Navigator/u);
    expect(readWorkspaceFile(fileOf([])).ok).toBe(true);
  });

  it('names the record and the answers field of a bad answer', () => {
    const v = versionOf('a1', 1, frontier);
    const bad = { ...v, answers: { ...v.answers, role: 'develper' } };
    const r = readWorkspaceFile(fileOf([assessmentOf('a1', frontier, v), bad]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problem = r.problems.find((p) => p.where.includes('answers.role'));
    expect(problem?.where).toBe('records[1] (version 1 of “Łódź AI”) answers.role');
    expect(problem?.message).toMatch(/Did you mean "developer"/u);
    // The same message in the reader's language (issue #11): the import shows it from its Text.
    expect(problem?.text && translatorFor('de').t(problem.text)).toMatch(/"developer"/u);
    expect(problem?.text && translatorFor('de').t(problem.text)).not.toMatch(/Did you mean/u);
  });

  it('refuses a version whose answers were edited after it was recorded (hash mismatch)', () => {
    const v = versionOf('a1', 1, frontier, {
      signoff: { name: 'R', role: '', date: '2026-11-20', note: '', signedAt: '2026-11-20T10:00:00.000Z' },
    });
    const edited = { ...v, answers: { ...v.answers, euEstablished: 'yes' } };
    const r = readWorkspaceFile(fileOf([assessmentOf('a1', frontier, v), edited]));
    expect(!r.ok && r.problems.map((p) => p.message).join(' ')).toMatch(/does not match the answers/u);
  });

  it('refuses a task whose id does not follow its assessment and obligation', () => {
    const t = { ...taskOf('a1'), id: 'a1/art54' };
    const r = readWorkspaceFile(fileOf([assessmentOf('a1', frontier), t]));
    expect(!r.ok && r.problems[0]).toEqual({
      where: 'records[1] (task art53_1_a of “Łódź AI”) id',
      message: 'a task\'s id must be "a1/art53_1_a"',
    });
  });

  it('refuses a record of unknown kind, a repeated id, and a version without its assessment', () => {
    const a = assessmentOf('a1', frontier);
    expect(readWorkspaceFile(fileOf([{ ...a, kind: 'memo' }])).ok).toBe(false);
    const dup = readWorkspaceFile(fileOf([a, a]));
    expect(!dup.ok && dup.problems[0]?.message).toMatch(/same assessment id as records\[0\]/u);
    const orphan = readWorkspaceFile(fileOf([versionOf('zz', 1, frontier)]));
    expect(!orphan.ok && orphan.problems[0]?.message).toMatch(/assessment zz, which is not in the file/u);
  });

  it('migrates version 1 draft answers as the draft store does, and refuses a damaged draft', () => {
    const a = { ...assessmentOf('a1', frontier), draft: { schemaVersion: 1, role: 'developer' } };
    const ok = read(fileOf([a]));
    expect((ok.records[0] as { draft: { schemaVersion?: number } }).draft.schemaVersion).toBe(2);
    const bad = readWorkspaceFile(fileOf([{ ...a, draft: { schemaVersion: 2, role: 'nobody' } }]));
    expect(!bad.ok && bad.problems[0]?.where).toBe('records[0] (assessment “Łódź AI”) draft.role');
  });
});

describe('import plan', () => {
  it('adds new ids, leaves equal records unchanged, and counts the workspace records not in the file', () => {
    const mine = workspace();
    const extra = assessmentOf('c', open7b);
    const plan = planImport(mine, [mine[0] as WorkspaceRecord, extra]);
    expect(plan.add.map(recordKey)).toEqual(['assessment:c']);
    expect(plan.unchanged.map(recordKey)).toEqual(['assessment:a1']);
    expect(plan.untouched).toBe(mine.length - 1);
  });

  it('shows a changed record as a conflict and says which side is newer', () => {
    const mine = assessmentOf('a1', frontier);
    const theirs = { ...mine, name: 'Renamed', updatedAt: '2026-11-29T09:00:00.000Z', rev: 4 };
    const [conflict] = planImport([mine], [theirs]).conflicts;
    expect(conflict?.newer).toBe('theirs');
    expect(conflict?.locked).toBe(false);
    const older = planImport([{ ...mine, updatedAt: '2026-11-30T09:00:00.000Z' }], [theirs]).conflicts[0];
    expect(older?.newer).toBe('mine');
  });

  it('writes nothing for a conflict until the user has chosen, then writes only the file side chosen', () => {
    const mine = assessmentOf('a1', frontier);
    const task = taskOf('a1');
    const theirs = { ...mine, name: 'Renamed', rev: 3 };
    const theirTask = { ...task, status: 'done' as const, rev: 9 };
    const plan = planImport([mine, task], [theirs, theirTask]);
    const undecided = resolveImport(plan, new Map());
    expect(undecided.ok).toBe(false);
    expect(!undecided.ok && undecided.undecided).toHaveLength(2);
    const choices = new Map<RecordKey, Choice>([
      ['assessment:a1', 'theirs'],
      ['task:a1/art53_1_a', 'mine'],
    ]);
    const resolved = resolveImport(plan, choices);
    expect(resolved.ok && resolved.records).toEqual([{ ...theirs, rev: 4 }]);
  });

  it('takes a revision above both sides, so a tab still editing the old revision is told of a conflict', () => {
    const mine = { ...assessmentOf('a1', frontier), rev: 7 };
    const theirs = { ...mine, name: 'X', rev: 2 };
    const resolved = resolveImport(planImport([mine], [theirs]), new Map([['assessment:a1', 'theirs']]));
    expect(resolved.ok && resolved.records[0]?.kind === 'assessment' && resolved.records[0].rev).toBe(8);
  });

  it('never replaces a signed version in this workspace by a different one with the same id', () => {
    const signed = versionOf('a1', 1, frontier, {
      signoff: { name: 'R', role: '', date: '2026-11-20', note: '', signedAt: '2026-11-20T10:00:00.000Z' },
    });
    const other = { ...signed, signoff: null };
    const plan = planImport([signed], [other]);
    expect(plan.conflicts[0]).toMatchObject({ locked: true, lockReason: 'signed' });
    const resolved = resolveImport(plan, new Map([['version:a1-v1', 'theirs']]));
    expect(resolved.ok && resolved.records).toEqual([]);
  });

  it('never changes an unsigned version’s content either: versions are immutable', () => {
    const mine = versionOf('a1', 1, frontier);
    const other = versionOf('a1', 1, open7b);
    const plan = planImport([mine], [other]);
    expect(plan.conflicts[0]).toMatchObject({ locked: true, lockReason: 'immutable' });
    expect(resolveImport(plan, new Map()).ok).toBe(true);
  });

  it('lets a sign-off made elsewhere be taken for an unsigned version (the file is newer)', () => {
    const unsigned = versionOf('a1', 1, frontier);
    const signed = {
      ...unsigned,
      signoff: { name: 'R', role: '', date: '2026-11-20', note: '', signedAt: '2026-11-20T10:00:00.000Z' },
    };
    const plan = planImport([unsigned], [signed]);
    expect(plan.conflicts[0]).toMatchObject({ locked: false, newer: 'theirs' });
    const resolved = resolveImport(plan, new Map([['version:a1-v1', 'theirs']]));
    expect(resolved.ok && resolved.records).toEqual([signed]);
  });

  it('numbers an added version after the workspace’s when its number is taken, and follows it in latest', () => {
    const mineV2 = versionOf('a1', 2, frontier, { id: 'mine-v2' });
    const theirV2 = versionOf('a1', 2, open7b, { id: 'their-v2' });
    const a = assessmentOf('a1', frontier, theirV2);
    const plan = planImport([versionOf('a1', 1, frontier), mineV2], [{ ...a, id: 'a1' }, theirV2]);
    expect(plan.renumbered.map((r) => [r.from, r.to])).toEqual([[2, 3]]);
    const added = plan.add.find((r) => r.id === 'their-v2');
    expect(added?.kind === 'version' && added.seq).toBe(3);
    const assessment = plan.add.find((r) => r.kind === 'assessment');
    expect(assessment?.kind === 'assessment' && assessment.latest?.seq).toBe(3);
    // A free number is kept as it is (boundary: 3 is not taken here).
    expect(planImport([versionOf('a1', 1, frontier)], [versionOf('a1', 3, open7b)]).renumbered).toEqual([]);
  });
});

describe('workspace file: the language it was exported in (issue #11, ADR 0101)', () => {
  it('carries the exporter’s language, after the rules version, and reads it back', () => {
    const text = workspaceFileJson(workspace(), '2026-11-30T12:00:00.000Z', 'de');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'exportedAt',
      'rulesVersion',
      'lang',
      'records',
    ]);
    const file = read(text);
    expect(file.lang).toBe('de');
    expect(fileLanguage(file)).toBe('de');
    expect(file.version).toBe(1);
  });

  it('writes no language when none is given, and reads a file without one unchanged', () => {
    const text = workspaceFileJson(workspace(), '2026-11-30T12:00:00.000Z');
    expect(JSON.parse(text)).not.toHaveProperty('lang');
    const file = read(text);
    expect(file).not.toHaveProperty('lang');
    expect(fileLanguage(file)).toBeNull();
    const old = read(fileOf(workspace()));
    expect(planImport(workspace(), old.records).unchanged).toHaveLength(workspace().length);
  });

  it('reads a language it has no catalog for without refusing the records, and refuses a malformed one', () => {
    const later = read(fileOf(workspace(), { lang: 'es' }));
    expect(later.records).toHaveLength(workspace().length);
    expect(fileLanguage(later)).toBeNull();
    expect(fileLanguage(read(fileOf([], { lang: 'fr-BE' })))).toBe('fr');
    for (const lang of ['', 'Deutsch', 42, null]) {
      const r = readWorkspaceFile(fileOf([], { lang }));
      expect(r.ok, JSON.stringify(lang)).toBe(false);
      if (!r.ok) expect(r.problems[0]?.where).toBe('lang');
    }
  });

  it('restores the file’s language only where the reader has not chosen one in this browser', () => {
    expect(languageToRestore({ lang: 'de' }, null)).toBe('de');
    expect(languageToRestore({ lang: 'de' }, 'something else')).toBe('de');
    expect(languageToRestore({ lang: 'de' }, 'fr')).toBeNull();
    expect(languageToRestore({ lang: 'de' }, 'de')).toBeNull();
    expect(languageToRestore({}, null)).toBeNull();
    expect(languageToRestore({ lang: 'es' }, null)).toBeNull();
  });
});

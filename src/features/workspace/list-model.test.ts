import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { completeAnswers, DRAFT_VERSION } from '../../shared/draft/storage';
import { assessmentOf, versionOf } from '../../shared/workspace/file-fixtures';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { buildRow, createRowCache, visibleRows } from './list-model';

const TODAY = '2026-11-30';
/** A wizard persona's complete answers (what a completed draft records as a version). */
const persona = (key: keyof typeof WIZARD_PERSONAS): Answers => {
  const done = completeAnswers({
    version: DRAFT_VERSION,
    answers: WIZARD_PERSONAS[key].answers,
    updatedAt: '',
  });
  if (!done.ok) throw new Error(key);
  return done.answers;
};

function evaluated(
  id: string,
  key: keyof typeof WIZARD_PERSONAS,
  extra: Partial<AssessmentRecord> = {},
): AssessmentRecord {
  return { ...assessmentOf(id, persona(key), versionOf(id, 1, persona(key))), ...extra };
}

const records: AssessmentRecord[] = [
  // Overdue Art. 52(1) notification; complete.
  evaluated('a', 'labInTraining', {
    name: 'Łódź AI',
    owner: 'Ana Legal',
    updatedAt: '2026-11-03T10:00:00Z',
  }),
  // 2 August 2027 ahead; signed.
  {
    ...evaluated('b', 'legacyModel2024', {
      name: 'Legacy 2024',
      owner: 'Ben',
      updatedAt: '2026-11-05T10:00:00Z',
    }),
  },
  // Never evaluated: a draft.
  {
    ...assessmentOf('c', persona('apiIntegrator')),
    name: 'Chat wrapper',
    owner: 'ana',
    updatedAt: '2026-11-04T10:00:00Z',
  },
  // Archived.
  evaluated('d', 'openWeights7B', {
    name: 'Open-7B',
    owner: 'Dee',
    archived: true,
    updatedAt: '2026-11-01T10:00:00Z',
  }),
];
const signed = records.map((r) =>
  r.id === 'b' && r.latest ? { ...r, latest: { ...r.latest, signed: true } } : r,
);
const rows = signed.map((r) => buildRow(r, TODAY));
const ids = (search: Parameters<typeof visibleRows>[1]) => visibleRows(rows, search).map((r) => r.record.id);

describe('rows', () => {
  it('carry the status, the badges (none before a first evaluation) and the next deadline', () => {
    const [a, b, c] = rows;
    expect(a).toMatchObject({ status: 'complete', deadline: { kind: 'overdue' } });
    expect(b).toMatchObject({ status: 'signed', deadline: { kind: 'ahead', next: { date: '2027-08-02' } } });
    expect(c).toMatchObject({ status: 'draft', badges: null, deadline: null });
  });

  it('a draft edited since its last version is a draft again', () => {
    const before = signed[0] as AssessmentRecord;
    expect(before.draft.euEstablished).toBe('no');
    const edited = { ...before, draft: { ...before.draft, euEstablished: 'yes' as const } };
    expect(buildRow(edited, TODAY).status).toBe('draft');
  });
});

describe('visibleRows', () => {
  it('hides archived assessments unless asked; "only" shows them alone', () => {
    expect(ids({}).sort()).toEqual(['a', 'b', 'c']);
    expect(ids({ archived: 'include' }).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ archived: 'only' })).toEqual(['d']);
  });

  it('searches name and owner, case- and accent-exact per word, every word required', () => {
    expect(ids({ q: 'ana', sort: 'name' })).toEqual(['c', 'a']);
    expect(ids({ q: 'ŁÓDŹ' })).toEqual(['a']);
    expect(ids({ q: 'ana legal' })).toEqual(['a']);
    expect(ids({ q: 'ana ben' })).toEqual([]);
  });

  it('filters by status and by overdue', () => {
    expect(ids({ status: 'draft' })).toEqual(['c']);
    expect(ids({ status: 'signed' })).toEqual(['b']);
    expect(ids({ overdue: 'yes', archived: 'include' })).toEqual(['a']);
  });

  it('sorts by each column in both directions', () => {
    expect(ids({ sort: 'name', dir: 'asc' })).toEqual(['c', 'b', 'a']);
    expect(ids({ sort: 'name', dir: 'desc' })).toEqual(['a', 'b', 'c']);
    expect(ids({})).toEqual(['b', 'c', 'a']);
    expect(ids({ sort: 'changed', dir: 'asc' })).toEqual(['a', 'c', 'b']);
    expect(ids({ sort: 'deadline', dir: 'asc' })).toEqual(['a', 'b', 'c']);
    expect(ids({ sort: 'deadline', dir: 'desc' })).toEqual(['c', 'b', 'a']);
    expect(ids({ sort: 'status', dir: 'asc' })).toEqual(['c', 'a', 'b']);
  });

  it('breaks ties by name, so equal keys never follow the database’s order', () => {
    const same = ['Zed', 'alpha', 'Mid'].map((name, i) =>
      buildRow({ ...assessmentOf(`t${i}`, persona('apiIntegrator')), name }, TODAY),
    );
    expect(visibleRows(same, { sort: 'status' }).map((r) => r.record.name)).toEqual(['alpha', 'Mid', 'Zed']);
  });
});

describe('createRowCache', () => {
  it('reuses the rows of unchanged records and rebuilds a changed one', () => {
    const cached = createRowCache();
    const first = cached(signed, TODAY);
    const changed = signed.map((r) => (r.id === 'c' ? { ...r, rev: r.rev + 1, name: 'Renamed' } : r));
    const second = cached(changed, TODAY);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]?.record.name).toBe('Renamed');
    expect(cached(changed, '2026-12-01')[0]).not.toBe(second[0]);
  });
});

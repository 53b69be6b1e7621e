import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import { english } from '../../i18n/english';
import { PERSONAS } from '../../share/test-personas';
import type { AssessmentRecord, TaskRecord, VersionRecord } from '../../shared/workspace/types';
import { loadAll, loadModel } from './load';

const store = vi.hoisted(() => ({
  assessments: [] as AssessmentRecord[],
  versions: [] as VersionRecord[],
  tasks: [] as TaskRecord[],
}));
vi.mock('../../shared/workspace/store', () => ({
  listAssessments: async () => store.assessments,
  getAssessment: async (id: string) => store.assessments.find((a) => a.id === id) ?? null,
  getVersion: async (id: string) => store.versions.find((v) => v.id === id) ?? null,
  listTasks: async (id?: string) => store.tasks.filter((t) => id === undefined || t.assessmentId === id),
}));

const open = PERSONAS.openWeights7bApache as Answers;

function assessment(id: string, over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    kind: 'assessment',
    format: 1,
    id,
    name: id,
    owner: '',
    archived: false,
    createdAt: '',
    updatedAt: '',
    rev: 1,
    draft: {},
    provenance: {},
    basedOnVersionId: null,
    latest: {
      versionId: `${id}-v`,
      seq: 2,
      answersHash: '',
      rulesVersion: '',
      asOf: '',
      result: {} as never,
      signed: false,
    },
    ...over,
  };
}
const version = (assessmentId: string, answers: Answers): VersionRecord =>
  ({ kind: 'version', id: `${assessmentId}-v`, assessmentId, answers }) as VersionRecord;

beforeEach(() => {
  store.assessments = [];
  store.versions = [];
  store.tasks = [];
});

describe('loading the tracker', () => {
  it('follows the latest version, evaluated as of today, and lays the stored tasks over it', async () => {
    store.assessments = [assessment('m1')];
    store.versions = [version('m1', open)];
    store.tasks = [
      {
        id: 'm1/art53_1_c',
        assessmentId: 'm1',
        obligationId: 'art53_1_c',
        itemKey: null,
        status: 'done',
        rev: 2,
      } as TaskRecord,
    ];
    const model = await loadModel('m1', '2026-11-30', english);
    expect(model?.source).toEqual({ kind: 'version', seq: 2 });
    expect(model?.tasks.find((t) => t.id === 'm1/art53_1_c')).toMatchObject({
      status: 'done',
      rev: 2,
      modelName: 'm1',
    });
    expect(model?.tasks.map((t) => t.obligationId)).not.toContain('art53_1_a'); // exempted (open source)
  });

  it('leaves archived assessments out of the dashboard, and keeps the others in name order', async () => {
    store.assessments = [assessment('b'), assessment('a'), assessment('z', { archived: true })];
    store.versions = [version('a', open), version('b', open), version('z', open)];
    const models = await loadAll('2026-11-30', english);
    expect(models.map((m) => m.assessment.id)).toEqual(['a', 'b']);
  });

  it('shows the stored tasks, and why, when the engine refuses the answers', async () => {
    store.assessments = [assessment('m1')];
    store.versions = [version('m1', { schemaVersion: 2 } as Answers)];
    store.tasks = [
      {
        id: 'm1/art53_1_c',
        assessmentId: 'm1',
        obligationId: 'art53_1_c',
        itemKey: null,
        status: 'done',
        rev: 1,
      } as TaskRecord,
    ];
    const model = await loadModel('m1', '2026-11-30', english);
    expect(model?.source.kind).toBe('failed');
    expect(model?.tasks).toHaveLength(1);
    expect(model?.tasks[0]?.inResult).toBe(false);
  });

  it('has nothing to track for an incomplete draft without a version, and null for a missing assessment', async () => {
    store.assessments = [assessment('m1', { latest: null })];
    expect((await loadModel('m1', '2026-11-30', english))?.source).toEqual({ kind: 'none' });
    expect(await loadModel('gone', '2026-11-30', english)).toBeNull();
  });
});

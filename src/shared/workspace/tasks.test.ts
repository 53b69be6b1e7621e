import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { PERSONAS } from '../../share/test-personas';
import {
  compareForDashboard,
  isOverdue,
  itemKey,
  itemKeyWords,
  mergeTasks,
  type TrackedTask,
  tasksFor,
  trackedAnswers,
} from './tasks';
import type { TaskRecord } from './types';

const AS_OF = '2026-11-30';
const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const openWeights = PERSONAS.openWeights7bApache as Answers;

function record(over: Partial<TaskRecord> & Pick<TaskRecord, 'id' | 'obligationId'>): TaskRecord {
  return {
    kind: 'task',
    format: 1,
    assessmentId: 'a1',
    itemKey: null,
    status: 'in-progress',
    reason: '',
    owner: 'Ana',
    due: null,
    evidence: '',
    updatedAt: '2026-11-30T10:00:00.000Z',
    rev: 3,
    ...over,
  };
}

describe('tasksFor: the tasks a report asks for', () => {
  it('has one task per applicable obligation and one per "what to produce" item, in report order', () => {
    const report = evaluateInEnglish(frontier, AS_OF);
    const tasks = tasksFor('a1', report);
    const expected = report.obligations.reduce((n, o) => n + 1 + new Set(o.produce.map(itemKey)).size, 0);
    expect(tasks).toHaveLength(expected);
    expect(tasks[0]).toMatchObject({ id: 'a1/art53_1_a', itemKey: null, article: 'Art. 53(1)(a)' });
    const first = report.obligations[0];
    expect(tasks[1]?.title).toBe(first?.produce[0]);
    expect(tasks[1]?.id).toBe(`a1/art53_1_a/${itemKey(first?.produce[0] ?? '')}`);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });

  it('takes the engine date as dueBy, else appliesFrom (the Art. 52(1) notification is due before it applies)', () => {
    const report = evaluateInEnglish(frontier, AS_OF);
    const notification = tasksFor('a1', report).find((t) => t.id === 'a1/art52_1');
    const o = report.obligations.find((x) => x.id === 'art52_1');
    expect(o?.dueBy).toBe('2025-11-24');
    expect(notification?.engineDue).toBe('2025-11-24');
    const documentation = tasksFor('a1', report).find((t) => t.id === 'a1/art53_1_a');
    expect(documentation?.engineDue).toBe('2026-03-01');
  });

  it('leaves out exempted obligations (open-source exemption) and not-applicable ones', () => {
    const report = evaluateInEnglish(openWeights, AS_OF);
    const ids = tasksFor('a1', report).map((t) => t.obligationId);
    expect(report.obligations.filter((o) => o.exempted).map((o) => o.id)).toEqual(['art53_1_a', 'art53_1_b']);
    expect(ids).not.toContain('art53_1_a');
    expect(ids).not.toContain('art53_1_b');
    expect(ids).toContain('art53_1_c');
    for (const na of report.notApplicable) expect(ids).not.toContain(na.id);
  });

  it('has no tasks for a model with no obligations (out of scope)', () => {
    const answers = PERSONAS.apiIntegrator as Answers;
    expect(tasksFor('a1', evaluateInEnglish(answers, AS_OF))).toEqual([]);
  });

  it('keeps the same ids on another as-of date (statuses survive re-evaluation)', () => {
    const ids = (asOf: string) => tasksFor('a1', evaluateInEnglish(frontier, asOf)).map((t) => t.id);
    expect(ids('2027-06-01')).toEqual(ids(AS_OF));
  });
});

describe('itemKey', () => {
  it('ignores case, punctuation and accents but not words', () => {
    const k = itemKey('Annex XI §1: licence');
    expect(k).toMatch(/^annex-xi-1-licence-[0-9a-f]{8}$/);
    expect(itemKey('annex xi 1 — Licence.')).toBe(k);
    expect(itemKey('Annex XI §1: licences')).not.toBe(k);
    expect(itemKey('Łódź café')).toMatch(/^odz-cafe-/);
  });

  it('keeps items apart that share their first 48 characters', () => {
    const a = 'Annex XI §1: general description — intended tasks and the kinds of AI systems';
    const b = 'Annex XI §1: general description — intended tasks and more';
    expect(itemKey(a).slice(0, -9)).toBe(itemKey(b).slice(0, -9));
    expect(itemKey(a)).not.toBe(itemKey(b));
    expect(itemKey(a).length).toBeLessThanOrEqual(48 + 9);
  });

  it('reads back as words for a task no longer in the result', () => {
    expect(itemKeyWords(itemKey('Annex XI §1: licence'))).toBe('Annex xi 1 licence');
  });
});

describe('mergeTasks', () => {
  const report = evaluateInEnglish(frontier, AS_OF);
  const skeletons = tasksFor('a1', report);

  it('lays a stored record over its task; the user date is "set by you", the engine date kept beside it', () => {
    const merged = mergeTasks(skeletons, [
      record({ id: 'a1/art53_1_a', obligationId: 'art53_1_a', due: '2027-01-15', owner: 'Ana' }),
    ]);
    const t = merged.find((x) => x.id === 'a1/art53_1_a');
    expect(t).toMatchObject({
      status: 'in-progress',
      owner: 'Ana',
      due: '2027-01-15',
      dueSource: 'user',
      engineDue: '2026-03-01',
      rev: 3,
      inResult: true,
    });
    const untouched = merged.find((x) => x.id === 'a1/art53_1_b');
    expect(untouched).toMatchObject({
      status: 'not-started',
      due: '2026-03-01',
      dueSource: 'engine',
      rev: null,
    });
  });

  it('keeps a record whose item disappeared, marked as no longer in the result, after the others', () => {
    const gone = record({
      id: 'a1/art53_1_a/old-item-wording-0badf00d',
      obligationId: 'art53_1_a',
      itemKey: 'old-item-wording-0badf00d',
      status: 'done',
    });
    const merged = mergeTasks(skeletons, [gone], report);
    expect(merged).toHaveLength(skeletons.length + 1);
    expect(merged.at(-1)).toMatchObject({
      id: gone.id,
      inResult: false,
      status: 'done',
      title: 'Old item wording',
      article: 'Art. 53(1)(a)',
    });
  });

  it('names an obligation that became exempted from the report', () => {
    const owReport = evaluateInEnglish(openWeights, AS_OF);
    const merged = mergeTasks(
      tasksFor('a1', owReport),
      [record({ id: 'a1/art53_1_a', obligationId: 'art53_1_a' })],
      owReport,
    );
    expect(merged.at(-1)).toMatchObject({ inResult: false, article: 'Art. 53(1)(a)' });
  });

  it('ignores records of other assessments', () => {
    const other = record({ id: 'b2/art53_1_a', assessmentId: 'b2', obligationId: 'art53_1_a' });
    expect(mergeTasks(skeletons, [other])).toHaveLength(skeletons.length);
  });

  it('defaults the Art. 52(1) task to done when the answers say the notification was made (R35)', () => {
    const answers = {
      ...frontier,
      systemicRisk: { ...frontier.systemicRisk, notifiedDate: '2025-11-20' },
    } as Answers;
    const r = evaluateInEnglish(answers, AS_OF);
    expect(r.obligations.find((x) => x.id === 'art52_1')?.status).toBe('done');
    const merged = mergeTasks(tasksFor('a1', r), []);
    expect(merged.find((x) => x.id === 'a1/art52_1')?.status).toBe('done');
    expect(merged.find((x) => x.id === 'a1/art53_1_a')?.status).toBe('not-started');
  });
});

describe('overdue and the dashboard order', () => {
  const base = mergeTasks(tasksFor('a1', evaluateInEnglish(frontier, AS_OF)), [])[0] as TrackedTask;
  const t = (
    id: string,
    due: string | null,
    status: TrackedTask['status'] = 'not-started',
    modelName = 'M',
  ) => ({
    ...base,
    id,
    due,
    status,
    modelName,
  });

  it('is overdue only when open and due before today (due today is not overdue)', () => {
    expect(isOverdue(t('x', '2026-11-29'), AS_OF)).toBe(true);
    expect(isOverdue(t('x', AS_OF), AS_OF)).toBe(false);
    expect(isOverdue(t('x', '2026-11-29', 'in-progress'), AS_OF)).toBe(true);
    expect(isOverdue(t('x', '2026-11-29', 'done'), AS_OF)).toBe(false);
    expect(isOverdue(t('x', '2026-11-29', 'not-needed'), AS_OF)).toBe(false);
    expect(isOverdue(t('x', null), AS_OF)).toBe(false);
  });

  it('puts overdue first, then by due date, unknown dates last', () => {
    const list = [
      t('unknown', null),
      t('later', '2027-08-02'),
      t('done-past', '2025-01-01', 'done'),
      t('today', AS_OF),
      t('overdue-recent', '2026-11-29', 'not-started', 'B'),
      t('overdue-old', '2025-11-24', 'in-progress', 'A'),
    ];
    expect(list.sort(compareForDashboard(AS_OF)).map((x) => x.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'done-past',
      'today',
      'later',
      'unknown',
    ]);
  });
});

describe('trackedAnswers', () => {
  it('follows the latest version, else a complete draft, else nothing', () => {
    const latest = { versionId: 'v1' } as never;
    expect(trackedAnswers({ draft: {}, latest }, { id: 'v1', answers: frontier })).toEqual({
      answers: frontier,
      source: 'version',
    });
    const draft = WIZARD_PERSONAS.frontierLab.answers;
    const fromDraft = trackedAnswers({ draft, latest: null }, null);
    expect(fromDraft?.source).toBe('draft');
    expect(fromDraft?.answers.modelName).toBe(draft.modelName);
    // A version the caller could not load (another id) does not stand in for the latest.
    expect(trackedAnswers({ draft, latest }, { id: 'v0', answers: frontier })?.source).toBe('draft');
    const { codeOfPractice: _c, ...incomplete } = draft;
    expect(trackedAnswers({ draft: incomplete, latest: null }, null)).toBeNull();
  });
});

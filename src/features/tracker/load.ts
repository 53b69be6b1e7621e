/**
 * Reads what the tracker shows: for each assessment, the answers it follows (the latest version, else the
 * complete draft), evaluated as of today, with the stored task records laid over the tasks they ask for.
 */
import { evaluate } from '../../engine/evaluate';
import type { Report } from '../../engine/report';
import { localizeReport } from '../../i18n/report';
import type { Translator } from '../../i18n/translator';
import { getAssessment, getVersion, listAssessments, listTasks } from '../../shared/workspace/store';
import { mergeTasks, type TrackedTask, tasksFor, trackedAnswers } from '../../shared/workspace/tasks';
import type { AssessmentRecord, TaskRecord } from '../../shared/workspace/types';

export type TaskRow = TrackedTask & { modelName: string };

export interface TrackedModel {
  assessment: AssessmentRecord;
  /** What the tasks follow: a version (its number), the complete draft, or nothing yet. */
  source:
    | { kind: 'version'; seq: number }
    | { kind: 'draft' }
    | { kind: 'none' }
    /** The engine refused the stored answers (damaged record): the stored tasks are still shown. */
    | { kind: 'failed'; message: string };
  report: Report | null;
  tasks: TaskRow[];
}

async function track(
  assessment: AssessmentRecord,
  records: TaskRecord[],
  today: string,
  translator: Translator,
): Promise<TrackedModel> {
  const version = assessment.latest ? await getVersion(assessment.latest.versionId) : null;
  const tracked = trackedAnswers(assessment, version);
  let report: Report | null = null;
  let failure: string | null = null;
  try {
    if (tracked) report = localizeReport(evaluate(tracked.answers, today), translator);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const skeletons = report ? tasksFor(assessment.id, report) : [];
  const tasks = mergeTasks(skeletons, records, report).map((t) => ({ ...t, modelName: assessment.name }));
  const source: TrackedModel['source'] = failure
    ? { kind: 'failed', message: failure }
    : tracked?.source === 'version' && assessment.latest
      ? { kind: 'version', seq: assessment.latest.seq }
      : tracked
        ? { kind: 'draft' }
        : { kind: 'none' };
  return { assessment, source, report, tasks };
}

/** One assessment; null when it does not exist (any more). */
export async function loadModel(
  assessmentId: string,
  today: string,
  translator: Translator,
): Promise<TrackedModel | null> {
  const [assessment, records] = await Promise.all([getAssessment(assessmentId), listTasks(assessmentId)]);
  return assessment ? track(assessment, records, today, translator) : null;
}

/** Every assessment that is not archived, in name order. */
export async function loadAll(today: string, translator: Translator): Promise<TrackedModel[]> {
  const [assessments, records] = await Promise.all([listAssessments(), listTasks()]);
  const byAssessment = new Map<string, TaskRecord[]>();
  for (const r of records) byAssessment.set(r.assessmentId, [...(byAssessment.get(r.assessmentId) ?? []), r]);
  const live = assessments.filter((a) => !a.archived).sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(live.map((a) => track(a, byAssessment.get(a.id) ?? [], today, translator)));
}

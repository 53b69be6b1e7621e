import { useEffect, useRef, useState } from 'react';
import type { EngineReport } from '../../engine/report';
import { RULES_VERSION } from '../../engine/rules-version';
import { summarizeReport } from '../../shared/workspace/summary';
import type { RecordId, VersionRecord } from '../../shared/workspace/types';
import { errorMessage, loadWorkspaceSource, needsNewVersion, type WorkspaceSource } from './workspace-report';
import { loadWorkspaceStore } from './workspace-store';

export type LoadedSource = WorkspaceSource | { kind: 'loading' };

/**
 * The assessment (draft or version) a report shows, read from the store and read again whenever this tab or
 * another changes that assessment. 'loading' only until the first read: later reads replace the shown source
 * when they arrive, so the report never flashes back to a loading line.
 */
export function useWorkspaceSource(id: RecordId | undefined, v: RecordId | undefined): LoadedSource {
  const key = `${id ?? ''}|${v ?? ''}`;
  const [state, setState] = useState<{ key: string; source: WorkspaceSource } | null>(null);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const read = async () => {
      try {
        const store = await loadWorkspaceStore();
        const source = await loadWorkspaceSource(store, id, v);
        if (live) setState({ key, source });
        return store;
      } catch (e) {
        if (live) setState({ key, source: { kind: 'unavailable', message: errorMessage(e) } });
        return null;
      }
    };
    void read().then((store) => {
      if (!live || !store) return;
      unsubscribe = store.subscribe((change) => {
        const ours =
          change.kind === 'all' ||
          (change.kind === 'assessment' && change.id === id) ||
          (change.kind === 'version' && (change.id === v || change.assessmentId === id));
        if (ours) void read();
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [key, id, v]);
  return state?.key === key ? state.source : { kind: 'loading' };
}

export type Recording =
  /** Not a draft's report. */
  | { status: 'none' }
  /** The draft's report evaluated as of another day than today: a what-if, not recorded. */
  | { status: 'what-if'; latestSeq: number | null }
  | { status: 'recording' }
  | { status: 'recorded'; version: VersionRecord; isNew: boolean }
  | { status: 'failed'; message: string | null };

/**
 * Shows a complete draft's report → keeps it as a version (issue #9): a new version when the answers or the
 * rules differ from the latest one's (./workspace-report needsNewVersion), else the latest version stands.
 * Only the report as of today is recorded; the store dedupes a repeated call for the same evaluation.
 */
export function useRecordedVersion(
  source: LoadedSource,
  report: EngineReport | null,
  today: string,
): Recording {
  const draft = source.kind === 'draft' ? source : null;
  const whatIf = draft !== null && report !== null && report.asOf !== today;
  // What would be recorded; the effect runs once per distinct evaluation, not once per re-read of the record.
  const key =
    draft && report && !whatIf
      ? [draft.assessment.id, draft.hash, RULES_VERSION, report.asOf].join('|')
      : null;
  const [state, setState] = useState<{ key: string; recording: Recording } | null>(null);
  const inputs = useRef({ draft, report });
  inputs.current = { draft, report };
  useEffect(() => {
    const { draft: d, report: r } = inputs.current;
    if (key === null || !d || !r) return;
    let live = true;
    const set = (recording: Recording) => {
      if (live) setState({ key, recording });
    };
    void (async () => {
      try {
        const store = await loadWorkspaceStore();
        const latest = d.assessment.latest;
        if (latest && !needsNewVersion(latest, d.hash, RULES_VERSION)) {
          const version = await store.getVersion(latest.versionId);
          if (version) return set({ status: 'recorded', version, isNew: false });
        }
        const version = await store.recordVersion(d.assessment.id, {
          answers: d.answers,
          provenance: d.assessment.provenance,
          rulesVersion: RULES_VERSION,
          asOf: r.asOf,
          answersHash: d.hash,
          result: summarizeReport(r),
        });
        set({ status: 'recorded', version, isNew: version.id !== latest?.versionId });
      } catch (e) {
        set({ status: 'failed', message: errorMessage(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [key]);
  if (!draft) return { status: 'none' };
  if (whatIf) return { status: 'what-if', latestSeq: draft.assessment.latest?.seq ?? null };
  if (state && state.key === key) return state.recording;
  return { status: 'recording' };
}

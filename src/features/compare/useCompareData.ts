/**
 * The workspace as the compare page needs it — every assessment and version for the pickers, and the two
 * chosen sides — read through the store, which loads only here (never in the first load). Reads again when
 * another tab or page changes the workspace.
 */
import { useEffect, useState } from 'react';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import type { Ref } from './refs';
import { loadSide, type SideState } from './sides';

type Store = typeof import('../../shared/workspace/store');
const loadStore = (): Promise<Store> => import('../../shared/workspace/store');

export type WorkspaceState =
  | { kind: 'loading' }
  | { kind: 'ready'; assessments: AssessmentRecord[]; versions: VersionRecord[] }
  | { kind: 'unavailable'; message: string };

export interface SidesRequest {
  a: Ref;
  b: Ref;
  asOfA: string | undefined;
  asOfB: string | undefined;
  today: string;
}

export type SidesState = { kind: 'loading' } | { kind: 'ready'; a: SideState; b: SideState };

const messageOf = (e: unknown, tr: Translator) =>
  e instanceof Error && e.message ? e.message : tr.t(tx('compare.workspaceUnreadable'));

export function useCompareData(request: SidesRequest | null): {
  workspace: WorkspaceState;
  sides: SidesState | null;
} {
  const tr = useTranslator();
  const [workspace, setWorkspace] = useState<WorkspaceState>({ kind: 'loading' });
  const [sides, setSides] = useState<{ key: string; state: SidesState } | null>(null);
  const key = request
    ? [
        request.a.kind,
        request.a.id,
        request.b.kind,
        request.b.id,
        request.asOfA,
        request.asOfB,
        request.today,
        tr.lang,
      ].join('|')
    : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the request's fields and the language.
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const read = async (store: Store) => {
      try {
        const records = await store.exportRecords();
        const assessments = records.filter((r): r is AssessmentRecord => r.kind === 'assessment');
        const versions = records.filter((r): r is VersionRecord => r.kind === 'version');
        if (live) setWorkspace({ kind: 'ready', assessments, versions });
        if (request) {
          const [a, b] = await Promise.all([
            loadSide(store, request.a, request.asOfA, request.today, tr),
            loadSide(store, request.b, request.asOfB, request.today, tr),
          ]);
          if (live) setSides({ key, state: { kind: 'ready', a, b } });
        }
      } catch (e) {
        if (live) setWorkspace({ kind: 'unavailable', message: messageOf(e, tr) });
      }
    };
    loadStore().then(
      (store) => {
        if (!live) return;
        void read(store);
        unsubscribe = store.subscribe(() => void read(store));
      },
      (e: unknown) => live && setWorkspace({ kind: 'unavailable', message: messageOf(e, tr) }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [key]);
  return {
    workspace,
    sides: request ? (sides?.key === key ? sides.state : { kind: 'loading' }) : null,
  };
}

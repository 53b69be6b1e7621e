/**
 * A bare `#/report` (an old bookmark, the address before the workspace): it means the answers this browser
 * was working on. An old localStorage draft is moved into the workspace first (the store's own migration);
 * then the report of the assessment changed last opens in place of this address. With none, the page says
 * where reports are.
 */
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Text } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import { StartNewLink } from './ReportStates';
import { errorMessage, lastChangedOpen } from './workspace-report';
import { loadWorkspaceStore } from './workspace-store';

export function NoReportChosen() {
  const tr = useTranslator();
  const navigate = useNavigate();
  const [state, setState] = useState<
    { kind: 'looking' } | { kind: 'none'; reason: Text | null } | { kind: 'error'; message: string | null }
  >({ kind: 'looking' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const store = await loadWorkspaceStore();
        const migration = await store.migrateLegacyDraftDetailed();
        const migrated = 'assessment' in migration ? migration.assessment : null;
        const target = migrated ?? lastChangedOpen(await store.listAssessments());
        if (!live) return;
        if (target) await navigate({ to: '/report', search: { id: target.id }, replace: true });
        else setState({ kind: 'none', reason: migration.status === 'discarded' ? migration.text : null });
      } catch (e) {
        if (live) setState({ kind: 'error', message: errorMessage(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [navigate]);

  useEffect(() => {
    document.title = tr.m('reportPage.docTitleNoAnswers');
  }, [tr]);

  if (state.kind === 'looking') {
    return (
      <p role="status" className="max-w-column">
        {tr.m('reportPage.lookingForAnswers')}
      </p>
    );
  }
  return (
    <section aria-labelledby="no-answers-title" className="max-w-column">
      <h1 id="no-answers-title" className="text-2xl font-semibold">
        {tr.m('reportPage.noAnswersTitle')}
      </h1>
      {state.kind === 'none' && state.reason ? <p className="mt-4">{tr.t(state.reason)}</p> : null}
      <p className="mt-4">
        {state.kind === 'error'
          ? (state.message ?? tr.m('reportPage.workspaceUnreadable'))
          : tr.m('reportPage.noAnswersText')}
      </p>
      <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <StartNewLink />
        <a href="#/workspace" className="text-accent underline">
          {tr.m('reportPage.openWorkspace')}
        </a>
      </p>
    </section>
  );
}

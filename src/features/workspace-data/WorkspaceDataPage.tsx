/**
 * `#/workspace/data`: moving the workspace in and out (issue #9, ADR 0097) — export it as one file, import a
 * file (plan first, nothing written before confirming), clear it (with confirmation), import a model
 * register (CSV, preview first).
 */
import { useCallback, useEffect, useState } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useTranslator } from '../../i18n/react';
import { listAssessments, subscribe } from '../../shared/workspace/store';
import { ClearSection } from './ClearSection';
import { ExportSection } from './ExportSection';
import { RegisterImport } from './RegisterImport';
import { WorkspaceImport } from './WorkspaceImport';

export function WorkspaceDataPage() {
  const tr = useTranslator();
  useDocumentTitle(tr.m('workspace.dataTitle'));
  const [count, setCount] = useState<number | null>(null);
  const recount = useCallback(() => {
    listAssessments().then(
      (list) => setCount(list.length),
      () => setCount(null),
    );
  }, []);
  useEffect(() => {
    recount();
    return subscribe(recount);
  }, [recount]);

  return (
    <section>
      <p>
        <a href="#/workspace" className="text-accent underline underline-offset-2">
          {tr.m('workspace.backToWorkspace')}
        </a>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">{tr.m('workspace.dataTitle')}</h1>
      <p className="mt-3 max-w-column">{tr.m('workspace.dataIntro')}</p>
      <ExportSection count={count} />
      <WorkspaceImport onImported={recount} />
      <RegisterImport onImported={recount} />
      <ClearSection count={count} onCleared={recount} />
    </section>
  );
}

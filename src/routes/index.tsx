import { createFileRoute, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, buttonLinkClass } from '../components/Button';
import { Notice } from '../components/Notice';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { MessageId } from '../engine/text';
import { ImportAnswersFile } from '../features/exports/ImportAnswersFile';
import { useTranslator } from '../i18n/react';
import { type DraftPeek, peekDraft, removeDraft } from '../shared/draft/peek';
import { readWorkspaceHint, type WorkspaceHint } from '../shared/workspace/hint';
import { useWarmRoute } from './-warm';

/**
 * The start page. Kept light for the first load: no zod, no form code, no IndexedDB — only the workspace's
 * hint in localStorage (read synchronously: "Resume" never flashes as "Start now") and a look at the old
 * single draft of earlier builds, which is moved into the workspace (the store is loaded only then).
 */
export const Route = createFileRoute('/')({
  validateSearch: (search: Record<string, unknown>): { cleared?: true } =>
    search.cleared === true || search.cleared === 'true' || search.cleared === 1 ? { cleared: true } : {},
  component: StartPage,
});

const FACTS = [
  'app.startFactRole',
  'app.startFactModalities',
  'app.startFactCompute',
  'app.startFactAvailability',
  'app.startFactModification',
  'app.startFactOpenSource',
  'app.startFactCommission',
] as const satisfies readonly MessageId[];

/**
 * The old draft (localStorage, earlier builds) becomes an assessment of the workspace, once; the hint then
 * names it. A draft that cannot be read is left in place and its reason shown.
 */
function useLegacyMigration(onDone: () => void) {
  const tr = useTranslator();
  const [legacy, setLegacy] = useState<DraftPeek>(peekDraft);
  const [reason, setReason] = useState<string | null>(
    legacy.status === 'unreadable' ? tr.t(legacy.text) : null,
  );
  const pending = legacy.status === 'present';
  useEffect(() => {
    if (legacy.status !== 'present') return;
    let active = true;
    void import('../shared/workspace/store')
      .then((store) => store.migrateLegacyDraftDetailed())
      .then(
        (result) => {
          if (!active) return;
          if (result.status === 'discarded') {
            setReason(tr.t(result.text));
            setLegacy({ status: 'unreadable', text: result.text });
          } else {
            setLegacy({ status: 'none' });
            onDone();
          }
        },
        (e: unknown) => {
          if (!active) return;
          setReason(tr.m('app.startMigrationFailed', { reason: e instanceof Error ? e.message : String(e) }));
          setLegacy({ status: 'none' });
        },
      );
    return () => {
      active = false;
    };
  }, [legacy.status, onDone, tr]);
  const remove = () => {
    removeDraft();
    setLegacy({ status: 'none' });
    setReason(null);
  };
  return { pending, reason, damaged: legacy.status === 'unreadable', remove };
}

function StartPage() {
  const { m } = useTranslator();
  useDocumentTitle('');
  useWarmRoute('/assess/$step');
  const { cleared } = Route.useSearch();
  const [hint, setHint] = useState<WorkspaceHint | null>(readWorkspaceHint);
  const [refresh] = useState(() => () => setHint(readWorkspaceHint()));
  const legacy = useLegacyMigration(refresh);
  const [removed, setRemoved] = useState(false);
  const workspace = hint && hint.count > 0 ? hint : null;

  return (
    <section className="max-w-column">
      <h1 className="text-3xl font-semibold">GPAI Navigator</h1>
      <p className="mt-4 text-xl">{m('app.startIntro')}</p>

      {(cleared || removed) && !workspace ? (
        <Notice tone="success" title={m('app.startRemoved')} live />
      ) : null}

      {legacy.reason ? (
        <Notice tone="warning" title={m('app.startUnusable')} live>
          <p>{legacy.reason}</p>
          {legacy.damaged ? (
            <>
              <p className="mt-2">{m('app.startUnreadableNotUsed')}</p>
              <p className="mt-2">
                <Button
                  variant="link"
                  onClick={() => {
                    legacy.remove();
                    setRemoved(true);
                  }}
                >
                  {m('app.startRemoveUnreadable')}
                </Button>
              </p>
            </>
          ) : null}
        </Notice>
      ) : null}

      {legacy.pending ? (
        <p role="status" className="mt-8">
          {m('app.startOpeningLegacy')}
        </p>
      ) : workspace ? (
        <div className="mt-8 border-l-4 border-accent bg-slate-50 p-4">
          <h2 className="text-xl font-semibold">{m('app.startWorkspaceHeading')}</h2>
          <p className="mt-2">
            {m('app.startWorkspaceCount', { n: workspace.count })}
            {workspace.lastName ? ` ${m('app.startLastChanged', { name: workspace.lastName })}` : ''}
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            {workspace.lastId ? (
              <Link
                to="/assess/$step"
                params={{ step: 'continue' }}
                search={{ id: workspace.lastId }}
                className={buttonLinkClass()}
              >
                {workspace.lastName
                  ? m('app.startResumeNamed', { name: workspace.lastName })
                  : m('app.startResume')}
              </Link>
            ) : null}
            <a href="#/workspace" className={buttonLinkClass('secondary')}>
              {m('app.startOpenWorkspace', { n: workspace.count })}
            </a>
            <Link to="/assess/$step" params={{ step: 'role' }} className="text-accent underline">
              {m('app.startNewAssessment')}
            </Link>
          </div>
          <p className="mt-3 text-sm text-slate-700">{m('app.startNewAssessmentHint')}</p>
        </div>
      ) : (
        <p className="mt-8">
          <Link to="/assess/$step" params={{ step: 'role' }} className={buttonLinkClass()}>
            {m('app.startNow')}
          </Link>
        </p>
      )}

      <div className="mt-8">
        <ImportAnswersFile title={m('app.startImportHeading')} headingLevel="h2" />
      </div>

      <h2 className="mt-10 text-xl font-semibold">{m('app.startNeedHeading')}</h2>
      <p className="mt-2">{m('app.startNeedIntro')}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {FACTS.map((f) => (
          <li key={f}>{m(f)}</li>
        ))}
      </ul>

      <h2 className="mt-10 text-xl font-semibold">{m('app.startTimeHeading')}</h2>
      <p className="mt-2">{m('app.startTimeText')}</p>

      <h2 className="mt-10 text-xl font-semibold">{m('app.startPrivacyHeading')}</h2>
      <p className="mt-2">{m('app.startPrivacyText')}</p>

      <h2 className="mt-10 text-xl font-semibold">{m('app.startAdviceHeading')}</h2>
      <p className="mt-2">
        {m('app.startAdviceText')}{' '}
        <Link to="/methodology" className="underline">
          {m('app.methodologyProcedureHeading')}
        </Link>
        .
      </p>
    </section>
  );
}

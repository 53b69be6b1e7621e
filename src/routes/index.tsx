import { createFileRoute, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, buttonLinkClass } from '../components/Button';
import { Notice } from '../components/Notice';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ImportAnswersFile } from '../features/exports/ImportAnswersFile';
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
  'How you relate to the model: you trained it, had it trained, modify someone else’s model, only build on one, or host models.',
  'What it can generate (text, speech, images, video, other) and whether it does many tasks or one narrow task.',
  'Its training compute in FLOP — or the hardware, time and utilisation, or the parameter and token counts, to estimate it.',
  'How, where and when it is (or will be) made available: API, download, app, cloud, internal use; in the EU or not.',
  'If you modify a model: the original model’s compute and your modification’s compute.',
  'If you release it openly: the licence terms, what is public, and any way it is monetised.',
  'Any notification to, designation by, or contest with the European Commission, and whether you signed the Code of Practice.',
];

/**
 * The old draft (localStorage, earlier builds) becomes an assessment of the workspace, once; the hint then
 * names it. A draft that cannot be read is left in place and its reason shown.
 */
function useLegacyMigration(onDone: () => void) {
  const [legacy, setLegacy] = useState<DraftPeek>(peekDraft);
  const [reason, setReason] = useState<string | null>(legacy.status === 'unreadable' ? legacy.reason : null);
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
            setReason(result.reason);
            setLegacy({ status: 'unreadable', reason: result.reason });
          } else {
            setLegacy({ status: 'none' });
            onDone();
          }
        },
        (e: unknown) => {
          if (!active) return;
          setReason(
            `The answers saved earlier in this browser could not be moved into the workspace: ${
              e instanceof Error ? e.message : String(e)
            } They are left where they are.`,
          );
          setLegacy({ status: 'none' });
        },
      );
    return () => {
      active = false;
    };
  }, [legacy.status, onDone]);
  const remove = () => {
    removeDraft();
    setLegacy({ status: 'none' });
    setReason(null);
  };
  return { pending, reason, damaged: legacy.status === 'unreadable', remove };
}

const assessments = (n: number) => (n === 1 ? '1 assessment' : `${n} assessments`);

function StartPage() {
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
      <p className="mt-4 text-xl">
        Find out, from plain facts about your AI model, whether it is a general-purpose AI model under the EU
        AI Act, whether you are its provider, which obligations apply, and by when.
      </p>

      {(cleared || removed) && !workspace ? (
        <Notice tone="success" title="Your answers have been removed from this browser." live />
      ) : null}

      {legacy.reason ? (
        <Notice tone="warning" title="Saved answers could not be used" live>
          <p>{legacy.reason}</p>
          {legacy.damaged ? (
            <>
              <p className="mt-2">Start a new assessment; the unreadable answers are not used.</p>
              <p className="mt-2">
                <Button
                  variant="link"
                  onClick={() => {
                    legacy.remove();
                    setRemoved(true);
                  }}
                >
                  Remove the unreadable answers
                </Button>
              </p>
            </>
          ) : null}
        </Notice>
      ) : null}

      {legacy.pending ? (
        <p role="status" className="mt-8">
          Opening the answers saved in this browser…
        </p>
      ) : workspace ? (
        <div className="mt-8 border-l-4 border-accent bg-slate-50 p-4">
          <h2 className="text-xl font-semibold">Your workspace</h2>
          <p className="mt-2">
            {assessments(workspace.count)} kept only in this browser.
            {workspace.lastName ? ` Last changed: “${workspace.lastName}”.` : ''}
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            {workspace.lastId ? (
              <Link
                to="/assess/$step"
                params={{ step: 'continue' }}
                search={{ id: workspace.lastId }}
                className={buttonLinkClass()}
              >
                Resume{workspace.lastName ? ` “${workspace.lastName}”` : ''}
              </Link>
            ) : null}
            <a href="#/workspace" className={buttonLinkClass('secondary')}>
              Open your workspace ({assessments(workspace.count)})
            </a>
            <Link to="/assess/$step" params={{ step: 'role' }} className="text-accent underline">
              Start a new assessment
            </Link>
          </div>
          <p className="mt-3 text-sm text-slate-700">
            A new assessment is added to the workspace; the others stay as they are.
          </p>
        </div>
      ) : (
        <p className="mt-8">
          <Link to="/assess/$step" params={{ step: 'role' }} className={buttonLinkClass()}>
            Start now
          </Link>
        </p>
      )}

      <div className="mt-8">
        <ImportAnswersFile title="Or open a saved answers file" headingLevel="h2" />
      </div>

      <h2 className="mt-10 text-xl font-semibold">What you will need</h2>
      <p className="mt-2">
        Facts, not legal conclusions. “I don’t know” is always an answer: the result then lists what to ask
        whom.
      </p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {FACTS.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>

      <h2 className="mt-10 text-xl font-semibold">How long it takes</h2>
      <p className="mt-2">
        About 5 to 10 minutes. You only see the questions that can change your result. You can stop at any
        time and resume later in this browser.
      </p>

      <h2 className="mt-10 text-xl font-semibold">Your privacy</h2>
      <p className="mt-2">
        Nothing you enter leaves this browser. There is no server, no account, no analytics and no cookies.
        Your assessments are kept in this browser’s storage so you can resume, until you delete them in your
        workspace.
      </p>

      <h2 className="mt-10 text-xl font-semibold">Not legal advice</h2>
      <p className="mt-2">
        The result is a structured, cited starting point for your own assessment, not legal advice. The
        Commission’s guidelines are not binding; only the Court of Justice of the EU interprets the AI Act
        authoritatively.{' '}
        <Link to="/methodology" className="underline">
          How the result is worked out
        </Link>
        .
      </p>
    </section>
  );
}

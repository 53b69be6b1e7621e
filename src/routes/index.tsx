import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, buttonLinkClass } from '../components/Button';
import { Notice } from '../components/Notice';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ImportAnswersFile } from '../features/exports/ImportAnswersFile';
import { type DraftPeek, peekDraft, removeDraft } from '../shared/draft/peek';

/**
 * The start page. Kept light for the first load: no zod, no form code, no questionnaire — only a cheap look
 * at the saved draft. A full check of a saved draft is loaded after the page shows, and only when one exists.
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

function formatSaved(updatedAt: string | null): string | null {
  if (!updatedAt) return null;
  const d = new Date(updatedAt);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

function StartPage() {
  useDocumentTitle('');
  const navigate = useNavigate();
  const { cleared } = Route.useSearch();
  const [draft, setDraft] = useState<DraftPeek>(peekDraft);
  const [discardedReason, setDiscardedReason] = useState<string | null>(
    draft.status === 'unreadable' ? draft.reason : null,
  );

  // A draft that looks readable is checked fully (schema) once the page is shown; the check is a lazy chunk.
  useEffect(() => {
    if (draft.status !== 'present') return;
    let active = true;
    void import('../shared/draft/storage').then(({ loadDraft }) => {
      const result = loadDraft();
      if (active && result.status === 'discarded') {
        setDiscardedReason(result.reason);
        setDraft({ status: 'unreadable', reason: result.reason });
      }
    });
    return () => {
      active = false;
    };
  }, [draft.status]);

  const startAgain = () => {
    removeDraft();
    setDraft({ status: 'none' });
    void navigate({ to: '/assess/$step', params: { step: 'role' } });
  };
  const clearData = () => {
    removeDraft();
    setDraft({ status: 'none' });
    setDiscardedReason(null);
    void navigate({ to: '/', search: { cleared: true } });
  };

  const saved = draft.status === 'present' ? formatSaved(draft.updatedAt) : null;

  return (
    <section className="max-w-column">
      <h1 className="text-3xl font-semibold">GPAI Navigator</h1>
      <p className="mt-4 text-xl">
        Find out, from plain facts about your AI model, whether it is a general-purpose AI model under the EU
        AI Act, whether you are its provider, which obligations apply, and by when.
      </p>

      {cleared && draft.status === 'none' ? (
        <Notice tone="success" title="Your answers have been removed from this browser." live />
      ) : null}

      {discardedReason ? (
        <Notice tone="warning" title="Saved answers could not be used" live>
          <p>{discardedReason}</p>
          <p className="mt-2">Start a new assessment; your new answers replace them.</p>
          <p className="mt-2">
            <Button variant="link" onClick={clearData}>
              Remove the unreadable answers
            </Button>
          </p>
        </Notice>
      ) : null}

      {draft.status === 'present' ? (
        <div className="mt-8 border-l-4 border-accent bg-slate-50 p-4">
          <h2 className="text-xl font-semibold">You have saved answers</h2>
          <p className="mt-2">{saved ? `Last saved on ${saved}. ` : ''}They are kept only in this browser.</p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Link to="/assess/$step" params={{ step: 'continue' }} className={buttonLinkClass()}>
              Resume
            </Link>
            <Button variant="secondary" onClick={startAgain}>
              Start again
            </Button>
            <Button variant="link" onClick={clearData}>
              Clear my data
            </Button>
          </div>
          <p className="mt-3 text-sm text-slate-700">“Start again” deletes the saved answers.</p>
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
        Your answers are saved in this browser’s storage so you can resume, until you choose “Clear my data”.
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

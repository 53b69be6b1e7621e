/**
 * What a reader can do next on every report: change the answers, check them, or start a new assessment. A new
 * assessment deletes the answers saved in this browser, so it asks first (and says how to keep them); with
 * nothing saved there is nothing to lose and it starts at once.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { peekDraft, removeDraft } from '../../shared/draft/peek';
import { InPageLink } from './bits';

export interface ReportActionsProps {
  /** The report shows a share link's answers (not the ones saved in this browser). */
  fromLink: boolean;
  /** Puts the shown answers into this browser's draft before the questions open (share links). */
  onAdoptAnswers?: (() => void) | undefined;
}

export function ReportActions({ fromLink, onAdoptAnswers }: ReportActionsProps) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [hasDraft] = useState(() => peekDraft().status !== 'none');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (wasConfirming.current) document.getElementById('new-assessment')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const startNew = () => {
    removeDraft();
    void navigate({ to: '/assess/$step', params: { step: 'role' } });
  };
  const adopt = fromLink ? onAdoptAnswers : undefined;

  return (
    <nav aria-labelledby="report-actions-heading" className="report-actions mt-4 print:hidden">
      <h2 id="report-actions-heading" className="sr-only">
        Report actions
      </h2>
      <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <li>
          <Link
            to="/assess/$step"
            params={{ step: 'role' }}
            onClick={adopt}
            className="text-accent underline underline-offset-2"
          >
            Change your answers
          </Link>
        </li>
        <li>
          <Link to="/check" onClick={adopt} className="text-accent underline underline-offset-2">
            Check answers
          </Link>
        </li>
        <li>
          <Button
            id="new-assessment"
            variant="link"
            aria-expanded={hasDraft ? confirming : undefined}
            aria-controls={hasDraft ? 'new-assessment-confirm' : undefined}
            onClick={() => (hasDraft ? setConfirming(true) : startNew())}
          >
            New assessment
          </Button>
        </li>
      </ul>
      {fromLink && hasDraft ? (
        <p className="mt-2 text-sm text-slate-700">
          Changing or checking these answers copies them from the link into this browser, in place of the
          answers saved here.
        </p>
      ) : null}
      {confirming ? (
        <section
          id="new-assessment-confirm"
          aria-labelledby="new-assessment-title"
          className="mt-3 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4"
        >
          <h3
            id="new-assessment-title"
            ref={confirmHeading}
            tabIndex={-1}
            className="font-semibold focus:outline-none"
          >
            Start a new assessment?
          </h3>
          <p className="mt-1">
            This deletes the answers saved in this browser
            {fromLink ? ' (the answers in this link stay in the link)' : ''}. To keep them, first download the
            answers file or copy the share link under{' '}
            <InPageLink target="exports-heading">Keep and share this result</InPageLink>.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <Button onClick={startNew}>Delete saved answers and start</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep my answers
            </Button>
          </div>
        </section>
      ) : null}
    </nav>
  );
}

/**
 * What a reader can do next on every report (issue #9): on an assessment's report, change or check its
 * answers (the links keep the assessment id); on a share link's report, save the answers to this browser's
 * workspace first. "New assessment" starts another assessment and never deletes anything.
 */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslator } from '../../i18n/react';

export interface ReportActionsProps {
  /** The assessment the report belongs to; null for a share link's answers. */
  assessmentId: string | null;
  /** The report shows a recorded version, whose answers never change. */
  version?: boolean;
  /** A share link's "Save to my workspace" control. */
  save?: ReactNode;
}

const LINK = 'text-accent underline underline-offset-2';

export function ReportActions({ assessmentId, version = false, save }: ReportActionsProps) {
  const tr = useTranslator();
  return (
    <nav aria-labelledby="report-actions-heading" className="report-actions mt-4 print:hidden">
      <h2 id="report-actions-heading" className="sr-only">
        {tr.m('reportPage.reportActions')}
      </h2>
      <ul className="flex flex-wrap items-center gap-x-6 gap-y-2">
        {assessmentId === null ? (
          save ? (
            <li>{save}</li>
          ) : null
        ) : (
          <>
            <li>
              <Link
                to={version ? '/check' : '/assess/$step'}
                params={version ? undefined : { step: 'role' }}
                search={{ id: assessmentId }}
                className={LINK}
              >
                {tr.m('reportPage.changeAnswers')}
              </Link>
            </li>
            {version ? null : (
              <li>
                <Link to="/check" search={{ id: assessmentId }} className={LINK}>
                  {tr.m('reportPage.checkAnswers')}
                </Link>
              </li>
            )}
          </>
        )}
        <li>
          <Link to="/assess/$step" params={{ step: 'role' }} className={LINK}>
            {tr.m('reportPage.newAssessment')}
          </Link>
        </li>
      </ul>
      {assessmentId === null ? (
        <p className="mt-2 text-sm text-slate-700">{tr.m('reportPage.shareChangeHint')}</p>
      ) : version ? (
        <p className="mt-2 text-sm text-slate-700">{tr.m('reportPage.versionChangeHint')}</p>
      ) : null}
    </nav>
  );
}

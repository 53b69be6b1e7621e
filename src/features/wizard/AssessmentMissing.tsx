import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { buttonLinkClass } from '../../components/Button';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useTranslator } from '../../i18n/react';
import type { LoadedAssessment } from './load-assessment';

/** The address names an assessment that is not in this browser's workspace, or the workspace cannot open. */
export function AssessmentMissing({
  loaded,
}: {
  loaded: Extract<LoadedAssessment, { status: 'not-found' | 'unavailable' }>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const tr = useTranslator();
  const title =
    loaded.status === 'not-found' ? tr.m('wizard.assessmentNotFound') : tr.m('wizard.assessmentsUnavailable');
  useDocumentTitle(title);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="max-w-column">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
        {title}
      </h1>
      {loaded.status === 'not-found' ? (
        <p className="mt-4">{tr.m('wizard.assessmentNotFoundBody')}</p>
      ) : (
        <p className="mt-4">{loaded.message}</p>
      )}
      <p className="mt-6 flex flex-wrap items-center gap-6">
        <Link to="/assess/$step" params={{ step: 'role' }} className={buttonLinkClass()}>
          {tr.m('wizard.startNewAssessment')}
        </Link>
        <a href="#/workspace" className="underline">
          {tr.m('wizard.openWorkspace')}
        </a>
      </p>
    </section>
  );
}

/**
 * Check your answers (#/check?id=<assessment>): every relevant answer in words, with its source or note, and
 * a Change link to its screen. Answers on screens that no longer apply are not shown (nor used). "See
 * result" goes to the report of this assessment.
 */
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { buttonLinkClass } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { answersInWords, getScreen, incompleteScreens } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { AssessmentMissing } from './AssessmentMissing';
import type { LoadedAssessment } from './load-assessment';
import { provenanceLine } from './ProvenanceFields';
import { SaveProblem } from './SaveNotices';
import { useAssessmentDraft, useSaverState } from './useAssessmentDraft';

export function CheckPage({ loaded }: { loaded: LoadedAssessment }) {
  if (loaded.status === 'not-found' || loaded.status === 'unavailable') {
    return <AssessmentMissing loaded={loaded} />;
  }
  return <CheckAssessment record={loaded.status === 'ok' ? loaded.record : null} />;
}

function CheckAssessment({ record }: { record: AssessmentRecord | null }) {
  const saver = useAssessmentDraft(record);
  const state = useSaverState(saver);
  const answers = state.draft;
  const id = state.record?.id;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tr = useTranslator();
  const { t } = tr;
  useDocumentTitle(tr.m('wizard.checkTitle'));
  useEffect(() => headingRef.current?.focus(), []);

  if (!state.record) {
    return (
      <section className="max-w-column">
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
          {tr.m('wizard.checkTitle')}
        </h1>
        <p className="mt-4">{tr.m('wizard.checkNoAssessment')}</p>
        <p className="mt-6 flex flex-wrap items-center gap-6">
          <Link to="/assess/$step" params={{ step: 'role' }} className={buttonLinkClass()}>
            {tr.m('wizard.startQuestions')}
          </Link>
          <a href="#/workspace" className="underline">
            {tr.m('wizard.openWorkspace')}
          </a>
        </p>
      </section>
    );
  }

  const sections = answersInWords(answers);
  const missing = incompleteScreens(answers);

  return (
    <section className="max-w-column">
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold focus:outline-none">
        {tr.m('wizard.checkTitle')}
      </h1>
      <p className="mt-3 text-lg text-slate-700">{tr.m('wizard.checkIntro')}</p>
      <SaveProblem saver={saver} />
      {state.fromOtherTab ? (
        <p role="status" className="mt-4 text-slate-700">
          {tr.m('wizard.updatedFromOtherTabSentence')}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <Notice tone="warning" title={tr.m('wizard.stillNeedAnswer')}>
          <ul className="list-disc pl-5">
            {missing.map((id) => (
              <li key={id}>
                <Link
                  to="/assess/$step"
                  params={{ step: id }}
                  search={{ from: 'check', id }}
                  className="underline"
                >
                  {(() => {
                    const screen = getScreen(id);
                    return screen ? t(screen.title) : null;
                  })()}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {sections.map((section) => (
        <section key={section.screenId} aria-labelledby={`check-${section.screenId}`} className="mt-10">
          <h2 id={`check-${section.screenId}`} className="text-xl font-semibold">
            {t(section.title)}
          </h2>
          {section.rows.length === 0 ? (
            <p className="mt-2 text-slate-700">{tr.m('wizard.notAnsweredYet')}</p>
          ) : (
            <dl className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
              {section.rows.map((row) => (
                <div
                  key={row.questionId}
                  data-question={row.questionId}
                  className="grid gap-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:gap-4"
                >
                  <dt className="font-semibold">{t(row.label)}</dt>
                  <dd className="break-words">
                    {t(row.value)}
                    {provenanceLine(state.provenance[row.questionId], tr) ? (
                      <span className="mt-1 block text-sm text-slate-700">
                        {provenanceLine(state.provenance[row.questionId], tr)}
                      </span>
                    ) : null}
                  </dd>
                  <dd>
                    <Link
                      to="/assess/$step"
                      params={{ step: section.screenId }}
                      search={{ from: 'check', focus: row.questionId, id }}
                      className="text-accent underline"
                    >
                      {tr.m('wizard.change')}
                      <span className="sr-only">
                        {' '}
                        {tr.lang === 'de' ? t(row.label) : inSentence(t(row.label))}
                      </span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
      <div className="mt-10 flex flex-wrap items-center gap-6">
        {missing.length === 0 ? (
          <Link to="/report" search={{ id }} className={buttonLinkClass()}>
            {tr.m('wizard.seeResult')}
          </Link>
        ) : null}
        {id ? (
          <a href={`#/workspace/${encodeURIComponent(id)}`} className="underline">
            {tr.m('wizard.inWorkspace')}
          </a>
        ) : null}
      </div>
    </section>
  );
}

/**
 * A label in the middle of a sentence ("Change training compute"): its first letter in lower case, unless the
 * label starts with an abbreviation ("EU …", "FLOP …"). Only the first letter: lowering the whole label turned
 * "10²⁵ FLOP" into "10²⁵ flop" and "EU" into "eu" for screen readers.
 */
function inSentence(label: string): string {
  const first = /\p{L}/u.exec(label);
  if (!first) return label;
  const i = first.index;
  if (/\p{Lu}/u.test(label.charAt(i + 1))) return label;
  return label.slice(0, i) + label.charAt(i).toLowerCase() + label.slice(i + 1);
}

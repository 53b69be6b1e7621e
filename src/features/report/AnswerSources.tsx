/**
 * "Your answers and their sources" (issue #9 "Provenance per answer"): on a workspace report, the answers
 * that carry a source, a note or exact/estimate are listed with it; every answer in words sits in a
 * disclosure below (opened for print).
 */

import { useMemo } from 'react';
import type { Answers } from '../../engine/answers';
import { answersInWords } from '../../engine/questionnaire';
import { localize } from '../../i18n/localize';
import { useTranslator } from '../../i18n/react';
import type { ProvenanceMap } from '../../shared/workspace/types';
import { provenanceWords } from './provenance';

export function AnswerSources({ answers, provenance }: { answers: Answers; provenance: ProvenanceMap }) {
  const translator = useTranslator();
  const sections = useMemo(() => localize(answersInWords(answers), translator), [answers, translator]);
  const rows = sections.flatMap((s) => s.rows);
  const sourced = rows.flatMap((row) => {
    const words = provenanceWords(provenance[row.questionId], translator);
    return words ? [{ ...row, words }] : [];
  });
  return (
    <section aria-labelledby="answers-heading" className="report-answers mt-10">
      <h2 id="answers-heading" className="text-xl font-semibold">
        {translator.m('reportPage.answersHeading')}
      </h2>
      {sourced.length === 0 ? (
        <p className="mt-2">{translator.m('reportPage.noSources')}</p>
      ) : (
        <dl className="answer-sources mt-3 space-y-3">
          {sourced.map((row) => (
            <div key={row.questionId} data-question={row.questionId}>
              <dt className="font-medium">{row.label}</dt>
              <dd>{row.value}</dd>
              <dd className="provenance text-sm text-slate-700">{row.words}</dd>
            </div>
          ))}
        </dl>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-accent underline underline-offset-2">
          {translator.m('reportPage.allAnswers', { n: rows.length })}
        </summary>
        {sections.map((section) => (
          <div key={section.screenId} className="mt-3">
            <h3 className="font-semibold">{section.title}</h3>
            <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr]">
              {section.rows.map((row) => {
                const words = provenanceWords(provenance[row.questionId], translator);
                return (
                  <div key={row.questionId} className="contents">
                    <dt className="text-slate-700">{row.label}</dt>
                    <dd className="break-words">
                      {row.value}
                      {words ? <span className="block text-sm text-slate-700">{words}</span> : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        ))}
      </details>
    </section>
  );
}

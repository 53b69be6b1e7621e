import type { Question } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';

/** The hint of a question, with its list of examples when it has one (tied to the field by aria-describedby). */
export function QuestionHint({ question }: { question: Question }) {
  const tr = useTranslator();
  const { t } = tr;
  if (!question.hint && !question.examples) return null;
  return (
    <>
      {question.hint ? <span className="block">{t(question.hint)}</span> : null}
      {question.examples ? (
        <span className="mt-2 block">
          <span className="block font-semibold text-slate-800">
            {tr.m('wizard.examplesTitle', { title: t(question.examples.title) })}
          </span>
          <span className="mt-1 block columns-1 sm:columns-2">
            {question.examples.items.map((item) => (
              <span key={item.msg} className="block before:mr-2 before:content-['–']">
                {t(item)}
              </span>
            ))}
          </span>
        </span>
      ) : null}
    </>
  );
}

/** What is still open: open questions, ambiguities met, and the reasoning step by step. */
import type { Report } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { sources } from './inline';
import type { MemoBlock } from './model';

export function openQuestionBlocks(report: Report, tr: Translator): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.openQuestionsHeading') },
    report.openQuestions.length === 0
      ? { kind: 'para', text: tr.m('documents.noOpenQuestions') }
      : {
          kind: 'table',
          head: [tr.m('documents.colQuestion'), tr.m('documents.colAsk'), tr.m('documents.colAssumed')],
          style: 'grid',
          columns: { 1: { width: 100 } },
          rows: report.openQuestions.map((q) => [
            q.question,
            q.askWhom,
            `${q.assumption} (${q.rules.join(', ')})`,
          ]),
        },
  ];
}

export function ambiguityBlocks(report: Report, tr: Translator): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.ambiguitiesHeading') },
    report.ambiguities.length === 0
      ? { kind: 'para', text: tr.m('documents.noAmbiguities') }
      : {
          kind: 'table',
          head: [
            tr.m('documents.colEdgeCase'),
            tr.m('documents.colReadingChosen'),
            tr.m('documents.colOtherReading'),
          ],
          style: 'grid',
          columns: { 0: { width: 140 } },
          rows: report.ambiguities.map((a) => [
            [`${a.edgeCase}: ${a.title}\n`, ...sources(a.citations, tr)],
            a.readingChosen,
            a.alternative,
          ]),
        },
  ];
}

export function reasoningBlocks(report: Report, tr: Translator): MemoBlock[] {
  if (!report.trace.length) return [];
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.reasoningHeading') },
    {
      kind: 'table',
      head: [
        tr.m('documents.colQuestion'),
        tr.m('documents.colAnswer'),
        tr.m('documents.colRule'),
        tr.m('documents.colOutcome'),
      ],
      style: 'grid',
      columns: { 1: { width: 95 }, 2: { width: 70 } },
      rows: report.trace.map((t) => [
        t.question,
        t.answer,
        [`${t.rule}\n`, ...sources(t.citations, tr)],
        t.outcome,
      ]),
    },
  ];
}

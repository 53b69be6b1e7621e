/** The obligations: a table with dates and status, the deadlines, each obligation in detail, and those that do not apply. */
import type { Obligation, Report } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { periodLines, periodMovedWords, prepareFromWords, stepTakenWords } from '../period-words';
import { obligationDatesWords, obligationStatusWords } from '../words';
import { rulesAndSources } from './inline';
import type { MemoBlock } from './model';

export function obligationBlocks(report: Report, tr: Translator): MemoBlock[] {
  const blocks: MemoBlock[] = [{ kind: 'heading', level: 1, text: tr.m('documents.obligationsHeading') }];
  if (report.obligations.length === 0) {
    blocks.push({ kind: 'para', text: tr.m('documents.noObligations') });
  } else {
    blocks.push(
      { kind: 'para', tone: 'muted', text: tr.m('documents.statusAsOf', { date: { date: report.asOf } }) },
      {
        kind: 'table',
        head: [
          tr.m('documents.colArticle'),
          tr.m('documents.colObligation'),
          tr.m('documents.colDates'),
          tr.m('documents.colStatus'),
          tr.m('documents.colNotes'),
        ],
        style: 'grid',
        columns: { 0: { bold: true, width: 70 }, 2: { width: 95 }, 3: { width: 70 } },
        rows: report.obligations.map((o) => [
          o.article,
          o.title,
          obligationDatesWords(o, tr),
          obligationStatusWords(o, tr),
          obligationNotes(o, tr),
        ]),
      },
      ...deadlines(report, tr),
      ...report.obligations.flatMap((o) => obligationDetails(o, tr)),
    );
  }
  return [...blocks, ...notApplicable(report, tr)];
}

function obligationNotes(o: Obligation, tr: Translator): string {
  return [
    o.period && periodMovedWords(o.period, tr)
      ? tr.m('documents.lastDayMoved', { date: { date: o.period.nominal } })
      : null,
    o.scope,
    o.exempted ? tr.m('documents.exemptedNote', { reason: o.exemptionReason ?? '' }) : null,
    o.codeOfPracticeChapter
      ? tr.m('documents.codeOfPracticeNote', { chapter: o.codeOfPracticeChapter })
      : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The Art. 52(1) notification deadline with how its period was counted, and the compliance deadline. */
function deadlines(report: Report, tr: Translator): MemoBlock[] {
  const blocks: MemoBlock[] = [];
  if (report.notificationDeadline) {
    const period = report.obligations.find((o) => o.id === 'art52_1')?.period ?? null;
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: tr.m(
        period?.bound === 'atLatest' ? 'documents.notificationDueAtLatest' : 'documents.notificationDue',
        { date: { date: report.notificationDeadline } },
      ),
    });
    if (period)
      for (const line of periodLines(period, tr)) blocks.push({ kind: 'para', tone: 'muted', text: line });
  }
  if (report.complianceDeadline)
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: tr.m('documents.complianceDeadline', { date: { date: report.complianceDeadline } }),
    });
  return blocks;
}

function obligationDetails(o: Obligation, tr: Translator): MemoBlock[] {
  const blocks: MemoBlock[] = [
    {
      kind: 'heading',
      level: 2,
      text: tr.m('documents.obligationHeading', { article: o.article, title: o.title }),
    },
    { kind: 'para', text: o.explanation },
  ];
  const para = (text: string, tone?: 'strong') =>
    blocks.push({ kind: 'para', text, ...(tone ? { tone } : {}) });
  if (o.period) for (const line of periodLines(o.period, tr)) para(line);
  const prepare = prepareFromWords(o, tr);
  if (prepare) para(prepare);
  const step = stepTakenWords(o, tr);
  if (step) para(tr.m('documents.stepsTaken', { step }));
  if (o.scope) para(tr.m('documents.scope', { scope: o.scope }));
  if (o.exempted) para(tr.m('documents.exemptedNote', { reason: o.exemptionReason ?? '' }), 'strong');
  if (o.produce.length) {
    para(tr.m('documents.whatToProduce'), 'strong');
    blocks.push({ kind: 'bullets', items: o.produce, indent: true });
  }
  blocks.push({
    kind: 'para',
    tone: 'muted',
    text: [
      tr.m('documents.datesAndStatus', {
        dates: obligationDatesWords(o, tr),
        status: obligationStatusWords(o, tr),
      }),
      ...rulesAndSources(o.rules, o.citations, tr),
    ],
  });
  return blocks;
}

function notApplicable(report: Report, tr: Translator): MemoBlock[] {
  if (!report.notApplicable.length) return [];
  return [
    { kind: 'heading', level: 2, text: tr.m('documents.notApplicableHeading') },
    {
      kind: 'table',
      head: [tr.m('documents.colArticle'), tr.m('documents.colObligation'), tr.m('documents.colWhyNot')],
      style: 'grid',
      columns: { 0: { bold: true, width: 70 }, 1: { width: 150 } },
      rows: report.notApplicable.map((n) => [n.article, n.title, `${n.reason} (${n.rules.join(', ')})`]),
    },
  ];
}

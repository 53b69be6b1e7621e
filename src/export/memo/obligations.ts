/** The obligations: a table with dates and status, the deadlines, each obligation in detail, and those that do not apply. */
import { formatDate } from '../../engine/dates';
import type { Obligation, Report } from '../../engine/report';
import { periodLines, periodMovedWords, prepareFromWords, stepTakenWords } from '../period-words';
import { obligationDatesWords, obligationStatusWords } from '../words';
import { rulesAndSources } from './inline';
import type { MemoBlock } from './model';

export function obligationBlocks(report: Report): MemoBlock[] {
  const blocks: MemoBlock[] = [{ kind: 'heading', level: 1, text: 'Obligations' }];
  if (report.obligations.length === 0) {
    blocks.push({ kind: 'para', text: 'No GPAI model obligations apply on these answers.' });
  } else {
    blocks.push(
      { kind: 'para', tone: 'muted', text: `Status as of ${formatDate(report.asOf)}.` },
      {
        kind: 'table',
        head: ['Article', 'Obligation', 'Dates', 'Status', 'Notes'],
        style: 'grid',
        columns: { 0: { bold: true, width: 70 }, 2: { width: 95 }, 3: { width: 70 } },
        rows: report.obligations.map((o) => [
          o.article,
          o.title,
          obligationDatesWords(o),
          obligationStatusWords(o),
          obligationNotes(o),
        ]),
      },
      ...deadlines(report),
      ...report.obligations.flatMap(obligationDetails),
    );
  }
  return [...blocks, ...notApplicable(report)];
}

function obligationNotes(o: Obligation): string {
  return [
    o.period && periodMovedWords(o.period)
      ? `Last day moved from ${formatDate(o.period.nominal)} to the next working day (R87)`
      : null,
    o.scope,
    o.exempted ? `Exempted: ${o.exemptionReason ?? ''}` : null,
    o.codeOfPracticeChapter ? `Code of Practice: ${o.codeOfPracticeChapter}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The Art. 52(1) notification deadline with how its period was counted, and the compliance deadline. */
function deadlines(report: Report): MemoBlock[] {
  const blocks: MemoBlock[] = [];
  if (report.notificationDeadline) {
    const period = report.obligations.find((o) => o.id === 'art52_1')?.period ?? null;
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: `Notification to the Commission (Art. 52(1)) due ${period?.bound === 'atLatest' ? 'at the latest ' : ''}by ${formatDate(report.notificationDeadline)}.`,
    });
    if (period)
      for (const line of periodLines(period)) blocks.push({ kind: 'para', tone: 'muted', text: line });
  }
  if (report.complianceDeadline)
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: `Compliance deadline for the provider obligations: ${formatDate(report.complianceDeadline)}.`,
    });
  return blocks;
}

function obligationDetails(o: Obligation): MemoBlock[] {
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 2, text: `${o.article} — ${o.title}` },
    { kind: 'para', text: o.explanation },
  ];
  const para = (text: string, tone?: 'strong') =>
    blocks.push({ kind: 'para', text, ...(tone ? { tone } : {}) });
  if (o.period) for (const line of periodLines(o.period)) para(line);
  const prepare = prepareFromWords(o);
  if (prepare) para(prepare);
  const step = stepTakenWords(o);
  if (step) para(`Steps already taken: ${step}`);
  if (o.scope) para(`Scope: ${o.scope}`);
  if (o.exempted) para(`Exempted: ${o.exemptionReason ?? ''}`, 'strong');
  if (o.produce.length) {
    para('What to produce:', 'strong');
    blocks.push({ kind: 'bullets', items: o.produce, indent: true });
  }
  blocks.push({
    kind: 'para',
    tone: 'muted',
    text: [
      `${obligationDatesWords(o)}. ${obligationStatusWords(o)}. `,
      ...rulesAndSources(o.rules, o.citations),
    ],
  });
  return blocks;
}

function notApplicable(report: Report): MemoBlock[] {
  if (!report.notApplicable.length) return [];
  return [
    { kind: 'heading', level: 2, text: 'Obligations that do not apply' },
    {
      kind: 'table',
      head: ['Article', 'Obligation', 'Why not'],
      style: 'grid',
      columns: { 0: { bold: true, width: 70 }, 1: { width: 150 } },
      rows: report.notApplicable.map((n) => [n.article, n.title, `${n.reason} (${n.rules.join(', ')})`]),
    },
  ];
}

/**
 * Drafting aid: what the written mandate of the authorised representative must cover (Art. 54(1)–(5), R61).
 * Shown only when Art. 54 applies: a provider established outside the Union that is not exempted.
 */
import { law } from '../../engine/law/parameters';
import type { Citation, Obligation, Report } from '../../engine/report';
import { art } from '../../engine/sources';
import { citationText } from '../../i18n/citations';
import type { Translator } from '../../i18n/translator';
import { sources } from './inline';
import type { MemoBlock } from './model';

export function mandateObligation(report: Report): Obligation | null {
  const o = report.obligations.find((x) => x.id === 'art54');
  return o && !o.exempted && o.status !== 'exempted' ? o : null;
}

/** The four tasks the mandate must empower the representative to carry out, Art. 54(3)(a)–(d). */
/** A reference written the language's way ("Art. 54 Abs. 3 Buchst. a"). */
function refIn(r: string, tr: Translator): string {
  return citationText({ ref: r, url: '' } as Citation, tr.lang);
}

export function mandateTasks(systemicRisk: boolean, tr: Translator): [string, string][] {
  return [
    [
      refIn('Art. 54(3)(a)', tr),
      tr.m(systemicRisk ? 'documents.mandateTaskASystemic' : 'documents.mandateTaskA'),
    ],
    [refIn('Art. 54(3)(b)', tr), tr.m('documents.mandateTaskB', { years: law('representativeRecordYears') })],
    [refIn('Art. 54(3)(c)', tr), tr.m('documents.mandateTaskC')],
    [refIn('Art. 54(3)(d)', tr), tr.m('documents.mandateTaskD')],
  ];
}

function whenWords(o: Obligation, tr: Translator): string {
  const date = o.dueBy ?? o.appliesFrom;
  return date ? tr.m('documents.mandateWhenDate', { date: { date } }) : tr.m('documents.mandateWhen');
}

export function mandateChecklistBlocks(report: Report, tr: Translator): MemoBlock[] {
  const o = mandateObligation(report);
  if (!o) return [];
  const box = '☐';
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 1, text: tr.m('documents.mandateHeading') },
    { kind: 'para', text: tr.m('documents.mandateIntro', { when: whenWords(o, tr) }) },
  ];
  if (o.stepTaken === 'yes')
    blocks.push({
      kind: 'para',
      tone: 'muted',
      text: tr.m('documents.mandateAppointed'),
    });
  blocks.push(
    { kind: 'para', tone: 'strong', text: tr.m('documents.mandateEmpowers') },
    {
      kind: 'table',
      head: [tr.m('documents.colDone'), tr.m('documents.colArticle'), tr.m('documents.colTask')],
      style: 'grid',
      columns: { 0: { width: 36 }, 1: { bold: true, width: 80 } },
      rows: mandateTasks(report.systemicRisk !== 'none', tr).map(([article, task]) => [box, article, task]),
    },
    { kind: 'para', tone: 'strong', text: tr.m('documents.mandateAlsoCheck') },
    {
      kind: 'table',
      head: [tr.m('documents.colDone'), tr.m('documents.colArticle'), tr.m('documents.colPoint')],
      style: 'grid',
      columns: { 0: { width: 36 }, 1: { bold: true, width: 80 } },
      rows: (
        [
          ['Art. 54(2)', 'documents.mandatePoint2'],
          ['Art. 54(3)', 'documents.mandatePoint3'],
          ['Art. 54(4)', 'documents.mandatePoint4'],
          ['Art. 54(5)', 'documents.mandatePoint5'],
        ] as const
      ).map(([article, point]) => [box, refIn(article, tr), tr.m(point)]),
    },
    {
      kind: 'para',
      tone: 'muted',
      text: [
        tr.m('documents.rulesAndSources', { rules: 'R61' }),
        ...sources([art('54(1)'), art('54(3)'), art('54(4)'), art('54(5)')], tr),
        '.',
      ],
    },
  );
  return blocks;
}

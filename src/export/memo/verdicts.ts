/** The four verdicts: a table, the role, then each verdict with what it rests on and its sources. */
import type { Report, Verdict } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { roleWords, VERDICT_ORDER, verdictTitle } from '../words';
import { rulesAndSources } from './inline';
import type { MemoBlock } from './model';

export function verdictBlocks(report: Report, tr: Translator): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.verdictsHeading') },
    {
      kind: 'table',
      head: [tr.m('documents.colQuestion'), tr.m('documents.colAnswer'), tr.m('documents.colWhy')],
      style: 'grid',
      columns: { 0: { bold: true, width: 130 }, 1: { width: 80 } },
      rows: VERDICT_ORDER.map((k) => [
        verdictTitle(k, tr),
        report.verdicts[k].label,
        report.verdicts[k].summary,
      ]),
    },
    { kind: 'para', text: tr.m('documents.roleLine', { role: roleWords(report.role, tr) }) },
    ...VERDICT_ORDER.flatMap((key) => verdictDetails(verdictTitle(key, tr), report.verdicts[key], tr)),
  ];
}

function verdictDetails(title: string, v: Verdict, tr: Translator): MemoBlock[] {
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 2, text: tr.m('documents.verdictHeading', { title, label: v.label }) },
    { kind: 'para', text: v.summary },
  ];
  if (v.decisiveAnswers.length)
    blocks.push({
      kind: 'para',
      tone: 'muted',
      text: tr.m('documents.basedOn', {
        answers: v.decisiveAnswers
          .map((d) => tr.m('documents.decisiveAnswer', { label: d.label, value: d.value }))
          .join('; '),
      }),
    });
  blocks.push({ kind: 'para', tone: 'muted', text: rulesAndSources(v.rules, v.citations, tr) });
  if (v.ambiguous.length)
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: tr.m('documents.ambiguousNote', { cases: v.ambiguous.join(', ') }),
    });
  return blocks;
}

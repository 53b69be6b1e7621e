/** The four verdicts: a table, the role, then each verdict with what it rests on and its sources. */
import type { Report, Verdict } from '../../engine/report';
import { ROLE_WORDS, VERDICT_ORDER, VERDICT_TITLES } from '../words';
import { rulesAndSources } from './inline';
import type { MemoBlock } from './model';

export function verdictBlocks(report: Report): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Verdicts' },
    {
      kind: 'table',
      head: ['Question', 'Answer', 'Why'],
      style: 'grid',
      columns: { 0: { bold: true, width: 130 }, 1: { width: 80 } },
      rows: VERDICT_ORDER.map((k) => [
        VERDICT_TITLES[k],
        report.verdicts[k].label,
        report.verdicts[k].summary,
      ]),
    },
    { kind: 'para', text: `Role: ${ROLE_WORDS[report.role]}.` },
    ...VERDICT_ORDER.flatMap((key) => verdictDetails(VERDICT_TITLES[key], report.verdicts[key])),
  ];
}

function verdictDetails(title: string, v: Verdict): MemoBlock[] {
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 2, text: `${title} — ${v.label}` },
    { kind: 'para', text: v.summary },
  ];
  if (v.decisiveAnswers.length)
    blocks.push({
      kind: 'para',
      tone: 'muted',
      text: `Based on: ${v.decisiveAnswers.map((d) => `${d.label}: ${d.value}`).join('; ')}.`,
    });
  blocks.push({ kind: 'para', tone: 'muted', text: rulesAndSources(v.rules, v.citations) });
  if (v.ambiguous.length)
    blocks.push({
      kind: 'para',
      tone: 'strong',
      text: `Ambiguous (${v.ambiguous.join(', ')}): the law is unclear here; the reading chosen is given under "Ambiguities".`,
    });
  return blocks;
}

/** The first page: title, how the memo was made, and the summary box with the four verdicts and the dates. */
import { formatDate } from '../../engine/dates';
import type { Obligation, Report } from '../../engine/report';
import { RULES_SOURCES_AS_OF } from '../../engine/rules-version';
import { daysWords, ROLE_WORDS, VERDICT_ORDER, VERDICT_TITLES } from '../words';
import { generatedAtWords, MEMO_TITLE, type MemoInput } from './input';
import type { MemoBlock, SummaryRow } from './model';

export function titleBlocks(input: MemoInput, modelName: string): MemoBlock[] {
  const { report } = input;
  return [
    {
      kind: 'title',
      title: MEMO_TITLE,
      subtitle: modelName || 'Model name not given',
      note: 'Not legal advice — see the disclaimer at the end.',
    },
    {
      kind: 'table',
      head: null,
      style: 'plain',
      columns: { 0: { bold: true, width: 110 } },
      rows: [
        ['Generated', generatedAtWords(input.generatedAt)],
        ['Evaluated as of', formatDate(report.asOf)],
        ['Rules version', report.rulesVersion],
        ['Legal sources as of', formatDate(RULES_SOURCES_AS_OF)],
        ['Answers hash', input.answersHash],
        ...recordRows(input),
        ['Share link', [{ text: input.shareLink, href: input.shareLink }]],
      ],
    },
  ];
}

/** The workspace version and its sign-off, when the memo was made from one (ADR 0094). */
function recordRows(input: MemoInput): string[][] {
  const r = input.record;
  if (!r) return [];
  const rows: string[][] = [];
  if (r.versionSeq !== null) rows.push(['Version', `${r.versionSeq}${r.signoff ? ' (signed, locked)' : ''}`]);
  if (r.signoff)
    rows.push([
      'Signed off by',
      `${r.signoff.name}${r.signoff.role ? `, ${r.signoff.role}` : ''}, ${formatDate(r.signoff.date)}`,
    ]);
  return rows;
}

/** Obligations that apply (not exempted). */
function applicable(report: Report): Obligation[] {
  return report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
}

/** "Presumed", "Probably not", or "Presumed — ambiguous (E7)": the nuance of the card travels into the box. */
export function verdictSummary(report: Report, key: (typeof VERDICT_ORDER)[number]): string {
  const v = report.verdicts[key];
  return v.ambiguous.length ? `${v.label} — ambiguous (${v.ambiguous.join(', ')})` : v.label;
}

function overdueWords(o: Obligation): string {
  const date = o.dueBy ?? o.appliesFrom;
  const latest = o.period?.bound === 'atLatest' ? 'at the latest ' : '';
  const by = o.daysFromAsOf === null ? '' : ` (overdue by ${Math.abs(o.daysFromAsOf)} days)`;
  return date
    ? `${o.article} ${o.title} — was due ${latest}${formatDate(date)}${by}`
    : `${o.article} ${o.title}`;
}

/** The next dated step, or why there is none: never "No dates ahead" next to an overdue or undated duty. */
export function nextDateWords(report: Report): string {
  const next = [...report.timeline]
    .filter((m) => m.daysFromAsOf >= 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (next) return `${formatDate(next.date)} (${daysWords(next.daysFromAsOf)}): ${next.label}`;
  const open = applicable(report);
  if (open.some((o) => o.status === 'overdue')) return 'Due now: the overdue obligations above';
  const unknown = open.filter((o) => o.status === 'date-unknown');
  if (unknown.length)
    return `No known date ahead; ${unknown.map((o) => o.article).join(', ')} depend${unknown.length === 1 ? 's' : ''} on an answer not known yet`;
  const quiet = open.some((o) => o.status === 'in-force')
    ? 'No dates ahead: the obligations that apply are in force now'
    : 'No dates ahead';
  // R93: an AI-system duty ahead is a date too, though this tool does not assess it.
  const duty = report.signposts
    .filter((sp) => sp.appliesFrom !== null && sp.appliesFrom > report.asOf)
    .sort((a, b) => ((a.appliesFrom ?? '') < (b.appliesFrom ?? '') ? -1 : 1))[0];
  return duty?.appliesFrom
    ? `${quiet.replace('No dates ahead', 'No GPAI model dates ahead')}; AI-system duty ahead (not assessed here): ${duty.article} from ${formatDate(duty.appliesFrom)}`
    : quiet;
}

export function summaryBox(report: Report): MemoBlock {
  const open = applicable(report);
  const overdue = open.filter((o) => o.status === 'overdue');
  const rows: SummaryRow[] = VERDICT_ORDER.map((k) => ({
    label: VERDICT_TITLES[k],
    value: verdictSummary(report, k),
  }));
  rows.push({ label: 'Role', value: ROLE_WORDS[report.role] });
  rows.push({
    label: 'Obligations',
    value: open.length === 0 ? 'No GPAI model obligations apply' : `${open.length} apply`,
  });
  for (const o of overdue) rows.push({ label: 'Overdue', value: overdueWords(o), tone: 'warning' });
  rows.push({ label: 'Next date', value: nextDateWords(report) });
  return { kind: 'summary', title: 'Summary', rows };
}

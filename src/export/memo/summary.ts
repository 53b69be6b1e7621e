/** The first page: title, how the memo was made, and the summary box with the four verdicts and the dates. */
import type { Obligation, Report } from '../../engine/report';
import { RULES_SOURCES_AS_OF } from '../../engine/rules-version';
import type { Translator } from '../../i18n/translator';
import { daysWords, roleWords, VERDICT_ORDER, verdictTitle } from '../words';
import { generatedAtWords, type MemoInput } from './input';
import type { MemoBlock, SummaryRow } from './model';

export function titleBlocks(input: MemoInput, modelName: string): MemoBlock[] {
  const { report, translator: tr } = input;
  return [
    {
      kind: 'title',
      title: tr.m('documents.memoTitle'),
      subtitle: modelName || tr.m('documents.modelNameNotGiven'),
      note: tr.m('documents.titleNote'),
    },
    {
      kind: 'table',
      head: null,
      style: 'plain',
      columns: { 0: { bold: true, width: 110 } },
      rows: [
        [tr.m('documents.rowGenerated'), generatedAtWords(input.generatedAt, tr)],
        [tr.m('documents.rowEvaluatedAsOf'), tr.date(report.asOf)],
        [tr.m('documents.rowRulesVersion'), report.rulesVersion],
        [tr.m('documents.rowLegalSourcesAsOf'), tr.date(RULES_SOURCES_AS_OF)],
        [tr.m('documents.rowAnswersHash'), input.answersHash],
        ...recordRows(input),
        [tr.m('documents.rowShareLink'), [{ text: input.shareLink, href: input.shareLink }]],
      ],
    },
  ];
}

/** The workspace version and its sign-off, when the memo was made from one (ADR 0094). */
function recordRows(input: MemoInput): string[][] {
  const { record: r, translator: tr } = input;
  if (!r) return [];
  const rows: string[][] = [];
  if (r.versionSeq !== null)
    rows.push([
      tr.m('documents.rowVersion'),
      r.signoff ? tr.m('documents.versionSigned', { seq: String(r.versionSeq) }) : `${r.versionSeq}`,
    ]);
  if (r.signoff)
    rows.push([
      tr.m('documents.rowSignedOffBy'),
      r.signoff.role
        ? tr.m('documents.signedOffByWithRole', {
            name: r.signoff.name,
            role: r.signoff.role,
            date: { date: r.signoff.date },
          })
        : tr.m('documents.signedOffByNoRole', { name: r.signoff.name, date: { date: r.signoff.date } }),
    ]);
  return rows;
}

/** Obligations that apply (not exempted). */
function applicable(report: Report): Obligation[] {
  return report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
}

/** "Presumed", "Probably not", or "Presumed — ambiguous (E7)": the nuance of the card travels into the box. */
export function verdictSummary(report: Report, key: (typeof VERDICT_ORDER)[number], tr: Translator): string {
  const v = report.verdicts[key];
  return v.ambiguous.length
    ? tr.m('documents.verdictAmbiguous', { label: v.label, cases: v.ambiguous.join(', ') })
    : v.label;
}

function overdueWords(o: Obligation, tr: Translator): string {
  const date = o.dueBy ?? o.appliesFrom;
  const by = o.daysFromAsOf === null ? '' : tr.m('documents.overdueBy', { n: Math.abs(o.daysFromAsOf) });
  if (!date) return tr.m('documents.overdueNoDate', { article: o.article, title: o.title });
  return tr.m(
    o.period?.bound === 'atLatest' ? 'documents.overdueAtLatestWithDate' : 'documents.overdueWithDate',
    {
      article: o.article,
      title: o.title,
      date: { date },
      by,
    },
  );
}

/** The next dated step, or why there is none: never "No dates ahead" next to an overdue or undated duty. */
export function nextDateWords(report: Report, tr: Translator): string {
  const next = [...report.timeline]
    .filter((m) => m.daysFromAsOf >= 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (next)
    return tr.m('documents.nextDate', {
      date: { date: next.date },
      days: daysWords(next.daysFromAsOf, tr),
      label: next.label,
    });
  const open = applicable(report);
  if (open.some((o) => o.status === 'overdue')) return tr.m('documents.dueNowOverdue');
  const unknown = open.filter((o) => o.status === 'date-unknown');
  if (unknown.length)
    return tr.m('documents.noKnownDateAhead', {
      articles: unknown.map((o) => o.article).join(', '),
      n: unknown.length,
    });
  const inForce = open.some((o) => o.status === 'in-force');
  // R93: an AI-system duty ahead is a date too, though this tool does not assess it.
  const duty = report.signposts
    .filter((sp) => sp.appliesFrom !== null && sp.appliesFrom > report.asOf)
    .sort((a, b) => ((a.appliesFrom ?? '') < (b.appliesFrom ?? '') ? -1 : 1))[0];
  if (!duty?.appliesFrom) return tr.m(inForce ? 'documents.noDatesAheadInForce' : 'documents.noDatesAhead');
  return tr.m('documents.dutyAhead', {
    quiet: tr.m(inForce ? 'documents.noModelDatesAheadInForce' : 'documents.noModelDatesAhead'),
    article: duty.article,
    date: { date: duty.appliesFrom },
  });
}

export function summaryBox(report: Report, tr: Translator): MemoBlock {
  const open = applicable(report);
  const overdue = open.filter((o) => o.status === 'overdue');
  const rows: SummaryRow[] = VERDICT_ORDER.map((k) => ({
    label: verdictTitle(k, tr),
    value: verdictSummary(report, k, tr),
  }));
  rows.push({ label: tr.m('documents.summaryRole'), value: roleWords(report.role, tr) });
  rows.push({
    label: tr.m('documents.summaryObligations'),
    value:
      open.length === 0
        ? tr.m('documents.summaryNoObligations')
        : tr.m('documents.summaryObligationsApply', { n: open.length }),
  });
  for (const o of overdue)
    rows.push({ label: tr.m('documents.summaryOverdue'), value: overdueWords(o, tr), tone: 'warning' });
  rows.push({ label: tr.m('documents.summaryNextDate'), value: nextDateWords(report, tr) });
  return { kind: 'summary', title: tr.m('documents.summaryTitle'), rows };
}

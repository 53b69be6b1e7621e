/**
 * A plain-text rendering of a report for the terminal (`--format text`): verdicts, compute, deadlines,
 * obligations, AI-system duties not assessed, timeline, enforcement, ambiguities, warnings, open questions, counterfactuals, reasoning, rules version and
 * as-of date. Everything shown comes from the report object; nothing is decided here.
 */

import { daysBetween } from '../engine/dates';
import type { Citation, ObligationStatus, Report, VerdictKey } from '../engine/report';
import type { MessageId } from '../engine/text';
import { dueWords, periodLines, prepareFromWords, stepTakenWords } from '../export/period-words';
import { roleWords } from '../export/words';
import { english } from '../i18n/all';
import { citationText } from '../i18n/citations';
import type { Translator } from '../i18n/translator';

const WIDTH = 100;

const VERDICT_NAMES: Record<VerdictKey, MessageId> = {
  gpai: 'cli.verdict_gpai',
  provider: 'cli.verdict_provider',
  systemicRisk: 'cli.verdict_systemicRisk',
  openSource: 'cli.verdict_openSource',
};

const STATUS: Record<ObligationStatus, MessageId> = {
  'in-force': 'cli.status_inForce',
  upcoming: 'cli.status_upcoming',
  overdue: 'cli.status_overdue',
  exempted: 'cli.status_exempted',
  'date-unknown': 'cli.status_dateUnknown',
  done: 'cli.status_done',
};

/** Words a long line into lines of at most WIDTH characters, each starting with `indent`. */
function wrap(text: string, indent: string, firstIndent = indent): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = indent + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

export function renderReportText(report: Report, tr: Translator = english): string {
  const w = (msg: MessageId, params?: Record<string, string | number>) => tr.t({ msg, params });
  const relative = (days: number | null): string => {
    if (days === null) return w('cli.dateUnknown');
    if (days === 0) return w('cli.today');
    if (days === 1) return w('cli.tomorrow');
    if (days === -1) return w('cli.yesterday');
    return days > 0 ? w('cli.inDays', { n: days }) : w('cli.daysAgo', { n: -days });
  };
  const dated = (date: string | null, days: number | null): string =>
    date === null ? w('cli.dateUnknown') : `${tr.date(date)} (${date}, ${relative(days)})`;
  const cites = (c: readonly Citation[]): string =>
    tr.list(
      c.map((x) => citationText(x, tr.lang)),
      'semicolon',
    );
  const rulesLine = (rules: readonly string[], citations: readonly Citation[]) =>
    w('cli.rulesAndSources', { rules: rules.join(', '), sources: cites(citations) });
  const out: string[] = [];
  const heading = (title: string) => out.push('', title.toUpperCase(), '─'.repeat(title.length));

  out.push(w('cli.title', { date: tr.date(report.asOf), iso: report.asOf }));
  out.push(w('cli.rulesVersion', { version: report.rulesVersion }));

  heading(w('cli.verdicts'));
  for (const key of ['gpai', 'provider', 'systemicRisk', 'openSource'] as const) {
    const v = report.verdicts[key];
    const head = v.summary.startsWith(v.label) ? v.summary : `${v.label}. ${v.summary}`;
    out.push(wrap(w('cli.verdictLine', { name: w(VERDICT_NAMES[key]), text: head }), '    ', '  '));
    if (v.decisiveAnswers.length > 0)
      out.push(
        wrap(
          w('cli.basedOn', {
            answers: tr.list(
              v.decisiveAnswers.map((a) => `${a.label} = ${a.value}`),
              'semicolon',
            ),
          }),
          '      ',
          '    ',
        ),
      );
    out.push(wrap(rulesLine(v.rules, v.citations), '      ', '    '));
    if (v.ambiguous.length > 0) out.push(`    ${w('cli.ambiguous', { edgeCases: v.ambiguous.join(', ') })}`);
  }
  out.push(wrap(w('cli.role', { role: roleWords(report.role, tr), key: report.role }), '    ', '  '));

  const c = report.compute;
  if (c.parameterUpdateFlop !== null || c.cumulativeFlop !== null) {
    const flop = (value: number) => tr.flop(value, { ascii: true });
    heading(w('cli.compute'));
    if (c.parameterUpdateFlop !== null)
      out.push(`  ${w('cli.parameterUpdateCompute', { flop: flop(c.parameterUpdateFlop) })}`);
    if (c.cumulativeFlop !== null)
      out.push(`  ${w('cli.cumulativeCompute', { flop: flop(c.cumulativeFlop) })}`);
    if (c.band) out.push(`  ${w('cli.band', { low: flop(c.band.low), high: flop(c.band.high) })}`);
  }

  heading(w('cli.deadlines'));
  const notification = report.obligations.find((o) => o.id === 'art52_1');
  out.push(
    wrap(
      w('cli.notification', {
        when:
          report.notificationDeadline === null
            ? w('cli.notOwed')
            : w(notification?.period?.bound === 'atLatest' ? 'cli.atLatestDate' : 'cli.date', {
                date: dated(
                  report.notificationDeadline,
                  daysBetween(report.asOf, report.notificationDeadline),
                ),
              }),
      }),
      '    ',
      '  ',
    ),
  );
  if (report.notificationDeadline !== null && notification?.period)
    for (const line of periodLines(notification.period, tr)) out.push(wrap(line, '      ', '    '));
  out.push(
    `  ${w('cli.compliance', {
      when:
        report.complianceDeadline === null
          ? w('cli.noneOrUnknown')
          : dated(report.complianceDeadline, daysBetween(report.asOf, report.complianceDeadline)),
    })}`,
  );

  heading(w('cli.obligations'));
  if (report.obligations.length === 0) out.push(`  ${w('cli.none')}`);
  for (const o of report.obligations) {
    out.push(wrap(`[${w(STATUS[o.status])}] ${o.article} — ${o.title}`, '      ', '  '));
    const when: string[] = [];
    if (o.appliesFrom) when.push(w('cli.appliesFrom', { date: tr.date(o.appliesFrom) }));
    const due = dueWords(o, tr);
    if (due) when.push(due.charAt(0).toLowerCase() + due.slice(1));
    if (o.daysFromAsOf !== null) when.push(relative(o.daysFromAsOf));
    if (when.length > 0) out.push(wrap(when.join(' · '), '      ', '    '));
    if (o.period) for (const line of periodLines(o.period, tr)) out.push(wrap(line, '      ', '    '));
    const prepare = prepareFromWords(o, tr);
    if (prepare) out.push(wrap(prepare, '      ', '    '));
    const step = stepTakenWords(o, tr);
    if (step) out.push(wrap(w('cli.stepsTaken', { step }), '      ', '    '));
    if (o.exempted && o.exemptionReason)
      out.push(wrap(w('cli.exempted', { reason: o.exemptionReason }), '      ', '    '));
    out.push(wrap(o.explanation, '    '));
    if (o.scope) out.push(wrap(w('cli.scope', { scope: o.scope }), '      ', '    '));
    if (o.produce.length > 0) {
      out.push(`    ${w('cli.whatToProduce')}`);
      for (const p of o.produce) out.push(wrap(p, '        ', '      - '));
    }
    if (o.codeOfPracticeChapter)
      out.push(`    ${w('cli.codeOfPractice', { chapter: o.codeOfPracticeChapter })}`);
    out.push(wrap(rulesLine(o.rules, o.citations), '      ', '    '));
  }
  if (report.notApplicable.length > 0) {
    out.push('', `  ${w('cli.notApplicable')}`);
    for (const n of report.notApplicable)
      out.push(wrap(`${n.article} — ${n.title}: ${n.reason} (${n.rules.join(', ')})`, '      ', '    - '));
  }

  if (report.signposts.length > 0) {
    heading(w('cli.signposts'));
    out.push(wrap(w('cli.signpostsIntro'), '  '));
    for (const sp of report.signposts) {
      out.push(wrap(`[${w('cli.notAssessed')}] ${sp.article} — ${sp.title}`, '      ', '  '));
      if (sp.appliesFrom) out.push(`    ${w('cli.appliesFrom', { date: tr.date(sp.appliesFrom) })}`);
      out.push(wrap(sp.text, '    '));
      out.push(wrap(rulesLine(sp.rules, sp.citations), '      ', '    '));
    }
  }

  heading(w('cli.timeline'));
  for (const m of report.timeline) {
    out.push(
      wrap(
        `${m.date}  ${m.period?.bound === 'atLatest' ? `${w('cli.atLatest')} ` : ''}${m.label} (${relative(m.daysFromAsOf)}). ${m.description} [${m.rules.join(', ')}]`,
        ' '.repeat(13),
        '  ',
      ),
    );
    if (m.period)
      for (const line of periodLines(m.period, tr)) out.push(wrap(line, ' '.repeat(15), ' '.repeat(13)));
  }

  const e = report.enforcement;
  if (e) {
    heading(w('cli.enforcement'));
    out.push(wrap(w('cli.enforcementIntro', { date: tr.date(e.appliesFrom) }), '  '));
    for (const p of e.powers) out.push(wrap(`${p.article}: ${p.text}`, '      ', '  - '));
    out.push(`  ${w('cli.fineGrounds')}`);
    for (const g of e.fineGrounds) out.push(wrap(`${g.point}: ${g.text}`, '      ', '  - '));
    out.push(wrap(w('cli.maximumFine', { ceiling: e.ceiling }), '    ', '  '));
    out.push(wrap(rulesLine(e.rules, e.citations), '    ', '  '));
  }

  const list = (title: string, items: string[]) => {
    heading(title);
    if (items.length === 0) out.push(`  ${w('cli.none')}`);
    for (const item of items) out.push(item);
  };
  list(
    w('cli.ambiguities'),
    report.ambiguities.map((a) =>
      [
        wrap(`${a.edgeCase} — ${a.title}`, '    ', '  '),
        wrap(w('cli.readingChosen', { reading: a.readingChosen }), '      ', '    '),
        wrap(w('cli.alternative', { alternative: a.alternative }), '      ', '    '),
        wrap(rulesLine(a.rules, a.citations), '      ', '    '),
      ].join('\n'),
    ),
  );
  list(
    w('cli.warnings'),
    report.warnings.map((x) => wrap(`${x.message} (${x.rules.join(', ')})`, '    ', '  - ')),
  );
  list(
    w('cli.openQuestions'),
    report.openQuestions.map((q) =>
      [
        wrap(`${q.question} [${q.field}]`, '    ', '  - '),
        wrap(
          w('cli.askWhom', { whom: q.askWhom, assumption: q.assumption, rules: q.rules.join(', ') }),
          '      ',
          '    ',
        ),
      ].join('\n'),
    ),
  );
  list(
    w('cli.counterfactuals'),
    report.counterfactuals.map((cf) =>
      wrap(`${cf.change} ${cf.effect} (${cf.rules.join(', ')})`, '    ', '  - '),
    ),
  );
  list(
    w('cli.reasoning'),
    report.trace.map((s, i) =>
      [
        wrap(`${i + 1}. ${s.question}`, '     ', '  '),
        wrap(w('cli.answer', { answer: s.answer }), '       ', '     '),
        wrap(`${s.rule}: ${s.outcome}`, '       ', '     '),
      ].join('\n'),
    ),
  );

  out.push('', w('cli.footer', { version: report.rulesVersion, iso: report.asOf }));
  out.push(wrap(w('cli.notLegalAdvice'), ''));
  return `${out.join('\n')}\n`;
}

/**
 * A plain-text rendering of a report for the terminal (`--format text`): verdicts, compute, deadlines,
 * obligations, AI-system duties not assessed, timeline, enforcement, ambiguities, warnings, open questions, counterfactuals, reasoning, rules version and
 * as-of date. Everything shown comes from the report object; nothing is decided here.
 */

import { formatFlop } from '../engine/compute';
import { daysBetween, formatDate } from '../engine/dates';
import type { Citation, ObligationStatus, Report, VerdictKey } from '../engine/report';
import { dueWords, periodLines, prepareFromWords, stepTakenWords } from '../export/period-words';
import { ROLE_WORDS } from '../export/words';

const WIDTH = 100;

const VERDICT_NAMES: Record<VerdictKey, string> = {
  gpai: 'General-purpose AI model',
  provider: 'Provider',
  systemicRisk: 'Systemic risk',
  openSource: 'Open-source exemption',
};

const STATUS: Record<ObligationStatus, string> = {
  'in-force': 'in force',
  upcoming: 'upcoming',
  overdue: 'OVERDUE',
  exempted: 'exempted',
  'date-unknown': 'date unknown',
  done: 'done',
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

function relative(days: number | null): string {
  if (days === null) return 'date unknown';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function dated(date: string | null, days: number | null): string {
  return date === null ? 'date unknown' : `${formatDate(date)} (${date}, ${relative(days)})`;
}

const cites = (c: readonly Citation[]): string => c.map((x) => x.ref).join('; ');

export function renderReportText(report: Report): string {
  const out: string[] = [];
  const heading = (title: string) => out.push('', title.toUpperCase(), '─'.repeat(title.length));

  out.push(`GPAI Navigator — assessment as of ${formatDate(report.asOf)} (${report.asOf})`);
  out.push(`Rules version ${report.rulesVersion}. Not legal advice: the guidelines are non-binding.`);

  heading('Verdicts');
  for (const key of ['gpai', 'provider', 'systemicRisk', 'openSource'] as const) {
    const v = report.verdicts[key];
    const head = v.summary.startsWith(v.label) ? v.summary : `${v.label}. ${v.summary}`;
    out.push(wrap(`${VERDICT_NAMES[key]}: ${head}`, '    ', '  '));
    if (v.decisiveAnswers.length > 0)
      out.push(
        wrap(
          `Based on: ${v.decisiveAnswers.map((a) => `${a.label} = ${a.value}`).join('; ')}`,
          '      ',
          '    ',
        ),
      );
    out.push(wrap(`Rules: ${v.rules.join(', ')}. Sources: ${cites(v.citations)}`, '      ', '    '));
    if (v.ambiguous.length > 0) out.push(`    Ambiguous: ${v.ambiguous.join(', ')} (see Ambiguities)`);
  }
  out.push(wrap(`Role in the value chain: ${ROLE_WORDS[report.role]} [${report.role}]`, '    ', '  '));

  const c = report.compute;
  if (c.parameterUpdateFlop !== null || c.cumulativeFlop !== null) {
    heading('Compute');
    if (c.parameterUpdateFlop !== null)
      out.push(
        `  Parameter-update compute (10^23 test): ${formatFlop(c.parameterUpdateFlop, { ascii: true })}`,
      );
    if (c.cumulativeFlop !== null)
      out.push(`  Cumulative compute (10^25 test): ${formatFlop(c.cumulativeFlop, { ascii: true })}`);
    if (c.band)
      out.push(
        `  ±30 % band (R43): ${formatFlop(c.band.low, { ascii: true })} to ${formatFlop(c.band.high, { ascii: true })}`,
      );
  }

  heading('Deadlines');
  const notification = report.obligations.find((o) => o.id === 'art52_1');
  out.push(
    wrap(
      `Notification to the Commission (Art. 52(1)): ${report.notificationDeadline === null ? 'not owed, or date unknown' : `${notification?.period?.bound === 'atLatest' ? 'at the latest ' : ''}${dated(report.notificationDeadline, daysBetween(report.asOf, report.notificationDeadline))}`}`,
      '    ',
      '  ',
    ),
  );
  if (report.notificationDeadline !== null && notification?.period)
    for (const line of periodLines(notification.period)) out.push(wrap(line, '      ', '    '));
  out.push(
    `  Compliance with the obligations: ${report.complianceDeadline === null ? 'none, or date unknown' : dated(report.complianceDeadline, daysBetween(report.asOf, report.complianceDeadline))}`,
  );

  heading('Obligations');
  if (report.obligations.length === 0) out.push('  None.');
  for (const o of report.obligations) {
    out.push(wrap(`[${STATUS[o.status]}] ${o.article} — ${o.title}`, '      ', '  '));
    const when: string[] = [];
    if (o.appliesFrom) when.push(`applies from ${formatDate(o.appliesFrom)}`);
    const due = dueWords(o);
    if (due) when.push(due.charAt(0).toLowerCase() + due.slice(1));
    if (o.daysFromAsOf !== null) when.push(relative(o.daysFromAsOf));
    if (when.length > 0) out.push(wrap(when.join(' · '), '      ', '    '));
    if (o.period) for (const line of periodLines(o.period)) out.push(wrap(line, '      ', '    '));
    const prepare = prepareFromWords(o);
    if (prepare) out.push(wrap(prepare, '      ', '    '));
    const step = stepTakenWords(o);
    if (step) out.push(wrap(`Steps already taken: ${step}`, '      ', '    '));
    if (o.exempted && o.exemptionReason) out.push(wrap(`Exempted: ${o.exemptionReason}`, '      ', '    '));
    out.push(wrap(o.explanation, '    '));
    if (o.scope) out.push(wrap(`Scope: ${o.scope}`, '      ', '    '));
    if (o.produce.length > 0) {
      out.push('    What to produce:');
      for (const p of o.produce) out.push(wrap(p, '        ', '      - '));
    }
    if (o.codeOfPracticeChapter) out.push(`    Code of Practice: ${o.codeOfPracticeChapter}`);
    out.push(wrap(`Rules: ${o.rules.join(', ')}. Sources: ${cites(o.citations)}`, '      ', '    '));
  }
  if (report.notApplicable.length > 0) {
    out.push('', '  Not applicable:');
    for (const n of report.notApplicable)
      out.push(wrap(`${n.article} — ${n.title}: ${n.reason} (${n.rules.join(', ')})`, '      ', '    - '));
  }

  if (report.signposts.length > 0) {
    heading('AI-system duties not assessed by this tool');
    out.push(
      wrap(
        'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you; this tool does not assess them.',
        '  ',
      ),
    );
    for (const sp of report.signposts) {
      out.push(wrap(`[NOT ASSESSED] ${sp.article} — ${sp.title}`, '      ', '  '));
      if (sp.appliesFrom) out.push(`    applies from ${formatDate(sp.appliesFrom)}`);
      out.push(wrap(sp.text, '    '));
      out.push(wrap(`Rules: ${sp.rules.join(', ')}. Sources: ${cites(sp.citations)}`, '      ', '    '));
    }
  }

  heading('Timeline');
  for (const m of report.timeline) {
    out.push(
      wrap(
        `${m.date}  ${m.period?.bound === 'atLatest' ? 'At the latest: ' : ''}${m.label} (${relative(m.daysFromAsOf)}). ${m.description} [${m.rules.join(', ')}]`,
        ' '.repeat(13),
        '  ',
      ),
    );
    if (m.period)
      for (const line of periodLines(m.period)) out.push(wrap(line, ' '.repeat(15), ' '.repeat(13)));
  }

  const e = report.enforcement;
  if (e) {
    heading('Enforcement and fines');
    out.push(
      wrap(
        `From ${formatDate(e.appliesFrom)} the Commission enforces the obligations of providers of general-purpose AI models. It can:`,
        '  ',
      ),
    );
    for (const p of e.powers) out.push(wrap(`${p.article}: ${p.text}`, '      ', '  - '));
    out.push('  It may fine a provider (Art. 101(1)) for:');
    for (const g of e.fineGrounds) out.push(wrap(`${g.point}: ${g.text}`, '      ', '  - '));
    out.push(wrap(`Maximum fine: ${e.ceiling}`, '    ', '  '));
    out.push(wrap(`Rules: ${e.rules.join(', ')}. Sources: ${cites(e.citations)}`, '    ', '  '));
  }

  const list = (title: string, items: string[]) => {
    heading(title);
    if (items.length === 0) out.push('  None.');
    for (const item of items) out.push(item);
  };
  list(
    'Ambiguities',
    report.ambiguities.map((a) =>
      [
        wrap(`${a.edgeCase} — ${a.title}`, '    ', '  '),
        wrap(`Reading chosen: ${a.readingChosen}`, '      ', '    '),
        wrap(`Alternative: ${a.alternative}`, '      ', '    '),
        wrap(`Rules: ${a.rules.join(', ')}. Sources: ${cites(a.citations)}`, '      ', '    '),
      ].join('\n'),
    ),
  );
  list(
    'Warnings',
    report.warnings.map((w) => wrap(`${w.message} (${w.rules.join(', ')})`, '    ', '  - ')),
  );
  list(
    'Open questions',
    report.openQuestions.map((q) =>
      [
        wrap(`${q.question} [${q.field}]`, '    ', '  - '),
        wrap(
          `Ask: ${q.askWhom}. Meanwhile assumed: ${q.assumption} (${q.rules.join(', ')})`,
          '      ',
          '    ',
        ),
      ].join('\n'),
    ),
  );
  list(
    'What would change the result',
    report.counterfactuals.map((cf) =>
      wrap(`${cf.change} ${cf.effect} (${cf.rules.join(', ')})`, '    ', '  - '),
    ),
  );
  list(
    'Reasoning',
    report.trace.map((s, i) =>
      [
        wrap(`${i + 1}. ${s.question}`, '     ', '  '),
        wrap(`Answer: ${s.answer}`, '       ', '     '),
        wrap(`${s.rule}: ${s.outcome}`, '       ', '     '),
      ].join('\n'),
    ),
  );

  out.push('', `Rules version ${report.rulesVersion} · evaluated as of ${report.asOf}.`);
  out.push(
    wrap(
      'Not legal advice: the Commission guidelines are non-binding; only the Court of Justice interprets the AI Act authoritatively.',
      '',
    ),
  );
  return `${out.join('\n')}\n`;
}

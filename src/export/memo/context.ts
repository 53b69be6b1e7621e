/** Around the obligations: AI-system duties not assessed (R93), the timeline, enforcement (R94), warnings. */
import { formatDate } from '../../engine/dates';
import type { Report } from '../../engine/report';
import { periodLines } from '../period-words';
import { daysWords } from '../words';
import { joinText, rulesAndSources, sources } from './inline';
import type { MemoBlock } from './model';

export function signpostBlocks(report: Report): MemoBlock[] {
  if (!report.signposts.length) return [];
  return [
    { kind: 'heading', level: 1, text: 'AI-system duties not assessed by this tool' },
    {
      kind: 'para',
      text: 'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you. This tool does not assess them: check each one against your system.',
    },
    {
      kind: 'table',
      head: ['Article', 'Duty', 'Applies from', 'Status'],
      style: 'grid',
      columns: { 0: { bold: true, width: 70 }, 2: { width: 80 }, 3: { width: 70, bold: true } },
      rows: report.signposts.map((sp) => [
        sp.article,
        [`${sp.title}\n${sp.text}\nSources: `, ...sources(sp.citations), ` (${sp.rules.join(', ')})`],
        sp.appliesFrom ? formatDate(sp.appliesFrom) : '—',
        'Not assessed',
      ]),
    },
  ];
}

export function timelineBlocks(report: Report): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Timeline' },
    {
      kind: 'table',
      head: ['Date', 'Milestone', `As of ${formatDate(report.asOf)}`, 'Source'],
      style: 'grid',
      columns: { 0: { width: 80, bold: true }, 2: { width: 70 }, 3: { width: 90 } },
      rows: report.timeline.map((m) => [
        `${m.period?.bound === 'atLatest' ? 'At the latest ' : ''}${formatDate(m.date)}`,
        [m.label, m.description, ...(m.period ? periodLines(m.period) : [])].join('\n'),
        daysWords(m.daysFromAsOf),
        joinText(
          [sources(m.citations), m.rules.join(', ')].filter((p) => p.length > 0),
          '\n',
        ),
      ]),
    },
  ];
}

export function enforcementBlocks(report: Report): MemoBlock[] {
  const e = report.enforcement;
  if (!e) return [];
  return [
    { kind: 'heading', level: 1, text: 'Enforcement and fines' },
    {
      kind: 'para',
      text: `From ${formatDate(e.appliesFrom)} the Commission enforces the obligations of providers of general-purpose AI models. It can:`,
    },
    { kind: 'bullets', items: e.powers.map((p) => `${p.article}: ${p.text}`), indent: true },
    { kind: 'para', text: 'It may fine a provider (Art. 101(1)) for:' },
    { kind: 'bullets', items: e.fineGrounds.map((g) => `${g.point}: ${g.text}`), indent: true },
    { kind: 'para', tone: 'strong', text: `Maximum fine: ${e.ceiling}` },
    { kind: 'para', tone: 'muted', text: rulesAndSources(e.rules, e.citations) },
  ];
}

export function warningBlocks(report: Report): MemoBlock[] {
  const blocks: MemoBlock[] = [];
  if (report.warnings.length)
    blocks.push(
      { kind: 'heading', level: 1, text: 'Warnings' },
      { kind: 'bullets', items: report.warnings.map((x) => `${x.message} (${x.rules.join(', ')})`) },
    );
  if (report.counterfactuals.length)
    blocks.push(
      { kind: 'heading', level: 1, text: 'What would change the result' },
      {
        kind: 'bullets',
        items: report.counterfactuals.map((c) => `${c.change} ${c.effect} (${c.rules.join(', ')})`),
      },
    );
  return blocks;
}

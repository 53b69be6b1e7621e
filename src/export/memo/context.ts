/** Around the obligations: AI-system duties not assessed (R93), the timeline, enforcement (R94), warnings. */
import type { Report } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { periodLines } from '../period-words';
import { daysWords } from '../words';
import { joinText, rulesAndSources, sources } from './inline';
import type { MemoBlock } from './model';

export function signpostBlocks(report: Report, tr: Translator): MemoBlock[] {
  if (!report.signposts.length) return [];
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.signpostsHeading') },
    { kind: 'para', text: tr.m('documents.signpostsIntro') },
    {
      kind: 'table',
      head: [
        tr.m('documents.colArticle'),
        tr.m('documents.colDuty'),
        tr.m('documents.colAppliesFrom'),
        tr.m('documents.colStatus'),
      ],
      style: 'grid',
      columns: { 0: { bold: true, width: 70 }, 2: { width: 80 }, 3: { width: 70, bold: true } },
      rows: report.signposts.map((sp) => [
        sp.article,
        [
          tr.m('documents.signpostSources', { title: sp.title, text: sp.text }),
          ...sources(sp.citations, tr),
          ` (${sp.rules.join(', ')})`,
        ],
        sp.appliesFrom ? tr.date(sp.appliesFrom) : '—',
        tr.m('documents.notAssessed'),
      ]),
    },
  ];
}

export function timelineBlocks(report: Report, tr: Translator): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.timelineHeading') },
    {
      kind: 'table',
      head: [
        tr.m('documents.colDate'),
        tr.m('documents.colMilestone'),
        tr.m('documents.colAsOf', { date: { date: report.asOf } }),
        tr.m('documents.colSource'),
      ],
      style: 'grid',
      columns: { 0: { width: 80, bold: true }, 2: { width: 70 }, 3: { width: 90 } },
      rows: report.timeline.map((m) => [
        m.period?.bound === 'atLatest'
          ? tr.m('documents.atTheLatestDate', { date: { date: m.date } })
          : tr.date(m.date),
        [m.label, m.description, ...(m.period ? periodLines(m.period, tr) : [])].join('\n'),
        daysWords(m.daysFromAsOf, tr),
        joinText(
          [sources(m.citations, tr), m.rules.join(', ')].filter((p) => p.length > 0),
          '\n',
        ),
      ]),
    },
  ];
}

export function enforcementBlocks(report: Report, tr: Translator): MemoBlock[] {
  const e = report.enforcement;
  if (!e) return [];
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.enforcementHeading') },
    { kind: 'para', text: tr.m('documents.enforcementIntro', { date: { date: e.appliesFrom } }) },
    { kind: 'bullets', items: e.powers.map((p) => `${p.article}: ${p.text}`), indent: true },
    { kind: 'para', text: tr.m('documents.enforcementFines') },
    { kind: 'bullets', items: e.fineGrounds.map((g) => `${g.point}: ${g.text}`), indent: true },
    { kind: 'para', tone: 'strong', text: tr.m('documents.maximumFine', { ceiling: e.ceiling }) },
    { kind: 'para', tone: 'muted', text: rulesAndSources(e.rules, e.citations, tr) },
  ];
}

export function warningBlocks(report: Report, tr: Translator): MemoBlock[] {
  const blocks: MemoBlock[] = [];
  if (report.warnings.length)
    blocks.push(
      { kind: 'heading', level: 1, text: tr.m('documents.warningsHeading') },
      { kind: 'bullets', items: report.warnings.map((x) => `${x.message} (${x.rules.join(', ')})`) },
    );
  if (report.counterfactuals.length)
    blocks.push(
      { kind: 'heading', level: 1, text: tr.m('documents.counterfactualsHeading') },
      {
        kind: 'bullets',
        items: report.counterfactuals.map((c) => `${c.change} ${c.effect} (${c.rules.join(', ')})`),
      },
    );
  return blocks;
}

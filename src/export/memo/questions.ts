/** What is still open: open questions, ambiguities met, and the reasoning step by step. */
import type { Report } from '../../engine/report';
import { sources } from './inline';
import type { MemoBlock } from './model';

export function openQuestionBlocks(report: Report): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Open questions' },
    report.openQuestions.length === 0
      ? { kind: 'para', text: 'None: every question that matters was answered.' }
      : {
          kind: 'table',
          head: ['Question', 'Ask', 'Assumed meanwhile'],
          style: 'grid',
          columns: { 1: { width: 100 } },
          rows: report.openQuestions.map((q) => [
            q.question,
            q.askWhom,
            `${q.assumption} (${q.rules.join(', ')})`,
          ]),
        },
  ];
}

export function ambiguityBlocks(report: Report): MemoBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Ambiguities' },
    report.ambiguities.length === 0
      ? { kind: 'para', text: 'No ambiguous edge case was met on these answers.' }
      : {
          kind: 'table',
          head: ['Edge case', 'Reading chosen', 'Other reading'],
          style: 'grid',
          columns: { 0: { width: 140 } },
          rows: report.ambiguities.map((a) => [
            [`${a.edgeCase}: ${a.title}\n`, ...sources(a.citations)],
            a.readingChosen,
            a.alternative,
          ]),
        },
  ];
}

export function reasoningBlocks(report: Report): MemoBlock[] {
  if (!report.trace.length) return [];
  return [
    { kind: 'heading', level: 1, text: 'Reasoning step by step' },
    {
      kind: 'table',
      head: ['Question', 'Answer', 'Rule', 'Outcome'],
      style: 'grid',
      columns: { 1: { width: 95 }, 2: { width: 70 } },
      rows: report.trace.map((t) => [
        t.question,
        t.answer,
        [`${t.rule}\n`, ...sources(t.citations)],
        t.outcome,
      ]),
    },
  ];
}

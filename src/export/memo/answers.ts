/** The answers appendix (every answer in words, grouped by screen), the share link, sign-off and disclaimer. */
import { type AnswerInWords, DISCLAIMER, type MemoInput } from './input';
import type { MemoBlock, MemoCell, SignOffRow } from './model';

export function answerBlocks(input: MemoInput): MemoBlock[] {
  const rows = answerRows(input.answersInWords);
  return [
    { kind: 'heading', level: 1, text: 'Your answers' },
    rows.length
      ? { kind: 'table', head: ['Question', 'Answer'], style: 'grid', columns: { 0: { width: 200 } }, rows }
      : { kind: 'para', text: 'No answers were given.' },
    { kind: 'heading', level: 2, text: 'Share link' },
    { kind: 'para', tone: 'accent', text: [{ text: input.shareLink, href: input.shareLink }] },
    {
      kind: 'para',
      tone: 'muted',
      small: true,
      text: 'The link carries the answers (not the result) after the "#", which browsers do not send to any server. Opening it recomputes this report; if the rules have changed since, the report says so.',
    },
  ];
}

/** Question and answer rows, with a section row where the section changes. */
function answerRows(answers: readonly AnswerInWords[]): MemoCell[][] {
  const rows: MemoCell[][] = [];
  let section: string | undefined;
  for (const row of answers) {
    if (row.section && row.section !== section) {
      section = row.section;
      rows.push([{ text: row.section, fullRow: true, bold: true }]);
    }
    rows.push([row.question, row.answer]);
  }
  return rows;
}

const DEFAULT_SIGN_OFF: readonly SignOffRow[] = [{ capacity: 'Prepared by' }, { capacity: 'Reviewed by' }];

export function signOffBlocks(input: MemoInput): MemoBlock[] {
  const rows = input.signOff?.length ? input.signOff : DEFAULT_SIGN_OFF;
  return [
    { kind: 'heading', level: 1, text: 'Sign-off' },
    {
      kind: 'para',
      tone: 'muted',
      small: true,
      text: 'By signing, the reviewer confirms having checked the answers against the facts and the result against the sources cited.',
    },
    { kind: 'signOff', rows },
  ];
}

export function disclaimerBlocks(): MemoBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'Disclaimer' },
    { kind: 'para', tone: 'muted', small: true, text: DISCLAIMER },
  ];
}

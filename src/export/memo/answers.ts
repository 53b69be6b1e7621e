/** The answers appendix (every answer in words, grouped by screen), the share link, sign-off and disclaimer. */
import { formatDate } from '../../engine/dates';
import type { Provenance, ProvenanceMap } from '../../shared/workspace/types';
import { type AnswerInWords, DISCLAIMER, generatedAtWords, type MemoInput } from './input';
import type { MemoBlock, MemoCell, SignOffRow } from './model';

/** "ML lead · estimate · 12 Nov: logged FLOP, excludes the failed run"; '' when nothing was recorded. */
export function provenanceWords(p: Provenance | undefined): string {
  if (!p) return '';
  return [p.source?.trim(), p.exactness, p.note?.trim()].filter(Boolean).join(' · ');
}

export function answerBlocks(input: MemoInput): MemoBlock[] {
  const provenance = input.record?.provenance ?? {};
  // The source column appears only when some answer shown has a recorded source, note or exactness.
  const withSource = input.answersInWords.some(
    (a) => a.questionId !== undefined && provenanceWords(provenance[a.questionId]) !== '',
  );
  const rows = answerRows(input.answersInWords, withSource ? provenance : null);
  return [
    { kind: 'heading', level: 1, text: 'Your answers' },
    rows.length
      ? withSource
        ? {
            kind: 'table',
            head: ['Question', 'Answer', 'Source (exact or estimate, note)'],
            style: 'grid',
            columns: { 0: { width: 170 }, 2: { width: 160 } },
            rows,
          }
        : { kind: 'table', head: ['Question', 'Answer'], style: 'grid', columns: { 0: { width: 200 } }, rows }
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

/** Question and answer rows (and the source, when `provenance` is given), with a section row where the section changes. */
function answerRows(answers: readonly AnswerInWords[], provenance: ProvenanceMap | null): MemoCell[][] {
  const rows: MemoCell[][] = [];
  let section: string | undefined;
  for (const row of answers) {
    if (row.section && row.section !== section) {
      section = row.section;
      rows.push([{ text: row.section, fullRow: true, bold: true }]);
    }
    rows.push(
      provenance
        ? [row.question, row.answer, provenanceWords(row.questionId ? provenance[row.questionId] : undefined)]
        : [row.question, row.answer],
    );
  }
  return rows;
}

const DEFAULT_SIGN_OFF: readonly SignOffRow[] = [{ capacity: 'Prepared by' }, { capacity: 'Reviewed by' }];

export const NOT_A_CRYPTOGRAPHIC_SIGNATURE =
  'The sign-off is a record of review kept in the GPAI Navigator workspace, not a cryptographic signature: it does not prove who signed, nor that this file was not changed afterwards. The answers hash identifies the answers that were reviewed.';

export function signOffBlocks(input: MemoInput): MemoBlock[] {
  const signoff = input.record?.signoff ?? null;
  const rows: readonly SignOffRow[] = signoff
    ? [
        { capacity: 'Prepared by' },
        {
          capacity: 'Reviewed by',
          name: signoff.name,
          role: signoff.role,
          date: formatDate(signoff.date),
          signature: 'Signed off in GPAI Navigator',
        },
      ]
    : input.signOff?.length
      ? input.signOff
      : DEFAULT_SIGN_OFF;
  const seq = input.record?.versionSeq;
  return [
    { kind: 'heading', level: 1, text: 'Sign-off' },
    {
      kind: 'para',
      tone: 'muted',
      small: true,
      text: 'By signing, the reviewer confirms having checked the answers against the facts and the result against the sources cited.',
    },
    { kind: 'signOff', rows },
    ...(signoff
      ? ([
          {
            kind: 'para',
            text: `${seq ? `Version ${seq} of this assessment was` : 'These answers were'} signed off by ${signoff.name}${
              signoff.role ? ` (${signoff.role})` : ''
            } on ${formatDate(signoff.date)}; recorded ${generatedAtWords(signoff.signedAt)}. Answers hash ${input.answersHash}.`,
          },
          ...(signoff.note.trim()
            ? [{ kind: 'para', text: `Reviewer's note: ${signoff.note.trim()}` } as const]
            : []),
          { kind: 'para', tone: 'muted', small: true, text: NOT_A_CRYPTOGRAPHIC_SIGNATURE },
        ] satisfies MemoBlock[])
      : []),
  ];
}

export function disclaimerBlocks(): MemoBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'Disclaimer' },
    { kind: 'para', tone: 'muted', small: true, text: DISCLAIMER },
  ];
}

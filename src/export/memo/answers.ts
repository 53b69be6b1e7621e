/** The answers appendix (every answer in words, grouped by screen), the share link, sign-off and disclaimer. */
import type { Translator } from '../../i18n/translator';
import type { Provenance, ProvenanceMap } from '../../shared/workspace/types';
import { type AnswerInWords, generatedAtWords, type MemoInput } from './input';
import type { MemoBlock, MemoCell, SignOffRow } from './model';

/** "ML lead · estimate · 12 Nov: logged FLOP, excludes the failed run"; '' when nothing was recorded. */
export function provenanceWords(p: Provenance | undefined): string {
  if (!p) return '';
  return [p.source?.trim(), p.exactness, p.note?.trim()].filter(Boolean).join(' · ');
}

export function answerBlocks(input: MemoInput): MemoBlock[] {
  const tr = input.translator;
  const provenance = input.record?.provenance ?? {};
  // The source column appears only when some answer shown has a recorded source, note or exactness.
  const withSource = input.answersInWords.some(
    (a) => a.questionId !== undefined && provenanceWords(provenance[a.questionId]) !== '',
  );
  const rows = answerRows(input.answersInWords, withSource ? provenance : null);
  const question = tr.m('documents.colQuestion');
  const answer = tr.m('documents.colAnswer');
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.answersHeading') },
    rows.length
      ? withSource
        ? {
            kind: 'table',
            head: [question, answer, tr.m('documents.colSourceNote')],
            style: 'grid',
            columns: { 0: { width: 170 }, 2: { width: 160 } },
            rows,
          }
        : { kind: 'table', head: [question, answer], style: 'grid', columns: { 0: { width: 200 } }, rows }
      : { kind: 'para', text: tr.m('documents.noAnswers') },
    { kind: 'heading', level: 2, text: tr.m('documents.shareLinkHeading') },
    { kind: 'para', tone: 'accent', text: [{ text: input.shareLink, href: input.shareLink }] },
    {
      kind: 'para',
      tone: 'muted',
      small: true,
      text: tr.m('documents.shareLinkNote'),
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

function defaultSignOff(tr: Translator): readonly SignOffRow[] {
  return [{ capacity: tr.m('documents.preparedBy') }, { capacity: tr.m('documents.reviewedBy') }];
}

export function signOffBlocks(input: MemoInput): MemoBlock[] {
  const tr = input.translator;
  const signoff = input.record?.signoff ?? null;
  const rows: readonly SignOffRow[] = signoff
    ? [
        { capacity: tr.m('documents.preparedBy') },
        {
          capacity: tr.m('documents.reviewedBy'),
          name: signoff.name,
          role: signoff.role,
          date: tr.date(signoff.date),
          signature: tr.m('documents.signedOffInNavigator'),
        },
      ]
    : input.signOff?.length
      ? input.signOff
      : defaultSignOff(tr);
  const seq = input.record?.versionSeq;
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.signOffHeading') },
    {
      kind: 'para',
      tone: 'muted',
      small: true,
      text: tr.m('documents.signOffConfirms'),
    },
    {
      kind: 'signOff',
      head: [
        '',
        tr.m('documents.colName'),
        tr.m('documents.colRole'),
        tr.m('documents.colDate'),
        tr.m('documents.colSignature'),
      ],
      rows,
    },
    ...(signoff
      ? ([
          {
            kind: 'para',
            text: tr.m(seq ? 'documents.signedOffVersion' : 'documents.signedOffAnswers', {
              seq: String(seq ?? ''),
              name: signoff.name,
              role: signoff.role ? tr.m('documents.signedOffRole', { role: signoff.role }) : '',
              date: { date: signoff.date },
              recorded: generatedAtWords(signoff.signedAt, tr),
              hash: input.answersHash,
            }),
          },
          ...(signoff.note.trim()
            ? [{ kind: 'para', text: tr.m('documents.reviewerNote', { note: signoff.note.trim() }) } as const]
            : []),
          { kind: 'para', tone: 'muted', small: true, text: tr.m('documents.notACryptographicSignature') },
        ] satisfies MemoBlock[])
      : []),
  ];
}

export function disclaimerBlocks(tr: Translator): MemoBlock[] {
  return [
    { kind: 'heading', level: 2, text: tr.m('documents.disclaimerHeading') },
    { kind: 'para', tone: 'muted', small: true, text: tr.m('documents.disclaimer') },
  ];
}

/**
 * Drafting aid: what the written mandate of the authorised representative must cover (Art. 54(1)–(5), R61).
 * Shown only when Art. 54 applies: a provider established outside the Union that is not exempted.
 */
import { formatDate } from '../../engine/dates';
import { law } from '../../engine/law/parameters';
import type { Obligation, Report } from '../../engine/report';
import { art } from '../../engine/sources';
import { sources } from './inline';
import type { MemoBlock } from './model';

export const MANDATE_CHECKLIST_HEADING = 'Checklist: mandate of the authorised representative (Art. 54)';

export function mandateObligation(report: Report): Obligation | null {
  const o = report.obligations.find((x) => x.id === 'art54');
  return o && !o.exempted && o.status !== 'exempted' ? o : null;
}

/** The four tasks the mandate must empower the representative to carry out, Art. 54(3)(a)–(d). */
export function mandateTasks(systemicRisk: boolean): [string, string][] {
  return [
    [
      'Art. 54(3)(a)',
      `Verify that the technical documentation of Annex XI has been drawn up and that the provider has fulfilled all obligations of Art. 53${systemicRisk ? ' and Art. 55' : ''}.`,
    ],
    [
      'Art. 54(3)(b)',
      `Keep a copy of the Annex XI technical documentation at the disposal of the AI Office and national competent authorities for ${law('representativeRecordYears')} years after the model is placed on the market, with the contact details of the provider that appointed it.`,
    ],
    [
      'Art. 54(3)(c)',
      'Provide the AI Office, on a reasoned request, with all the information and documentation, including that kept under point (b), needed to show compliance with the obligations of Chapter V.',
    ],
    [
      'Art. 54(3)(d)',
      'Cooperate with the AI Office and competent authorities, on a reasoned request, in any action they take on the model, including when it is integrated into AI systems placed on the market or put into service in the Union.',
    ],
  ];
}

function whenWords(o: Obligation): string {
  const date = o.dueBy ?? o.appliesFrom;
  return date
    ? `Appoint by written mandate before placing the model on the Union market (Art. 54(1)); for this model: by ${formatDate(date)}.`
    : 'Appoint by written mandate before placing the model on the Union market (Art. 54(1)).';
}

export function mandateChecklistBlocks(report: Report): MemoBlock[] {
  const o = mandateObligation(report);
  if (!o) return [];
  const box = '☐';
  const blocks: MemoBlock[] = [
    { kind: 'heading', level: 1, text: MANDATE_CHECKLIST_HEADING },
    {
      kind: 'para',
      text: `The provider is established outside the Union, so a representative established in the Union acts for it. ${whenWords(o)}`,
    },
  ];
  if (o.stepTaken === 'yes')
    blocks.push({
      kind: 'para',
      tone: 'muted',
      text: 'You answered that a representative is appointed: use the list to check the mandate.',
    });
  blocks.push(
    { kind: 'para', tone: 'strong', text: 'The mandate empowers the representative to:' },
    {
      kind: 'table',
      head: ['Done', 'Article', 'Task'],
      style: 'grid',
      columns: { 0: { width: 36 }, 1: { bold: true, width: 80 } },
      rows: mandateTasks(report.systemicRisk !== 'none').map(([article, task]) => [box, article, task]),
    },
    { kind: 'para', tone: 'strong', text: 'Also check that:' },
    {
      kind: 'table',
      head: ['Done', 'Article', 'Point'],
      style: 'grid',
      columns: { 0: { width: 36 }, 1: { bold: true, width: 80 } },
      rows: [
        [box, 'Art. 54(2)', 'The provider enables the representative to perform the tasks in the mandate.'],
        [
          box,
          'Art. 54(3)',
          "The representative can give the AI Office a copy of the mandate on request, in one of the languages of the Union's institutions.",
        ],
        [
          box,
          'Art. 54(4)',
          'The mandate empowers the representative to be addressed, in addition to or instead of the provider, by the AI Office or the competent authorities on all issues of compliance.',
        ],
        [
          box,
          'Art. 54(5)',
          'The representative ends the mandate if it considers, or has reason to consider, that the provider acts contrary to its obligations, and then informs the AI Office at once, with its reasons.',
        ],
      ],
    },
    {
      kind: 'para',
      tone: 'muted',
      text: [
        'Rules: R61. Sources: ',
        ...sources([art('54(1)'), art('54(3)'), art('54(4)'), art('54(5)')]),
        '.',
      ],
    },
  );
  return blocks;
}

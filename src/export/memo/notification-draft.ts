/**
 * Drafting aid: the Art. 52(1) notification to the Commission, filled in from the answers where they give the
 * facts and left as bracketed blanks where they do not. Shown only when the report owes the notification and
 * the answers do not say it was made (R35, R36, R62, R88, R89).
 */

import type { Answers } from '../../engine/answers';
import { formatFlop } from '../../engine/compute';
import { formatDate } from '../../engine/dates';
import { WORDS } from '../../engine/law/words';
import type { Obligation, Report } from '../../engine/report';
import { art, gl } from '../../engine/sources';
import { METHOD_WORDS } from '../../engine/words';
import { english } from '../../i18n/english';
import { dueWords } from '../period-words';
import { obligationStatusWords } from '../words';
import { sources } from './inline';
import type { MemoInput } from './input';
import type { MemoBlock, MemoText } from './model';

export const NOTIFICATION_DRAFT_HEADING = 'Draft: notification to the Commission under Art. 52(1)';

/** The notification obligation when the draft is useful: owed and not yet made. */
export function notificationToDraft(report: Report): Obligation | null {
  const o = report.obligations.find((x) => x.id === 'art52_1');
  return o && o.status !== 'done' ? o : null;
}

/** R36, GL ¶31: the figure to two significant figures ("3.8 × 10²⁵ FLOP"). */
export function computeForNotification(
  report: Report,
  answers: Answers,
): { figure: string; basis: string } | null {
  if (report.compute.cumulativeFlop !== null)
    return {
      figure: formatFlop(report.compute.cumulativeFlop, { digits: 2 }),
      basis: 'cumulative training compute (R33)',
    };
  const planned = answers.compute?.plannedCumulativeFlop;
  if (typeof planned === 'number')
    return { figure: formatFlop(planned, { digits: 2 }), basis: 'planned cumulative training compute (R88)' };
  return null;
}

function methodWords(answers: Answers): string {
  const method = answers.compute?.method ?? 'unknown';
  return method === 'unknown'
    ? '[State how the figure was obtained: measured during training, from the hardware used, or from the architecture (GL Annex A)]'
    : english.t(METHOD_WORDS[method]);
}

function dateOrBlank(value: string | undefined, blank: string): string {
  return value && value !== 'unknown' ? formatDate(value) : blank;
}

function placingWords(answers: Answers): string {
  const date =
    answers.role === 'modifier'
      ? answers.modification?.modificationPlacingDate
      : answers.placing?.placingDate;
  if (answers.placing?.channels.includes('notYet') && answers.role !== 'modifier')
    return `Not placed yet${date && date !== 'unknown' ? ` (planned for ${formatDate(date)})` : ''}: the notification is owed before placing (R88).`;
  return dateOrBlank(date, '[Date of first placing on the Union market]');
}

function contestWords(answers: Answers): string {
  const contest = answers.systemicRisk?.contest ?? 'none';
  if (contest === 'pending' || answers.systemicRisk?.contestWithNotification === 'yes')
    return 'Arguments that the model exceptionally does not present systemic risk are attached (Art. 52(2)). The obligations are not suspended while they are assessed (R37).';
  return 'Optional: arguments that, exceptionally, the model does not present systemic risk go with the notification (Art. 52(2)); arguments relying on mitigations are not accepted, and the obligations are not suspended meanwhile (R37).';
}

export function notificationDraftBlocks(input: MemoInput): MemoBlock[] {
  const { report, answers } = input;
  const o = notificationToDraft(report);
  if (!o) return [];
  const compute = computeForNotification(report, answers);
  const rows: [string, MemoText][] = [
    ['Provider', '[Legal name, address and establishment of the provider]'],
    ['Established in the Union', establishedWords(answers)],
    ['Model', answers.modelName?.trim() || '[Name and version of the model]'],
    [
      'Requirement met',
      `Art. 51(1)(a): high-impact capabilities presumed because the cumulative training compute is greater than ${WORDS.systemicRiskThresholdSup} (Art. 51(2), R32).`,
    ],
    [
      'Training compute',
      compute
        ? `${compute.figure} — ${compute.basis}, given to two significant figures (GL ¶31, R36).`
        : '[Cumulative training compute in FLOP, to two significant figures (GL ¶31, R36)]',
    ],
    ['Estimation method', methodWords(answers)],
    [
      'Threshold met or known to be met on',
      dateOrBlank(
        answers.systemicRisk?.thresholdMetDate,
        '[Date the threshold was met or it became known it would be — not known from your answers (R89)]',
      ),
    ],
    ['First placing on the Union market', placingWords(answers)],
    ['Notification due', `${dueWords(o) ?? 'Without delay'} — ${obligationStatusWords(o)}.`],
    ['Art. 52(2) arguments', contestWords(answers)],
    ['Contact', '[Person, e-mail and telephone for the AI Office]'],
  ];
  return [
    { kind: 'heading', level: 1, text: NOTIFICATION_DRAFT_HEADING },
    {
      kind: 'para',
      text: 'A starting point drafted from your answers; check every line and fill in the brackets before sending. Notify without delay and at the latest two weeks after the threshold is met or it becomes known it will be met, also before placing or before training ends (R35, R87, R88). The notification must include the information needed to show that the requirement is met.',
    },
    {
      kind: 'table',
      head: ['Item', 'Draft content'],
      style: 'grid',
      columns: { 0: { bold: true, width: 140 } },
      rows,
    },
    {
      kind: 'para',
      tone: 'muted',
      text: [
        'Rules: R32, R35, R36, R37, R62, R87, R88, R89. Sources: ',
        ...sources([art('52(1)'), art('52(2)'), art('51(2)'), gl('§2.3.2'), gl('¶31')]),
        '.',
      ],
    },
  ];
}

function establishedWords(answers: Answers): string {
  if (answers.euEstablished === 'yes') return 'Yes';
  if (answers.euEstablished === 'no')
    return 'No — the authorised representative in the Union (Art. 54) should be named here.';
  return '[Say whether the provider is established in the Union]';
}

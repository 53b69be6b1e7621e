/**
 * Drafting aid: the Art. 52(1) notification to the Commission, filled in from the answers where they give the
 * facts and left as bracketed blanks where they do not. Shown only when the report owes the notification and
 * the answers do not say it was made (R35, R36, R62, R88, R89).
 */

import type { Answers } from '../../engine/answers';
import type { Obligation, Report } from '../../engine/report';
import { art, gl } from '../../engine/sources';
import { METHOD_WORDS } from '../../engine/words';
import type { Translator } from '../../i18n/translator';
import { dueWords } from '../period-words';
import { obligationStatusWords } from '../words';
import { sources } from './inline';
import type { MemoInput } from './input';
import type { MemoBlock, MemoText } from './model';

/** The notification obligation when the draft is useful: owed and not yet made. */
export function notificationToDraft(report: Report): Obligation | null {
  const o = report.obligations.find((x) => x.id === 'art52_1');
  return o && o.status !== 'done' ? o : null;
}

/** R36, GL ¶31: the figure to two significant figures ("3.8 × 10²⁵ FLOP"). */
export function computeForNotification(
  report: Report,
  answers: Answers,
  tr: Translator,
): { figure: string; basis: string } | null {
  if (report.compute.cumulativeFlop !== null)
    return {
      figure: tr.flop(report.compute.cumulativeFlop, { digits: 2 }),
      basis: tr.m('documents.computeBasisCumulative'),
    };
  const planned = answers.compute?.plannedCumulativeFlop;
  if (typeof planned === 'number')
    return { figure: tr.flop(planned, { digits: 2 }), basis: tr.m('documents.computeBasisPlanned') };
  return null;
}

function methodWords(answers: Answers, tr: Translator): string {
  const method = answers.compute?.method ?? 'unknown';
  return method === 'unknown' ? tr.m('documents.methodBlank') : tr.t(METHOD_WORDS[method]);
}

function dateOrBlank(value: string | undefined, blank: string, tr: Translator): string {
  return value && value !== 'unknown' ? tr.date(value) : blank;
}

function placingWords(answers: Answers, tr: Translator): string {
  const date =
    answers.role === 'modifier'
      ? answers.modification?.modificationPlacingDate
      : answers.placing?.placingDate;
  if (answers.placing?.channels.includes('notYet') && answers.role !== 'modifier')
    return date && date !== 'unknown'
      ? tr.m('documents.notPlacedYetPlanned', { date: { date } })
      : tr.m('documents.notPlacedYet');
  return dateOrBlank(date, tr.m('documents.placingBlank'), tr);
}

function contestWords(answers: Answers, tr: Translator): string {
  const contest = answers.systemicRisk?.contest ?? 'none';
  if (contest === 'pending' || answers.systemicRisk?.contestWithNotification === 'yes')
    return tr.m('documents.contestAttached');
  return tr.m('documents.contestOptional');
}

export function notificationDraftBlocks(input: MemoInput): MemoBlock[] {
  const { report, answers, translator: tr } = input;
  const o = notificationToDraft(report);
  if (!o) return [];
  const compute = computeForNotification(report, answers, tr);
  const rows: [string, MemoText][] = [
    [tr.m('documents.draftProvider'), tr.m('documents.draftProviderBlank')],
    [tr.m('documents.draftEstablished'), establishedWords(answers, tr)],
    [tr.m('documents.draftModel'), answers.modelName?.trim() || tr.m('documents.draftModelBlank')],
    [tr.m('documents.draftRequirement'), tr.m('documents.draftRequirementText')],
    [
      tr.m('documents.draftCompute'),
      compute
        ? tr.m('documents.draftComputeText', { figure: compute.figure, basis: compute.basis })
        : tr.m('documents.draftComputeBlank'),
    ],
    [tr.m('documents.draftMethod'), methodWords(answers, tr)],
    [
      tr.m('documents.draftThresholdMet'),
      dateOrBlank(answers.systemicRisk?.thresholdMetDate, tr.m('documents.draftThresholdMetBlank'), tr),
    ],
    [tr.m('documents.draftFirstPlacing'), placingWords(answers, tr)],
    [
      tr.m('documents.draftNotificationDue'),
      tr.m('documents.draftNotificationDueText', {
        due: dueWords(o, tr) ?? tr.m('documents.draftWithoutDelay'),
        status: obligationStatusWords(o, tr),
      }),
    ],
    [tr.m('documents.draftArguments'), contestWords(answers, tr)],
    [tr.m('documents.draftContact'), tr.m('documents.draftContactBlank')],
  ];
  return [
    { kind: 'heading', level: 1, text: tr.m('documents.notificationDraftHeading') },
    {
      kind: 'para',
      text: tr.m('documents.draftIntro'),
    },
    {
      kind: 'table',
      head: [tr.m('documents.colItem'), tr.m('documents.colDraftContent')],
      style: 'grid',
      columns: { 0: { bold: true, width: 140 } },
      rows,
    },
    {
      kind: 'para',
      tone: 'muted',
      text: [
        tr.m('documents.rulesAndSources', { rules: 'R32, R35, R36, R37, R62, R87, R88, R89' }),
        ...sources([art('52(1)'), art('52(2)'), art('51(2)'), gl('§2.3.2'), gl('¶31')], tr),
        '.',
      ],
    },
  ];
}

function establishedWords(answers: Answers, tr: Translator): string {
  if (answers.euEstablished === 'yes') return tr.m('documents.establishedYes');
  if (answers.euEstablished === 'no') return tr.m('documents.establishedNo');
  return tr.m('documents.establishedBlank');
}

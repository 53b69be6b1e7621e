/**
 * The dated milestones that matter for this model (R66–R72, R34–R39), each with days from the evaluation date.
 */

import type { Answers } from '../answers';
import { daysBetween } from '../dates';
import { WORDS } from '../law/words';
import { periodEnd } from '../periods';
import type { Citation, IsoDate, Milestone, MilestoneKind, PeriodEnd, RuleRef } from '../report';
import { art, gl } from '../sources';
import {
  CHAPTER_V_APPLIES,
  FINES_APPLY,
  LEGACY_COMPLIANCE_DEADLINE,
  NOTIFICATION_PERIOD,
  REASSESSMENT_PERIOD,
} from './key-dates';
import type { SystemicRisk } from './systemic-risk';

export interface TimelineInputs {
  answers: Answers;
  asOf: IsoDate;
  isProvider: boolean;
  legacy: boolean | null;
  placingDate: IsoDate | 'unknown' | null;
  systemicRisk: SystemicRisk;
  presumptionMet: boolean;
  notificationDeadline: IsoDate | null;
  /** R87, R89: how the notification deadline was computed. */
  notificationPeriod: PeriodEnd | null;
}

function known(d: IsoDate | 'unknown' | null | undefined): IsoDate | null {
  return d === undefined || d === null || d === 'unknown' ? null : d;
}

export function buildTimeline(input: TimelineInputs): Milestone[] {
  const { answers: a, asOf } = input;
  const items: Milestone[] = [];
  const add = (
    id: string,
    date: IsoDate,
    kind: MilestoneKind,
    label: string,
    description: string,
    rules: RuleRef[],
    citations: Citation[],
    period?: PeriodEnd,
  ) =>
    items.push({
      id,
      date,
      kind,
      label,
      description,
      daysFromAsOf: daysBetween(asOf, date),
      rules,
      citations,
      ...(period ? { period } : {}),
    });

  add(
    'chapter-v-applies',
    CHAPTER_V_APPLIES,
    'law',
    'Obligations for general-purpose AI models apply',
    'Chapter V of the AI Act applies to providers of general-purpose AI models.',
    ['R66'],
    [art('113')],
  );
  add(
    'fines-apply',
    FINES_APPLY,
    'law',
    'The Commission can fine providers',
    'Fines of up to 3 % of worldwide annual turnover or EUR 15 million, whichever is higher (Art. 101).',
    ['R71', 'R74'],
    [art('101'), art('113')],
  );
  if (!input.isProvider) return sortMilestones(items);

  if (input.legacy) {
    add(
      'legacy-deadline',
      LEGACY_COMPLIANCE_DEADLINE,
      'deadline',
      `Compliance deadline for models placed before ${WORDS.chapterVApplies}`,
      'Take the necessary steps to comply with the obligations for the whole lifecycle of the model.',
      ['R68'],
      [art('111(3)'), gl('§5.3')],
    );
  }
  const placed = known(input.placingDate);
  if (placed) {
    const future = placed > asOf;
    add(
      'placing',
      placed,
      'model',
      a.role === 'modifier'
        ? future
          ? 'Modified model to be placed on the EU market'
          : 'Modified model placed on the EU market'
        : future
          ? 'Model to be placed on the EU market'
          : 'Model first placed on the EU market',
      input.legacy
        ? `Placed before ${WORDS.chapterVApplies}: compliance due by ${WORDS.legacyComplianceDeadline}.`
        : 'The provider obligations apply from this date.',
      input.legacy ? ['R68'] : ['R67'],
      [art('3(9)'), gl('§5.3')],
    );
  }
  const sr = a.systemicRisk;
  const met = known(sr?.thresholdMetDate);
  if (input.presumptionMet && met) {
    const crossedAfterPlacing = placed !== null && met > placed;
    add(
      'threshold-met',
      met,
      'model',
      `${WORDS.systemicRiskThreshold} threshold met or known to be met`,
      crossedAfterPlacing
        ? 'Crossed after placing (E20): systemic risk, and the Art. 55 obligations, apply from this moment; the two weeks for the notification run from here.'
        : 'Systemic-risk classification starts from this moment and the two weeks for the notification run; the Art. 55 obligations apply from placing at the latest — prepare from here (E28).',
      crossedAfterPlacing ? ['R34', 'R35', 'E20'] : ['R34', 'R35', 'E28'],
      [art('51(2)'), art('52(1)'), gl('§2.3.2')],
    );
  }
  if (input.legacy && input.presumptionMet && met && met > CHAPTER_V_APPLIES) {
    // E29: legal outer limit 2 Aug 2027, but two weeks after crossing is the safe date.
    const recommended = periodEnd(met, NOTIFICATION_PERIOD);
    add(
      'notification-recommended',
      recommended.lastDay,
      'deadline',
      'Notify the Commission — recommended date (Art. 52(1))',
      `Two weeks after the model crossed ${WORDS.systemicRiskThreshold}: the stricter reading’s deadline; ${WORDS.legacyComplianceDeadline} is only the outer legal limit (ambiguous, E29).`,
      ['E29', 'R35', 'R87'],
      [art('52(1)'), gl('§5.3')],
      recommended,
    );
  }
  if (input.notificationDeadline) {
    const p = input.notificationPeriod;
    add(
      'notification-deadline',
      input.notificationDeadline,
      'deadline',
      p?.bound === 'atLatest'
        ? 'Notify the Commission — at the latest (Art. 52(1))'
        : 'Notify the Commission (Art. 52(1))',
      p?.bound === 'atLatest'
        ? 'At the latest two weeks after first placing, since the date the threshold was met is unknown (R89); earlier if it was met earlier. Include the compute estimate to two significant figures and the method.'
        : 'Notification with the compute estimate to two significant figures and the method.',
      p ? (p.bound === 'atLatest' ? ['R35', 'R36', 'R87', 'R89'] : ['R35', 'R36', 'R87']) : ['R35', 'R36'],
      [art('52(1)'), gl('¶31')],
      p ?? undefined,
    );
  }
  const informed = known(sr?.designationInformedDate);
  if (input.systemicRisk === 'designated' && informed) {
    add(
      'designation',
      informed,
      'designation',
      'Informed of the Commission’s designation',
      'The systemic-risk obligations apply from this date.',
      ['R38'],
      [art('52(4)'), gl('§2.3.4')],
    );
    const reassessment = periodEnd(informed, REASSESSMENT_PERIOD);
    add(
      'reassessment',
      reassessment.lastDay,
      'reassessment',
      'Earliest request for reassessment of the designation',
      'With objective, detailed and new reasons; again six months after any refusal.',
      ['R39', 'R87'],
      [art('52(5)'), gl('§2.3.5')],
      reassessment,
    );
  }
  const decided = known(sr?.contestDecisionDate);
  if (sr?.contest === 'accepted' && decided && input.presumptionMet) {
    add(
      'contest-accepted',
      decided,
      'designation',
      'Commission accepted your contest of the presumption',
      'The systemic-risk obligations end from this date; notify again on a substantial change.',
      ['R37'],
      [art('52(3)'), gl('§2.3.3')],
    );
  }
  return sortMilestones(items);
}

function sortMilestones(items: Milestone[]): Milestone[] {
  return items.sort((x, y) => (x.date === y.date ? x.id.localeCompare(y.id) : x.date < y.date ? -1 : 1));
}

/**
 * The dated milestones that matter for this model (R66–R72, R34–R39), each with days from the evaluation date.
 */
import type { Answers } from '../answers';
import { addDays, addMonths, daysBetween } from '../dates';
import type { Citation, IsoDate, Milestone, MilestoneKind, RuleRef } from '../report';
import { art, gl } from '../sources';
import { CHAPTER_V_APPLIES, FINES_APPLY, LEGACY_COMPLIANCE_DEADLINE, REASSESSMENT_MONTHS } from './key-dates';
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
      'Compliance deadline for models placed before 2 August 2025',
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
        ? 'Placed before 2 August 2025: compliance due by 2 August 2027.'
        : 'The provider obligations apply from this date.',
      input.legacy ? ['R68'] : ['R67'],
      [art('3(9)'), gl('§5.3')],
    );
  }
  const sr = a.systemicRisk;
  const met = known(sr?.thresholdMetDate);
  if (input.presumptionMet && met) {
    add(
      'threshold-met',
      met,
      'model',
      '10^25 FLOP threshold met or known to be met',
      'Systemic-risk classification and obligations start from this moment.',
      ['R34'],
      [art('51(2)'), gl('¶27')],
    );
  }
  if (input.legacy && input.presumptionMet && met && met < CHAPTER_V_APPLIES) {
    // E7: the legal outer limit is 2 Aug 2027, but the Commission expected notification two weeks after
    // Chapter V began to apply.
    add(
      'notification-expected',
      addDays(CHAPTER_V_APPLIES, 14),
      'deadline',
      'Notification the Commission expected (Art. 52(1))',
      'For models with systemic risk already trained on 2 August 2025 the Commission expected notification within two weeks; 2 August 2027 is only the legal outer limit (ambiguous, E7).',
      ['R70', 'E7'],
      [art('52(1)'), gl('§5.3')],
    );
  }
  if (input.notificationDeadline) {
    add(
      'notification-deadline',
      input.notificationDeadline,
      'deadline',
      'Notify the Commission (Art. 52(1))',
      'Notification with the compute estimate to two significant figures and the method.',
      ['R35', 'R36'],
      [art('52(1)'), gl('¶31')],
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
    add(
      'reassessment',
      addMonths(informed, REASSESSMENT_MONTHS),
      'reassessment',
      'Earliest request for reassessment of the designation',
      'With objective, detailed and new reasons; again six months after any refusal.',
      ['R39'],
      [art('52(5)'), gl('§2.3.5')],
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

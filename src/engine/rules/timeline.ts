/**
 * The dated milestones that matter for this model (R66–R72, R34–R39), each with days from the evaluation date.
 */

import type { Answers } from '../answers';
import { daysBetween } from '../dates';
import { periodEnd } from '../periods';
import type { Citation, IsoDate, Milestone, MilestoneKind, PeriodEnd, RuleRef } from '../report';
import { art, gl } from '../sources';
import { type Text, tx } from '../text';
import {
  CHAPTER_V_APPLIES,
  FINES_APPLY,
  LEGACY_COMPLIANCE_DEADLINE,
  NOTIFICATION_PERIOD,
  REASSESSMENT_PERIOD,
} from './key-dates';
import { known } from './obligation-dates';
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
  notificationPeriod: PeriodEnd<Text> | null;
}

/** A milestone before its distance from the evaluation date is counted. */
interface MilestoneFacts {
  id: string;
  date: IsoDate;
  kind: MilestoneKind;
  label: Text;
  description: Text;
  rules: RuleRef[];
  citations: Citation[];
  period?: PeriodEnd<Text> | null;
}

/**
 * The law's own dates for everyone (R66, R71), then the model's dates for a provider: placing (R67, R68),
 * threshold and notification (R34, R35, R87, R89, E29), designation and reassessment (R38, R39), an accepted
 * contest (R37). Sorted by date.
 */
export function buildTimeline(input: TimelineInputs): Milestone<Text>[] {
  const facts = [...lawMilestones(), ...(input.isProvider ? providerMilestones(input) : [])];
  return sortMilestones(facts.map((m) => dated(m, input.asOf)));
}

function dated(m: MilestoneFacts, asOf: IsoDate): Milestone<Text> {
  return {
    id: m.id,
    date: m.date,
    kind: m.kind,
    label: m.label,
    description: m.description,
    daysFromAsOf: daysBetween(asOf, m.date),
    rules: m.rules,
    citations: m.citations,
    ...(m.period ? { period: m.period } : {}),
  };
}

/** R66, R71, R74: Chapter V applies; the Commission can fine. */
function lawMilestones(): MilestoneFacts[] {
  return [
    {
      id: 'chapter-v-applies',
      date: CHAPTER_V_APPLIES,
      kind: 'law',
      label: tx('dates.chapterVAppliesLabel'),
      description: tx('dates.chapterVAppliesDescription'),
      rules: ['R66'],
      citations: [art('113')],
    },
    {
      id: 'fines-apply',
      date: FINES_APPLY,
      kind: 'law',
      label: tx('dates.finesApplyLabel'),
      description: tx('dates.finesApplyDescription'),
      rules: ['R71', 'R74'],
      citations: [art('101'), art('113')],
    },
  ];
}

function providerMilestones(input: TimelineInputs): MilestoneFacts[] {
  const placed = known(input.placingDate);
  const met = input.presumptionMet ? known(input.answers.systemicRisk?.thresholdMetDate) : null;
  return [
    legacyDeadline(input),
    placing(input, placed),
    thresholdMet(met, placed),
    notificationRecommended(input, met),
    notificationDeadline(input),
    ...designation(input),
    contestAccepted(input),
  ].filter((m): m is MilestoneFacts => m !== null);
}

/** R68: a model placed before Chapter V applied must comply by the legacy deadline. */
function legacyDeadline(input: TimelineInputs): MilestoneFacts | null {
  if (!input.legacy) return null;
  return {
    id: 'legacy-deadline',
    date: LEGACY_COMPLIANCE_DEADLINE,
    kind: 'deadline',
    label: tx('dates.legacyDeadlineLabel'),
    description: tx('dates.legacyDeadlineDescription'),
    rules: ['R68'],
    citations: [art('111(3)'), gl('§5.3')],
  };
}

/** R67, R68: the (planned) first placing of the model concerned. */
function placing(input: TimelineInputs, placed: IsoDate | null): MilestoneFacts | null {
  if (!placed) return null;
  const future = placed > input.asOf;
  return {
    id: 'placing',
    date: placed,
    kind: 'model',
    label:
      input.answers.role === 'modifier'
        ? future
          ? tx('dates.modifiedToBePlacedLabel')
          : tx('dates.modifiedPlacedLabel')
        : future
          ? tx('dates.toBePlacedLabel')
          : tx('dates.firstPlacedLabel'),
    description: input.legacy ? tx('dates.placedLegacyDescription') : tx('dates.placedDescription'),
    rules: input.legacy ? ['R68'] : ['R67'],
    citations: [art('3(9)'), gl('§5.3')],
  };
}

/** R34, R35: the threshold met (presumption met only); E20 if crossed after placing, otherwise E28. */
function thresholdMet(met: IsoDate | null, placed: IsoDate | null): MilestoneFacts | null {
  if (!met) return null;
  const crossedAfterPlacing = placed !== null && met > placed;
  return {
    id: 'threshold-met',
    date: met,
    kind: 'model',
    label: tx('dates.thresholdMetLabel'),
    description: crossedAfterPlacing
      ? tx('dates.thresholdMetAfterPlacingDescription')
      : tx('dates.thresholdMetDescription'),
    rules: crossedAfterPlacing ? ['R34', 'R35', 'E20'] : ['R34', 'R35', 'E28'],
    citations: [art('51(2)'), art('52(1)'), gl('§2.3.2')],
  };
}

/**
 * E29: a legacy model that crossed the threshold after Chapter V applied — the legal outer limit is the
 * legacy deadline, but two weeks after the crossing is the safe date, shown beside it.
 */
function notificationRecommended(input: TimelineInputs, met: IsoDate | null): MilestoneFacts | null {
  if (!input.legacy || !met || !(met > CHAPTER_V_APPLIES)) return null;
  const recommended = periodEnd(met, NOTIFICATION_PERIOD);
  return {
    id: 'notification-recommended',
    date: recommended.lastDay,
    kind: 'deadline',
    label: tx('dates.notificationRecommendedLabel'),
    description: tx('dates.notificationRecommendedDescription'),
    rules: ['E29', 'R35', 'R87'],
    citations: [art('52(1)'), gl('§5.3')],
    period: recommended,
  };
}

/** R35, R36, R87, R89: the Art. 52(1) notification, "at the latest" when bounded by the placing date. */
function notificationDeadline(input: TimelineInputs): MilestoneFacts | null {
  if (!input.notificationDeadline) return null;
  const p = input.notificationPeriod;
  const atLatest = p?.bound === 'atLatest';
  return {
    id: 'notification-deadline',
    date: input.notificationDeadline,
    kind: 'deadline',
    label: atLatest ? tx('dates.notificationAtLatestLabel') : tx('dates.notificationLabel'),
    description: atLatest ? tx('dates.notificationAtLatestDescription') : tx('dates.notificationDescription'),
    rules: p ? (atLatest ? ['R35', 'R36', 'R87', 'R89'] : ['R35', 'R36', 'R87']) : ['R35', 'R36'],
    citations: [art('52(1)'), gl('¶31')],
    period: p,
  };
}

/** R38, R39: informed of a designation; reassessment at the earliest six months later. */
function designation(input: TimelineInputs): MilestoneFacts[] {
  const informed = known(input.answers.systemicRisk?.designationInformedDate);
  if (input.systemicRisk !== 'designated' || !informed) return [];
  const reassessment = periodEnd(informed, REASSESSMENT_PERIOD);
  return [
    {
      id: 'designation',
      date: informed,
      kind: 'designation',
      label: tx('dates.designationLabel'),
      description: tx('dates.designationDescription'),
      rules: ['R38'],
      citations: [art('52(4)'), gl('§2.3.4')],
    },
    {
      id: 'reassessment',
      date: reassessment.lastDay,
      kind: 'reassessment',
      label: tx('dates.reassessmentLabel'),
      description: tx('dates.reassessmentDescription'),
      rules: ['R39', 'R87'],
      citations: [art('52(5)'), gl('§2.3.5')],
      period: reassessment,
    },
  ];
}

/** R37: an accepted contest of a met presumption ends the obligations from the decision. */
function contestAccepted(input: TimelineInputs): MilestoneFacts | null {
  const sr = input.answers.systemicRisk;
  const decided = known(sr?.contestDecisionDate);
  if (sr?.contest !== 'accepted' || !decided || !input.presumptionMet) return null;
  return {
    id: 'contest-accepted',
    date: decided,
    kind: 'designation',
    label: tx('dates.contestAcceptedLabel'),
    description: tx('dates.contestAcceptedDescription'),
    rules: ['R37'],
    citations: [art('52(3)'), gl('§2.3.3')],
  };
}

function sortMilestones(items: Milestone<Text>[]): Milestone<Text>[] {
  return items.sort((x, y) => (x.date === y.date ? x.id.localeCompare(y.id) : x.date < y.date ? -1 : 1));
}

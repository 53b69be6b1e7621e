/**
 * Is the model (or the modified model) placed on the Union market by the user? R2, R3, R15–R20, R82, R88,
 * E8 (rev. 2: internal use only counts with a Union nexus), E10.
 */

import type { Answers } from '../answers';
import type { ProviderRole } from '../report';
import { art, gl, rec } from '../sources';
import { dateParam, type Text, tx } from '../text';
import { CHANNEL_WORDS, EU_AVAILABILITY_WORDS, listWords, yesNo } from '../words';
import type { Findings } from './context';
import { placingDate } from './facts';
import { commercialFactsReported, INTERNAL_CHANNELS, placementBasis } from './predicates';

export interface Placement {
  placed: boolean;
  /** Meant to be placed, not yet made available (R88): obligations run from the (planned) placing date. */
  planned: boolean;
  /** Why not, as a role, when not placed. */
  notPlacedRole: ProviderRole;
  /** Why not, in words; empty when placed (only the not-placed summaries are read). */
  summary: Text;
}

/** Which model the sentences name; the messages choose their words (and case) with an ICU select on it. */
export type PlacementSubject = 'the model' | 'the modified model';

const PLACED: Placement = {
  placed: true,
  planned: false,
  notPlacedRole: 'not-placed',
  summary: tx('common.value', { value: '' }),
};

function notPlaced(summary: Text, role: ProviderRole = 'not-placed'): Placement {
  return { placed: false, planned: false, notPlacedRole: role, summary };
}

function whoParam(who: PlacementSubject): string {
  return who === 'the modified model' ? 'modified' : 'model';
}

export function assessPlacement(
  a: Answers,
  f: Findings,
  systemicRiskCondition: boolean,
  who: PlacementSubject,
): Placement {
  if (!a.placing) {
    f.ask({
      field: 'placing.channels',
      question: tx('placement.askChannelsQuestion', { who: whoParam(who) }),
      askWhom: tx('placement.askWhomGoToMarket'),
      assumption: tx('placement.askChannelsAssumption'),
      rules: ['R15'],
    });
    return PLACED;
  }
  // The order of the cases is the rules' order (predicates.ts placementBasis), shared with the questionnaire.
  switch (placementBasis(a)) {
    case 'planned':
      return plannedStep(a, f);
    case 'not-meant':
      return notMeantToBePlaced(f, who);
    case 'research-partners':
      return researchPartners(a, f);
    case 'internal-outside-union':
      return internalOutsideUnion(a, f);
    case 'internal-only':
      askInternalLocation(a, f);
      return internalOnly(a, f, systemicRiskCondition);
    default:
      askInternalLocation(a, f);
      channelSteps(a, f);
      return euAvailability(a, f);
  }
}

/** R2: not made available and not meant to be placed. */
function notMeantToBePlaced(f: Findings, who: PlacementSubject): Placement {
  f.step({
    verdict: 'provider',
    question: tx('placement.intentionQuestion'),
    answer: tx('placement.notMeantAnswer'),
    rule: 'R2',
    outcome: tx('placement.notMeantOutcome', { who: whoParam(who) }),
    citations: [art('3(63)'), art('3(9)')],
  });
  return notPlaced(tx('placement.notMeantSummary', { who: whoParam(who) }));
}

/** R3, E30: research partners only — outside the Act, unless facts of commercial activity make it supply. */
function researchPartners(a: Answers, f: Findings): Placement {
  const channels = a.placing?.channels ?? [];
  if (!commercialFactsReported(a)) {
    soleResearchFindings(f, listWords(channels, CHANNEL_WORDS));
    return notPlaced(tx('placement.soleResearchSummary'), 'out-of-scope');
  }
  f.step({
    verdict: 'provider',
    question: tx('placement.researchSupplyQuestion'),
    answer: tx('placement.researchSupplyAnswer', { channels: listWords(channels, CHANNEL_WORDS) }),
    rule: 'E30',
    outcome: tx('placement.researchSupplyOutcome'),
    citations: [art('3(10)'), art('2(6)')],
  });
  return euAvailability(a, f);
}

/** R88: not yet placed but meant to be — evaluated as the planned placement. */
function plannedStep(a: Answers, f: Findings): Placement {
  const date = placingDate(a);
  const intention = a.placing?.intention;
  f.step({
    verdict: 'provider',
    question: tx('placement.intentionQuestion'),
    answer: tx('placement.plannedAnswer', {
      intention: intention === 'yes' ? 'yes' : 'undecided',
      when:
        date && date !== 'unknown'
          ? tx('placement.plannedFor', { date: dateParam(date) })
          : tx('placement.noDateDecided'),
    }),
    rule: 'R88',
    outcome: tx('placement.plannedOutcome'),
    citations: [art('52(1)'), rec(112), gl('§2.3.2')],
  });
  if (intention !== 'yes') {
    f.ambiguous({
      edgeCase: 'R88',
      title: tx('placement.undecidedTitle'),
      readingChosen: tx('placement.undecidedReading'),
      alternative: tx('placement.undecidedAlternative'),
      rules: ['R2', 'R88'],
      citations: [art('3(63)'), art('52(1)')],
    });
  }
  return { ...PLACED, planned: true };
}

/** R17, R20, E8 (rev. 2): internal use only outside the Union is not placing on the Union market. */
function internalOutsideUnion(a: Answers, f: Findings): Placement {
  f.step({
    verdict: 'provider',
    question: tx('placement.internalLocationQuestion'),
    answer: tx('placement.outsideUnionAnswer', {
      channels: listWords(a.placing?.channels ?? [], CHANNEL_WORDS),
    }),
    rule: 'R17',
    outcome: tx('placement.outsideUnionOutcome'),
    citations: [art('2(1)(a)'), art('3(9)'), rec(97)],
  });
  f.whatIf(
    'internal-use-in-eu',
    tx('placement.internalUseInEuChange'),
    tx('placement.internalUseInEuEffect'),
    ['R15', 'R17', 'E8'],
  );
  return notPlaced(tx('placement.outsideUnionSummary'));
}

function askInternalLocation(a: Answers, f: Findings): void {
  const internal = (a.placing?.channels ?? []).some((c) => INTERNAL_CHANNELS.includes(c));
  const location = a.placing?.internalUseLocation;
  if (!internal || (location !== undefined && location !== 'unknown')) return;
  f.ask({
    field: 'placing.internalUseLocation',
    question: tx('placement.askInternalLocationQuestion'),
    askWhom: tx('placement.askWhomInternalTeam'),
    assumption: tx('placement.askInternalLocationAssumption'),
    rules: ['R17', 'E8'],
  });
}

/** R17, E8: internal use only (with a Union nexus) — not placing, except for a model with systemic risk. */
function internalOnly(a: Answers, f: Findings, systemicRiskCondition: boolean): Placement {
  const channelWords = listWords(a.placing?.channels ?? [], CHANNEL_WORDS);
  if (a.placing?.channels.includes('internalOnly') && systemicRiskCondition) {
    f.step({
      verdict: 'provider',
      question: tx('placement.channelsQuestion'),
      answer: channelWords,
      rule: 'E8',
      outcome: tx('placement.internalSystemicOutcome'),
      citations: [rec(97), art('3(11)'), gl('§3.1.2')],
    });
    f.ambiguous({
      edgeCase: 'E8',
      title: tx('placement.internalSystemicTitle'),
      readingChosen: tx('placement.internalSystemicReading'),
      alternative: tx('placement.internalSystemicAlternative'),
      rules: ['R16', 'R17'],
      citations: [rec(97), gl('§3.1.2')],
    });
    return PLACED;
  }
  f.step({
    verdict: 'provider',
    question: tx('placement.channelsQuestion'),
    answer: channelWords,
    rule: 'R17',
    outcome: tx('placement.internalOnlyOutcome'),
    citations: [rec(97), gl('§3.1.2')],
  });
  f.whatIf(
    'internal-essential',
    tx('placement.internalEssentialChange'),
    tx('placement.internalEssentialEffect'),
    ['R15', 'R17'],
  );
  return notPlaced(tx('placement.internalOnlySummary'));
}

/** R15, R16, R18, R82: the channels used are ways of first making the model available. */
function channelSteps(a: Answers, f: Findings): void {
  const channels = a.placing?.channels ?? [];
  const own = channels.includes('ownApp');
  f.step({
    verdict: 'provider',
    question: tx('placement.channelsQuestion'),
    answer: listWords(channels, CHANNEL_WORDS),
    rule: own ? 'R16' : channels.includes('downstreamSupply') ? 'R18' : 'R15',
    outcome: own ? tx('placement.ownAppOutcome') : tx('placement.channelsOutcome'),
    citations: own ? [rec(97), gl('§3.1.3')] : [art('3(9)'), gl('§3.1.2'), gl('§3.1.3')],
  });
  if (own) {
    f.step({
      verdict: 'provider',
      question: tx('placement.supervisorQuestion'),
      answer: CHANNEL_WORDS.ownApp,
      rule: 'R82',
      outcome: tx('placement.supervisorOutcome'),
      citations: [art('75(1)')],
    });
  }
}

/** R4, R19, R20: is the first making available on the Union market? */
function euAvailability(a: Answers, f: Findings): Placement {
  const placing = a.placing as NonNullable<Answers['placing']>;
  switch (placing.euAvailability) {
    case 'direct':
      f.step({
        verdict: 'provider',
        question: tx('placement.euQuestion'),
        answer: EU_AVAILABILITY_WORDS.direct,
        rule: 'R4',
        outcome: tx('placement.euDirectOutcome'),
        citations: [art('2(1)(a)'), gl('§3.1')],
      });
      return PLACED;
    case 'viaDownstream':
      return viaDownstream(placing, f);
    case 'none':
      f.step({
        verdict: 'provider',
        question: tx('placement.euQuestion'),
        answer: EU_AVAILABILITY_WORDS.none,
        rule: 'R20',
        outcome: tx('placement.euNoneOutcome'),
        citations: [art('2(1)(a)'), art('3(9)')],
      });
      f.whatIf('enter-eu', tx('placement.enterEuChange'), tx('placement.enterEuEffect'), [
        'R4',
        'R19',
        'R20',
      ]);
      return notPlaced(tx('placement.euNoneSummary'));
    default:
      f.ask({
        field: 'placing.euAvailability',
        question: tx('placement.askEuQuestion'),
        askWhom: tx('placement.askWhomSales'),
        assumption: tx('placement.askEuAssumption'),
        rules: ['R4', 'R19', 'R20'],
      });
      f.step({
        verdict: 'provider',
        question: tx('placement.euQuestion'),
        answer: EU_AVAILABILITY_WORDS.unknown,
        rule: 'R4',
        outcome: tx('placement.euUnknownOutcome'),
        citations: [art('2(1)(a)')],
      });
      return PLACED;
  }
}

/** R19, E13: made available outside the Union to actors who may bring it into the Union. */
function viaDownstream(placing: NonNullable<Answers['placing']>, f: Findings): Placement {
  if (placing.euExcluded === 'yes') {
    f.step({
      verdict: 'provider',
      question: tx('placement.euExcludedQuestion'),
      answer: tx('common.yes'),
      rule: 'R19',
      outcome: tx('placement.euExcludedOutcome'),
      citations: [gl('§3.1.3')],
    });
    return notPlaced(tx('placement.euExcludedSummary'));
  }
  if (placing.euExcluded === 'unknown') {
    f.ask({
      field: 'placing.euExcluded',
      question: tx('placement.askEuExcludedQuestion'),
      askWhom: tx('placement.askWhomLegal'),
      assumption: tx('placement.askEuExcludedAssumption'),
      rules: ['R19'],
    });
  }
  f.step({
    verdict: 'provider',
    question: tx('placement.euQuestion'),
    answer: tx('placement.viaDownstreamAnswer', {
      availability: EU_AVAILABILITY_WORDS.viaDownstream,
      excluded: yesNo(placing.euExcluded),
    }),
    rule: 'R19',
    outcome: tx('placement.viaDownstreamOutcome'),
    citations: [gl('§3.1.3')],
  });
  f.whatIf('exclude-eu', tx('placement.excludeEuChange'), tx('placement.excludeEuEffect'), ['R19', 'E13']);
  return PLACED;
}

/** R3 / E10: shared only with research partners, solely for research — outside the AI Act. */
export function soleResearchFindings(f: Findings, answer: Text): void {
  f.step({
    verdict: 'provider',
    question: tx('placement.channelsQuestion'),
    answer,
    rule: 'R3',
    outcome: tx('placement.soleResearchOutcome'),
    citations: [art('2(6)'), art('2(8)'), rec(109)],
  });
  f.ambiguous({
    edgeCase: 'E10',
    title: tx('placement.soleResearchTitle'),
    readingChosen: tx('placement.soleResearchReading'),
    alternative: tx('placement.soleResearchAlternative'),
    rules: ['R3'],
    citations: [art('2(6)')],
  });
  f.whatIf(
    'release-research-model',
    tx('placement.releaseResearchChange'),
    tx('placement.releaseResearchEffect'),
    ['R3', 'R15'],
  );
}

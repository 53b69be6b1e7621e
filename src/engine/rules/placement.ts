/**
 * Is the model (or the modified model) placed on the Union market by the user? R2, R3, R15–R20, R82, R88,
 * E8 (rev. 2: internal use only counts with a Union nexus), E10.
 */

import type { Answers } from '../answers';
import { formatDate } from '../dates';
import { WORDS } from '../law/words';
import type { ProviderRole } from '../report';
import { art, gl, rec } from '../sources';
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
  summary: string;
}

const PLACED: Placement = { placed: true, planned: false, notPlacedRole: 'not-placed', summary: '' };

function notPlaced(summary: string, role: ProviderRole = 'not-placed'): Placement {
  return { placed: false, planned: false, notPlacedRole: role, summary };
}

export function assessPlacement(
  a: Answers,
  f: Findings,
  systemicRiskCondition: boolean,
  who: string,
): Placement {
  if (!a.placing) {
    f.ask({
      field: 'placing.channels',
      question: `How is ${who} made available: API, download, package, app, cloud, internal use?`,
      askWhom: 'The product or go-to-market team',
      assumption: 'Assumed it is placed on the Union market.',
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
function notMeantToBePlaced(f: Findings, who: string): Placement {
  f.step({
    verdict: 'provider',
    question: 'Is the model meant to be placed on the EU market?',
    answer: 'Not made available, and not meant to be placed',
    rule: 'R2',
    outcome: `With no intention to place ${who} on the market, it is not placed and you are not its provider.`,
    citations: [art('3(63)'), art('3(9)')],
  });
  return notPlaced(`No: ${who} is not made available and not meant to be placed on the EU market.`);
}

/** R3, E30: research partners only — outside the Act, unless facts of commercial activity make it supply. */
function researchPartners(a: Answers, f: Findings): Placement {
  const channels = a.placing?.channels ?? [];
  if (!commercialFactsReported(a)) {
    soleResearchFindings(f, listWords(channels, CHANNEL_WORDS));
    return notPlaced(
      'No: a model shared only for scientific research is outside the AI Act.',
      'out-of-scope',
    );
  }
  f.step({
    verdict: 'provider',
    question: 'Is supplying research partners placing on the market?',
    answer: `${listWords(channels, CHANNEL_WORDS)}, with facts of commercial activity`,
    rule: 'E30',
    outcome:
      'Supplied in the course of a commercial activity, the model is made available — not put into service for the sole purpose of scientific research (Art. 2(6)).',
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
    question: 'Is the model meant to be placed on the EU market?',
    answer: `${intention === 'yes' ? 'Yes' : 'Undecided'}; ${date && date !== 'unknown' ? `planned for ${formatDate(date)}` : 'no date decided'}`,
    rule: 'R88',
    outcome: `Evaluated as a planned placement: you become the provider when you place it, and the obligations apply from then — but above ${WORDS.systemicRiskThreshold} the Art. 52(1) notification is owed now, before placing.`,
    citations: [art('52(1)'), rec(112), gl('§2.3.2')],
  });
  if (intention !== 'yes') {
    f.ambiguous({
      edgeCase: 'R88',
      title: 'Undecided whether the model will be placed on the EU market',
      readingChosen:
        'Read as meant to be placed (the conservative reading): a notification owed before placing is not missed.',
      alternative:
        'If it will never be made available, it stays outside the definition while used for research and development (R2) and nothing is owed.',
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
    question: 'Where does the internal use take place?',
    answer: `${listWords(a.placing?.channels ?? [], CHANNEL_WORDS)}; outside the EU only`,
    rule: 'R17',
    outcome:
      'Used only internally outside the Union and not made available in the Union: the model is not placed on the Union market, so you are not its provider under the AI Act — even with systemic risk (recital 97 does not extend the Act’s territorial reach).',
    citations: [art('2(1)(a)'), art('3(9)'), rec(97)],
  });
  f.whatIf(
    'internal-use-in-eu',
    'If the model were used in the EU, or its use affected people in the EU,',
    'internal use essential to a service or affecting people’s rights — and any use of a model with systemic risk — would count as placing it on the Union market.',
    ['R15', 'R17', 'E8'],
  );
  return notPlaced(
    'No: the model is used only internally outside the EU, so it is not placed on the Union market.',
  );
}

function askInternalLocation(a: Answers, f: Findings): void {
  const internal = (a.placing?.channels ?? []).some((c) => INTERNAL_CHANNELS.includes(c));
  const location = a.placing?.internalUseLocation;
  if (!internal || (location !== undefined && location !== 'unknown')) return;
  f.ask({
    field: 'placing.internalUseLocation',
    question: 'Where does the internal use take place: in the EU, outside the EU, or both?',
    askWhom: 'The team that runs the model internally',
    assumption: 'Assumed it takes place in the EU.',
    rules: ['R17', 'E8'],
  });
}

/** R17, E8: internal use only (with a Union nexus) — not placing, except for a model with systemic risk. */
function internalOnly(a: Answers, f: Findings, systemicRiskCondition: boolean): Placement {
  const channelWords = listWords(a.placing?.channels ?? [], CHANNEL_WORDS);
  if (a.placing?.channels.includes('internalOnly') && systemicRiskCondition) {
    f.step({
      verdict: 'provider',
      question: 'How is the model made available?',
      answer: channelWords,
      rule: 'E8',
      outcome:
        'Purely internal use would normally not be placing on the market (R17), but recital 97 says models with systemic risk should always be subject to the obligations, and integrating one’s own model into an AI system put into service for own use counts as placing (R16). Treated as placed.',
      citations: [rec(97), art('3(11)'), gl('§3.1.2')],
    });
    f.ambiguous({
      edgeCase: 'E8',
      title: 'Model with systemic risk used only internally in the EU',
      readingChosen:
        'You are treated as its provider: recital 97 says models with systemic risk should always be subject to the obligations.',
      alternative:
        'The operative definitions require placing on the market; on a strict reading, purely internal use of any model triggers no model obligations.',
      rules: ['R16', 'R17'],
      citations: [rec(97), gl('§3.1.2')],
    });
    return PLACED;
  }
  f.step({
    verdict: 'provider',
    question: 'How is the model made available?',
    answer: channelWords,
    rule: 'R17',
    outcome:
      'Used only for internal processes that no product or service for others depends on and that make no decisions about people: not placed on the market, so the model obligations do not apply.',
    citations: [rec(97), gl('§3.1.2')],
  });
  f.whatIf(
    'internal-essential',
    'If a product or service you provide to others came to depend on the internal use, or it were used for decisions about people in the EU,',
    'that would count as placing on the market and you would become the provider.',
    ['R15', 'R17'],
  );
  return notPlaced('No: purely internal use is not placing on the market.');
}

/** R15, R16, R18, R82: the channels used are ways of first making the model available. */
function channelSteps(a: Answers, f: Findings): void {
  const channels = a.placing?.channels ?? [];
  const own = channels.includes('ownApp');
  f.step({
    verdict: 'provider',
    question: 'How is the model made available?',
    answer: listWords(channels, CHANNEL_WORDS),
    rule: own ? 'R16' : channels.includes('downstreamSupply') ? 'R18' : 'R15',
    outcome: own
      ? 'Integrating your own model into your own AI system that is made available or put into service counts as placing the model on the market; model and system obligations apply together.'
      : 'Each of these channels is a way of first making the model available — placing it on the market if it happens in the Union. Supplying it to a company that builds it into its own AI system places the model; that company provides the system only.',
    citations: own ? [rec(97), gl('§3.1.3')] : [art('3(9)'), gl('§3.1.2'), gl('§3.1.3')],
  });
  if (own) {
    f.step({
      verdict: 'provider',
      question: 'Who supervises an AI system built on your own model?',
      answer: CHANNEL_WORDS.ownApp,
      rule: 'R82',
      outcome:
        'Since Regulation (EU) 2026/1744 the AI Office is the exclusive supervisor of AI systems based on a general-purpose AI model developed by the same provider (with listed exceptions) (E9).',
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
        question: 'Is the model made available in the EU?',
        answer: EU_AVAILABILITY_WORDS.direct,
        rule: 'R4',
        outcome: 'Placed on the Union market; the Act applies whether or not you are established in the EU.',
        citations: [art('2(1)(a)'), gl('§3.1')],
      });
      return PLACED;
    case 'viaDownstream':
      return viaDownstream(placing, f);
    case 'none':
      f.step({
        verdict: 'provider',
        question: 'Is the model made available in the EU?',
        answer: EU_AVAILABILITY_WORDS.none,
        rule: 'R20',
        outcome: 'Never made available in the Union: not placed on the Union market.',
        citations: [art('2(1)(a)'), art('3(9)')],
      });
      f.whatIf(
        'enter-eu',
        'If the model became available in the EU, directly or through AI systems used there,',
        'you would become its provider under the AI Act.',
        ['R4', 'R19', 'R20'],
      );
      return notPlaced('No: the model is not made available in the Union.');
    default:
      f.ask({
        field: 'placing.euAvailability',
        question: 'Is the model, or any AI system built on it, available to users in the EU?',
        askWhom: 'The product or sales team',
        assumption: 'Assumed it is available in the EU.',
        rules: ['R4', 'R19', 'R20'],
      });
      f.step({
        verdict: 'provider',
        question: 'Is the model made available in the EU?',
        answer: EU_AVAILABILITY_WORDS.unknown,
        rule: 'R4',
        outcome: 'Assumed placed on the Union market until this is checked.',
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
      question: 'Did you clearly and unequivocally exclude distribution and use in the EU?',
      answer: 'Yes',
      rule: 'R19',
      outcome:
        'Not the model provider for the EU: a downstream actor that nevertheless integrates the model into an AI system placed in the Union becomes the model provider.',
      citations: [gl('§3.1.3')],
    });
    return notPlaced(
      'No: you clearly excluded the EU, so a downstream actor that brings the model into the EU becomes its provider.',
    );
  }
  if (placing.euExcluded === 'unknown') {
    f.ask({
      field: 'placing.euExcluded',
      question:
        'Do your terms clearly and unequivocally exclude distribution and use of the model in the EU, including integration into systems meant for the EU?',
      askWhom: 'Legal (contract and licence terms)',
      assumption: 'Assumed the EU is not excluded, so you are the provider.',
      rules: ['R19'],
    });
  }
  f.step({
    verdict: 'provider',
    question: 'Is the model made available in the EU?',
    answer: `${EU_AVAILABILITY_WORDS.viaDownstream}; EU excluded: ${yesNo(placing.euExcluded)}`,
    rule: 'R19',
    outcome:
      'The model is deemed placed on the Union market when a downstream AI system built on it is placed there, and you remain its provider unless you clearly excluded the EU.',
    citations: [gl('§3.1.3')],
  });
  f.whatIf(
    'exclude-eu',
    'If you clearly and unequivocally excluded distribution and use in the EU,',
    'a downstream actor bringing the model into the EU would become its provider instead of you.',
    ['R19', 'E13'],
  );
  return PLACED;
}

/** R3 / E10: shared only with research partners, solely for research — outside the AI Act. */
export function soleResearchFindings(f: Findings, answer: string): void {
  f.step({
    verdict: 'provider',
    question: 'How is the model made available?',
    answer,
    rule: 'R3',
    outcome:
      'Shared only with research partners solely for scientific research: a model developed and put into service for the sole purpose of scientific research and development is outside the AI Act. Real-world testing is not covered by this exclusion.',
    citations: [art('2(6)'), art('2(8)'), rec(109)],
  });
  f.ambiguous({
    edgeCase: 'E10',
    title: 'Distribution limited to research partners',
    readingChosen: 'Outside the AI Act as sole-purpose scientific research (Art. 2(6)).',
    alternative:
      'If partners may use the model for anything beyond research, or it is tested in real-world conditions, the exclusion would not apply.',
    rules: ['R3'],
    citations: [art('2(6)')],
  });
  f.whatIf(
    'release-research-model',
    'If you released the weights or offered the model publicly,',
    'that would be placing on the market and you would become its provider (R15).',
    ['R3', 'R15'],
  );
}

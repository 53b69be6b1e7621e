/**
 * Is the user the provider of the model, and in which role? R4, R5, R14–R30, R88, R90, R91, E4, E6, E8,
 * E10–E13, E17, E23, E24, E30. One small outcome per role; placement is ./placement.ts, modification
 * ./modifier.ts. Exceptions are stated where they are taken (the name on the model, R91, before placement).
 */

import type { Answers } from '../answers';
import type { DecisiveAnswer, ProviderRole, RuleRef, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { listParam, type Text, tx } from '../text';
import { CHANNEL_WORDS, EU_AVAILABILITY_WORDS, flopWords, listWords, ROLE_WORDS, yesNo } from '../words';
import type { Findings } from './context';
import {
  actsForOriginalProvider,
  belowThresholdStep,
  modificationAboveThreshold,
  staysWithOriginalProvider,
} from './modifier';
import { assessPlacement, type Placement } from './placement';
import { commercialFactsReported, labelOverriddenByFacts, publicReleaseAboveThreshold } from './predicates';

export { soleResearchFindings } from './placement';

export interface ProviderResult {
  isProvider: boolean;
  role: ProviderRole;
  verdict: Verdict<Text>;
  /** Planned placement (R88): provider once placed. */
  planned: boolean;
}

interface RoleOutcome {
  role: ProviderRole;
  summary: Text;
  rules: RuleRef[];
  /** Badge wording when it is not the plain role label ("Probably not", "Once placed"). */
  label?: Text;
  planned?: boolean;
}

const MODEL_PROVIDER_ROLES: readonly ProviderRole[] = [
  'provider',
  'modification-provider',
  'integrator-as-model-provider',
];
const FLAGGED: RuleRef[] = ['E4', 'E8', 'E10', 'E11', 'E13', 'E17', 'E30', 'R14', 'R88', 'R90'];

export function assessProvider(
  a: Answers,
  isGPAI: boolean,
  systemicRiskCondition: boolean,
  f: Findings,
): ProviderResult {
  const outcome = roleOutcome(a, systemicRiskCondition, f);
  const isModelProvider = MODEL_PROVIDER_ROLES.includes(outcome.role);
  const isProvider = isGPAI && isModelProvider;
  const summary = isModelProvider && !isGPAI ? tx('provider.summaryNotGpai') : outcome.summary;
  return {
    isProvider,
    role: outcome.role,
    planned: outcome.planned ?? false,
    verdict: {
      key: 'provider',
      label: isProvider
        ? (outcome.label ?? providerLabel(outcome.role))
        : isModelProvider
          ? yesNo('no')
          : (outcome.label ?? yesNo('no')),
      summary,
      decisiveAnswers: decisiveAnswers(a),
      rules: outcome.rules,
      citations: [art('3(3)'), gl('§3.1')],
      ambiguous: f.flagged(...FLAGGED),
    },
  };
}

function providerLabel(role: ProviderRole): Text {
  if (role === 'modification-provider') return tx('provider.labelYesOfModification');
  if (role === 'integrator-as-model-provider') return tx('provider.labelYesAsModelProvider');
  return yesNo('yes');
}

function roleOutcome(a: Answers, sr: boolean, f: Findings): RoleOutcome {
  switch (a.role) {
    case 'host':
      return hostOutcome(f);
    case 'integrator':
      return integratorOutcome(a, f);
    case 'modifier':
      return modifierOutcome(a, sr, f);
    default:
      return builderOutcome(a, sr, f);
  }
}

function hostOutcome(f: Findings): RoleOutcome {
  f.step({
    verdict: 'provider',
    question: tx('provider.relationQuestion'),
    answer: ROLE_WORDS.host,
    rule: 'R14',
    outcome: tx('provider.hostOutcome'),
    citations: [gl('§3.1.1')],
  });
  return {
    role: 'host',
    summary: tx('provider.hostSummary'),
    rules: ['R14', 'E23'],
  };
}

// ── Builders: developer, commissioned, research, hobbyist, consortium ────────────────────────────────────

function builderOutcome(a: Answers, sr: boolean, f: Findings): RoleOutcome {
  const contractor = nameOnModelOutcome(a, f);
  if (contractor) return contractor;
  const labelled = selfDescriptionOutcome(a, f);
  if (labelled) return labelled;
  const placement = assessPlacement(a, f, sr, 'the model');
  if (!placement.placed)
    return { role: placement.notPlacedRole, summary: placement.summary, rules: ['R5', 'R15', 'R17', 'R20'] };
  if (a.role === 'research' && !labelOverriddenByFacts(a)) researchReleaseFlag(f);
  return placedBuilder(a, placement);
}

function placedBuilder(a: Answers, placement: Placement): RoleOutcome {
  if (placement.planned) {
    return {
      role: 'provider',
      label: tx('provider.labelOncePlaced'),
      planned: true,
      summary: tx('provider.plannedSummary'),
      rules: ['R2', 'R5', 'R88'],
    };
  }
  return {
    role: 'provider',
    label:
      a.role === 'consortium' && a.consortiumRole !== 'coordinator'
        ? tx('provider.labelProbably')
        : undefined,
    summary:
      a.role === 'commissioned'
        ? tx('provider.summaryCommissioned')
        : a.role === 'consortium'
          ? tx('provider.summaryConsortiumCoordinator')
          : tx('provider.summaryDeveloper'),
    rules: ['R5', 'R14', 'R15'],
  };
}

/** R91, R14: a model made available under a client's name is the client's; the developer is a contractor. */
function nameOnModelOutcome(a: Answers, f: Findings): RoleOutcome | null {
  const name = a.placing?.nameOnModel;
  if (name === 'unknown') {
    f.ask({
      field: 'placing.nameOnModel',
      question: tx('provider.nameOnModelQuestion'),
      askWhom: tx('provider.nameOnModelAskWhom'),
      assumption: tx('provider.nameOnModelAssumption'),
      rules: ['R91', 'R14'],
    });
  }
  if (name !== 'client') return null;
  f.step({
    verdict: 'provider',
    question: tx('provider.nameOnModelStepQuestion'),
    answer: tx('provider.nameOnModelClientAnswer'),
    rule: 'R91',
    outcome: tx('provider.nameOnModelClientOutcome'),
    citations: [art('3(3)'), gl('§3.1.1')],
  });
  return {
    role: 'contractor',
    summary: tx('provider.nameOnModelClientSummary'),
    rules: ['R14', 'R91'],
  };
}

/** R14, R22, E11, E30: the self-description, unless facts of commercial activity override it. */
function selfDescriptionOutcome(a: Answers, f: Findings): RoleOutcome | null {
  if ((a.role === 'hobbyist' || a.role === 'research') && labelOverriddenByFacts(a)) {
    labelOverridden(a, f);
    return null;
  }
  if (a.role === 'hobbyist') return hobbyistOutcome(a, f);
  if (a.role === 'consortium') return consortiumOutcome(a, f);
  f.step({
    verdict: 'provider',
    question: tx('provider.relationQuestion'),
    answer: ROLE_WORDS[a.role],
    rule: 'R14',
    outcome:
      a.role === 'commissioned'
        ? tx('provider.relationOutcomeCommissioned')
        : tx('provider.relationOutcomeDeveloper'),
    citations: [art('3(3)'), gl('§3.1.1')],
  });
  return null;
}

function labelOverridden(a: Answers, f: Findings): void {
  const facts: Text[] = [
    ...(a.placing?.commercial ?? []).map((c) => COMMERCIAL_WORDS[c] as Text),
    ...(publicReleaseAboveThreshold(a) ? [tx('provider.overriddenPublicRelease')] : []),
  ];
  f.step({
    verdict: 'provider',
    question: tx('provider.commercialQuestion'),
    answer: tx('provider.overriddenAnswer', {
      role: ROLE_WORDS[a.role],
      facts: listParam(facts, 'semicolon'),
    }),
    rule: 'E30',
    outcome: tx('provider.overriddenOutcome'),
    citations: [art('3(10)'), gl('§3.1.2'), rec(109)],
  });
  f.ambiguous({
    edgeCase: 'E30',
    title: tx('provider.overriddenTitle', { role: a.role === 'hobbyist' ? 'hobbyist' : 'research' }),
    readingChosen: tx('provider.overriddenReading'),
    alternative: tx('provider.overriddenAlternative'),
    rules: ['R22', 'E11'],
    citations: [art('3(10)'), gl('§3.1.2')],
  });
}

const COMMERCIAL_WORDS: Record<string, Text> = {
  price: tx('provider.commercial_price'),
  otherMonetisation: tx('provider.commercial_otherMonetisation'),
  apiOrAppBusiness: tx('provider.commercial_apiOrAppBusiness'),
  regularSupply: tx('provider.commercial_regularSupply'),
};

/** R22, E11: an individual with no fact of commercial activity — most defensibly not placing. */
function hobbyistOutcome(a: Answers, f: Findings): RoleOutcome {
  if (a.placing?.commercial === undefined) {
    f.ask({
      field: 'placing.commercial',
      question: tx('provider.hobbyistCommercialQuestion'),
      askWhom: tx('provider.hobbyistCommercialAskWhom'),
      assumption: tx('provider.hobbyistCommercialAssumption'),
      rules: ['R22', 'E30'],
    });
  }
  f.step({
    verdict: 'provider',
    question: tx('provider.relationQuestion'),
    answer: tx('provider.hobbyistAnswer', {
      role: ROLE_WORDS.hobbyist,
      reported: commercialFactsReported(a) ? 'yes' : 'no',
    }),
    rule: 'R22',
    outcome: tx('provider.hobbyistOutcome'),
    citations: [art('3(10)'), rec(109), gl('§3.1.2')],
  });
  f.ambiguous({
    edgeCase: 'E11',
    title: tx('provider.hobbyistTitle'),
    readingChosen: tx('provider.hobbyistReading'),
    alternative: tx('provider.hobbyistAlternative'),
    rules: ['R22', 'E30'],
    citations: [art('3(10)'), rec(109)],
  });
  f.whatIf('hobbyist-commercial', tx('provider.hobbyistChange'), tx('provider.hobbyistEffect'), [
    'R5',
    'R22',
    'E30',
  ]);
  return {
    role: 'not-placed',
    label: tx('provider.labelProbablyNot'),
    summary: tx('provider.hobbyistSummary'),
    rules: ['R22', 'E11'],
  };
}

/** R14: in a consortium the provider is usually the coordinator (or the consortium itself). */
function consortiumOutcome(a: Answers, f: Findings): RoleOutcome | null {
  const position = a.consortiumRole ?? 'unknown';
  if (position === 'unknown') {
    f.ask({
      field: 'consortiumRole',
      question: tx('provider.consortiumQuestion'),
      askWhom: tx('provider.consortiumAskWhom'),
      assumption: tx('provider.consortiumAssumption'),
      rules: ['R14'],
    });
  }
  f.step({
    verdict: 'provider',
    question: tx('provider.consortiumStepQuestion'),
    answer: {
      coordinator: tx('provider.consortiumAnswerCoordinator'),
      member: tx('provider.consortiumAnswerMember'),
      unknown: yesNo('unknown'),
    }[position],
    rule: 'R14',
    outcome:
      position === 'member'
        ? tx('provider.consortiumOutcomeMember')
        : tx('provider.consortiumOutcomeCoordinator'),
    citations: [gl('§3.1.1'), art('3(3)')],
  });
  f.ambiguous({
    edgeCase: 'R14',
    title: tx('provider.consortiumTitle'),
    readingChosen:
      position === 'member'
        ? tx('provider.consortiumReadingMember')
        : tx('provider.consortiumReadingCoordinator'),
    alternative: tx('provider.consortiumAlternative'),
    rules: ['R14', 'R91'],
    citations: [gl('§3.1.1')],
  });
  if (position !== 'member') return null;
  return {
    role: 'contractor',
    label: tx('provider.labelProbablyNot'),
    summary: tx('provider.consortiumMemberSummary'),
    rules: ['R14'],
  };
}

function researchReleaseFlag(f: Findings): void {
  f.ambiguous({
    edgeCase: 'E10',
    title: tx('provider.researchReleaseTitle'),
    readingChosen: tx('provider.researchReleaseReading'),
    alternative: tx('provider.researchReleaseAlternative'),
    rules: ['R3', 'R15'],
    citations: [art('2(6)'), gl('§3.1.2')],
  });
}

// ── Modifiers ──────────────────────────────────────────────────────────────────────────────────────────

function modifierOutcome(a: Answers, sr: boolean, f: Findings): RoleOutcome {
  if (actsForOriginalProvider(a, f)) {
    return {
      role: 'contractor',
      summary: tx('provider.summaryOnBehalfOfOriginal'),
      rules: ['R13', 'R91'],
    };
  }
  if (staysWithOriginalProvider(a, f)) {
    return {
      role: 'downstream-system-provider',
      label: tx('provider.labelProbablyNot'),
      summary: tx('provider.summaryStaysWithOriginal'),
      rules: ['R27', 'E17'],
    };
  }
  const above = modificationAboveThreshold(a, f);
  if (above === false) {
    belowThresholdStep(a, f);
    return {
      role: 'downstream-system-provider',
      summary: tx('provider.summaryBelowThreshold'),
      rules: ['R23', 'R24', 'R30'],
    };
  }
  // R91: whose name the modified model carries matters only for a modification that could make the user its
  // provider — after the compute test, as the questionnaire asks it (a below-threshold modifier is never one).
  const client = nameOnModelOutcome(a, f);
  if (client) return client;
  const placement = assessPlacement(a, f, sr, 'the modified model');
  if (!placement.placed)
    return { role: placement.notPlacedRole, summary: placement.summary, rules: ['R23', 'R24', 'R20'] };
  if (above === 'unknown') {
    return {
      role: 'modification-provider',
      label: tx('provider.labelProbablyOfModification'),
      planned: placement.planned,
      summary: tx('provider.summaryModificationUnknown'),
      rules: ['R23', 'R24', 'R28', 'R90'],
    };
  }
  return {
    role: 'modification-provider',
    label: placement.planned ? tx('provider.labelOncePlacedOfModification') : undefined,
    planned: placement.planned,
    summary: tx('provider.summaryModificationProvider'),
    rules: ['R23', 'R24', 'R28'],
  };
}

// ── Integrators (R19, R21, E13, E24) ─────────────────────────────────────────────────────────────────────

function integratorOutcome(a: Answers, f: Findings): RoleOutcome {
  const i = a.integration;
  if (i && i.systemInEu !== 'no' && i.upstreamExcludedEu === 'yes') return integratorAsModelProvider(i, f);
  if (i?.upstreamExcludedEu === 'unknown' && i.systemInEu !== 'no') {
    f.ask({
      field: 'integration.upstreamExcludedEu',
      question: tx('provider.upstreamExcludedQuestion'),
      askWhom: tx('provider.upstreamExcludedAskWhom'),
      assumption: tx('provider.upstreamExcludedAssumption'),
      rules: ['R19'],
    });
  }
  f.step({
    verdict: 'provider',
    question: tx('provider.relationQuestion'),
    answer: ROLE_WORDS.integrator,
    rule: 'R21',
    outcome: tx('provider.integratorOutcome'),
    citations: [art('3(68)'), gl('§3.1.3')],
  });
  f.whatIf(
    'integrator-modifies',
    tx('provider.integratorModifiesChange'),
    tx('provider.integratorModifiesEffect'),
    ['R23', 'R24'],
  );
  f.whatIf(
    'integrator-eu-excluded',
    tx('provider.integratorEuExcludedChange'),
    tx('provider.integratorEuExcludedEffect'),
    ['R19', 'E13'],
  );
  return {
    role: 'downstream-system-provider',
    summary: tx('provider.integratorSummary'),
    rules: ['R21', 'E24'],
  };
}

function integratorAsModelProvider(i: NonNullable<Answers['integration']>, f: Findings): RoleOutcome {
  f.step({
    verdict: 'provider',
    question: tx('provider.integratorAsProviderQuestion'),
    answer: tx('provider.integratorAsProviderAnswer', { systemInEu: yesNo(i.systemInEu) }),
    rule: 'R19',
    outcome: tx('provider.integratorAsProviderOutcome'),
    citations: [gl('§3.1.3')],
  });
  f.ambiguous({
    edgeCase: 'E13',
    title: tx('provider.integratorAsProviderTitle'),
    readingChosen: tx('provider.integratorAsProviderReading'),
    alternative: tx('provider.integratorAsProviderAlternative'),
    rules: ['R19'],
    citations: [gl('§3.1.3')],
  });
  if (i.systemInEu === 'unknown') {
    f.ask({
      field: 'integration.systemInEu',
      question: tx('provider.systemInEuQuestion'),
      askWhom: tx('provider.systemInEuAskWhom'),
      assumption: tx('provider.systemInEuAssumption'),
      rules: ['R19'],
    });
  }
  return {
    role: 'integrator-as-model-provider',
    summary: tx('provider.integratorAsProviderSummary'),
    rules: ['R19', 'E13'],
  };
}

function decisiveAnswers(a: Answers): DecisiveAnswer<Text>[] {
  const out: DecisiveAnswer<Text>[] = [
    { field: 'role', label: tx('provider.decisiveRole'), value: ROLE_WORDS[a.role] },
  ];
  if (a.placing) {
    out.push(
      {
        field: 'placing.channels',
        label: tx('provider.decisiveChannels'),
        value: listWords(a.placing.channels, CHANNEL_WORDS),
      },
      {
        field: 'placing.euAvailability',
        label: tx('provider.decisiveEuAvailability'),
        value: EU_AVAILABILITY_WORDS[a.placing.euAvailability],
      },
    );
  }
  const i = a.integration;
  if (a.role === 'integrator' && i) {
    out.push(
      {
        field: 'integration.systemInEu',
        label: tx('provider.decisiveSystemInEu'),
        value: yesNo(i.systemInEu),
      },
      {
        field: 'integration.upstreamExcludedEu',
        label: tx('provider.decisiveUpstreamExcludedEu'),
        value: yesNo(i.upstreamExcludedEu),
      },
    );
  }
  const m = a.modification;
  if (a.role === 'modifier' && m) {
    out.push(
      {
        field: 'modification.modificationFlop',
        label: tx('provider.decisiveModificationFlop'),
        value: flopWords(m.modificationFlop),
      },
      {
        field: 'modification.originalComputeFlop',
        label: tx('provider.decisiveOriginalComputeFlop'),
        value: flopWords(m.originalComputeFlop),
      },
    );
  }
  return out;
}

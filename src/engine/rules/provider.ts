/**
 * Is the user the provider of the model, and in which role? R4, R5, R14–R30, R88, R90, R91, E4, E6, E8,
 * E10–E13, E17, E23, E24, E30. One small outcome per role; placement is ./placement.ts, modification
 * ./modifier.ts. Exceptions are stated where they are taken (the name on the model, R91, before placement).
 */

import type { Answers } from '../answers';
import { WORDS } from '../law/words';
import type { DecisiveAnswer, ProviderRole, RuleRef, Verdict } from '../report';
import { art, gl, rec } from '../sources';
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
  verdict: Verdict;
  /** Planned placement (R88): provider once placed. */
  planned: boolean;
}

interface RoleOutcome {
  role: ProviderRole;
  summary: string;
  rules: RuleRef[];
  /** Badge wording when it is not the plain role label ("Probably not", "Once placed"). */
  label?: string;
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
  const summary =
    isModelProvider && !isGPAI
      ? 'Not of a general-purpose AI model: the model is not a GPAI model, so Chapter V does not apply to it.'
      : outcome.summary;
  return {
    isProvider,
    role: outcome.role,
    planned: outcome.planned ?? false,
    verdict: {
      key: 'provider',
      label: isProvider
        ? (outcome.label ?? providerLabel(outcome.role))
        : isModelProvider
          ? 'No'
          : (outcome.label ?? 'No'),
      summary,
      decisiveAnswers: decisiveAnswers(a),
      rules: outcome.rules,
      citations: [art('3(3)'), gl('§3.1')],
      ambiguous: f.flagged(...FLAGGED),
    },
  };
}

function providerLabel(role: ProviderRole): string {
  if (role === 'modification-provider') return 'Yes — of the modification';
  if (role === 'integrator-as-model-provider') return 'Yes — as model provider';
  return 'Yes';
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
    question: 'What is your relation to the model?',
    answer: ROLE_WORDS.host,
    rule: 'R14',
    outcome:
      'A platform that only hosts models uploaded by others is not their provider; the uploader is (E23).',
    citations: [gl('§3.1.1')],
  });
  return {
    role: 'host',
    summary: 'No: hosting others’ models does not make you their provider — the uploader is.',
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
      label: 'Once placed',
      planned: true,
      summary: `Not yet, but you will be once you place it on the EU market; above ${WORDS.systemicRiskThreshold} the Art. 52(1) notification is owed already.`,
      rules: ['R2', 'R5', 'R88'],
    };
  }
  return {
    role: 'provider',
    label: a.role === 'consortium' && a.consortiumRole !== 'coordinator' ? 'Probably' : undefined,
    summary:
      a.role === 'commissioned'
        ? 'Yes: you had the model developed and place it on the Union market under your name.'
        : a.role === 'consortium'
          ? 'Yes, most likely: as the consortium’s coordinator you are treated as the provider of the model it places.'
          : 'Yes: you developed the model and place it on the Union market.',
    rules: ['R5', 'R14', 'R15'],
  };
}

/** R91, R14: a model made available under a client's name is the client's; the developer is a contractor. */
function nameOnModelOutcome(a: Answers, f: Findings): RoleOutcome | null {
  const name = a.placing?.nameOnModel;
  if (name === 'unknown') {
    f.ask({
      field: 'placing.nameOnModel',
      question: 'Under whose name or trademark is the model made available: yours, or a client’s?',
      askWhom: 'Legal or the product team',
      assumption: 'Assumed your own name.',
      rules: ['R91', 'R14'],
    });
  }
  if (name !== 'client') return null;
  f.step({
    verdict: 'provider',
    question: 'Under whose name or trademark is the model made available?',
    answer: 'A client’s: we develop it for them',
    rule: 'R91',
    outcome:
      'The provider is whoever places the model under its own name or trademark (Art. 3(3)): the client that had it developed is the provider, not you.',
    citations: [art('3(3)'), gl('§3.1.1')],
  });
  return {
    role: 'contractor',
    summary:
      'No: you develop the model for a client that places it under its own name, so the client is the provider.',
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
    question: 'What is your relation to the model?',
    answer: ROLE_WORDS[a.role],
    rule: 'R14',
    outcome:
      a.role === 'commissioned'
        ? 'Whoever has a model developed and places it under its own name is its provider, even if someone else trained it.'
        : 'Whoever develops a model and places it on the market under its own name, paid or free, is its provider.',
    citations: [art('3(3)'), gl('§3.1.1')],
  });
  return null;
}

function labelOverridden(a: Answers, f: Findings): void {
  const facts = [
    ...(a.placing?.commercial ?? []).map((c) => COMMERCIAL_WORDS[c]),
    ...(publicReleaseAboveThreshold(a)
      ? [`a public release of a model above ${WORDS.systemicRiskThreshold}`]
      : []),
  ];
  f.step({
    verdict: 'provider',
    question: 'Is the model made available in the course of a commercial activity?',
    answer: `${ROLE_WORDS[a.role]} — but: ${facts.join('; ')}`,
    rule: 'E30',
    outcome: `The facts decide, not the description chosen: a price or other monetisation, an API or app run as a business, regular supply or a public release above ${WORDS.systemicRiskThreshold} make the supply “making available”. Assessed as a provider that places the model on the market.`,
    citations: [art('3(10)'), gl('§3.1.2'), rec(109)],
  });
  f.ambiguous({
    edgeCase: 'E30',
    title: `“${a.role === 'hobbyist' ? 'Individual' : 'Research lab'}” overridden by facts of commercial activity`,
    readingChosen:
      'Assessed as making the model available in the course of a commercial activity (Art. 3(10)).',
    alternative:
      'Whether a given activity is commercial is judged case by case under the Blue Guide; occasional, non-professional supply would not be.',
    rules: ['R22', 'E11'],
    citations: [art('3(10)'), gl('§3.1.2')],
  });
}

const COMMERCIAL_WORDS: Record<string, string> = {
  price: 'a price, subscription or licence fee',
  otherMonetisation: 'other monetisation (advertising, paid tiers or support tied to access)',
  apiOrAppBusiness: 'an API or app offered as a business',
  regularSupply: 'regular supply to others',
};

/** R22, E11: an individual with no fact of commercial activity — most defensibly not placing. */
function hobbyistOutcome(a: Answers, f: Findings): RoleOutcome {
  if (a.placing?.commercial === undefined) {
    f.ask({
      field: 'placing.commercial',
      question:
        'Do you charge for the model, monetise it otherwise (ads, paid tiers), run an API or app with it as a business, or supply it regularly?',
      askWhom: 'You',
      assumption: 'Assumed none of these.',
      rules: ['R22', 'E30'],
    });
  }
  f.step({
    verdict: 'provider',
    question: 'What is your relation to the model?',
    answer: `${ROLE_WORDS.hobbyist}; facts of commercial activity: ${commercialFactsReported(a) ? 'yes' : 'none reported'}`,
    rule: 'R22',
    outcome:
      'Making available requires a commercial activity; occasional supply by an individual with no price, monetisation, business or regular supply is most defensibly not placing on the market.',
    citations: [art('3(10)'), rec(109), gl('§3.1.2')],
  });
  f.ambiguous({
    edgeCase: 'E11',
    title: 'Release by an individual',
    readingChosen: 'Not placing on the market, because no fact of commercial activity was reported.',
    alternative:
      'The guidelines do not address individuals; the Blue Guide’s notion of commercial activity is case-by-case. A price, monetisation, a business or regular supply would make you the provider (E30).',
    rules: ['R22', 'E30'],
    citations: [art('3(10)'), rec(109)],
  });
  f.whatIf(
    'hobbyist-commercial',
    'If you charged for the model, monetised it, ran it as a business or supplied it regularly,',
    'you would become its provider.',
    ['R5', 'R22', 'E30'],
  );
  return {
    role: 'not-placed',
    label: 'Probably not',
    summary:
      'Probably not: a release by an individual with no fact of commercial activity is most defensibly not placing on the market.',
    rules: ['R22', 'E11'],
  };
}

/** R14: in a consortium the provider is usually the coordinator (or the consortium itself). */
function consortiumOutcome(a: Answers, f: Findings): RoleOutcome | null {
  const position = a.consortiumRole ?? 'unknown';
  if (position === 'unknown') {
    f.ask({
      field: 'consortiumRole',
      question: 'Does your organisation coordinate the consortium that develops the model?',
      askWhom: 'The consortium agreement or project lead',
      assumption: 'Assumed you coordinate it, so you are treated as the provider.',
      rules: ['R14'],
    });
  }
  f.step({
    verdict: 'provider',
    question: 'What is your role in the consortium?',
    answer: { coordinator: 'Coordinator', member: 'Member, not the coordinator', unknown: "I don't know" }[
      position
    ],
    rule: 'R14',
    outcome:
      position === 'member'
        ? 'In a consortium the provider is usually the coordinator, or the consortium itself: a member that does not coordinate is most likely not the provider.'
        : 'In a consortium the provider is usually the coordinator (or the consortium itself): treated as the provider.',
    citations: [gl('§3.1.1'), art('3(3)')],
  });
  f.ambiguous({
    edgeCase: 'R14',
    title: 'Model developed by a consortium',
    readingChosen:
      position === 'member'
        ? 'The coordinator, not you, is the provider.'
        : 'You, as coordinator, are the provider.',
    alternative:
      'The guidelines decide consortia case by case: the consortium itself, or whoever places the model under its name, may be the provider.',
    rules: ['R14', 'R91'],
    citations: [gl('§3.1.1')],
  });
  if (position !== 'member') return null;
  return {
    role: 'contractor',
    label: 'Probably not',
    summary:
      'Probably not: in a consortium the coordinator (or the consortium itself) is usually the provider.',
    rules: ['R14'],
  };
}

function researchReleaseFlag(f: Findings): void {
  f.ambiguous({
    edgeCase: 'E10',
    title: 'Research lab making its model available',
    readingChosen:
      'Making the model available (e.g. releasing weights for anyone’s use) is placing on the market, and it is not “put into service for the sole purpose of scientific research”.',
    alternative:
      'If access were limited to research partners solely for research, the Art. 2(6) exclusion could apply.',
    rules: ['R3', 'R15'],
    citations: [art('2(6)'), gl('§3.1.2')],
  });
}

// ── Modifiers ──────────────────────────────────────────────────────────────────────────────────────────

function modifierOutcome(a: Answers, sr: boolean, f: Findings): RoleOutcome {
  if (actsForOriginalProvider(a, f)) {
    return {
      role: 'contractor',
      summary: 'No: you modify the model on behalf of its original provider, which remains its provider.',
      rules: ['R13', 'R91'],
    };
  }
  if (staysWithOriginalProvider(a, f)) {
    return {
      role: 'downstream-system-provider',
      label: 'Probably not',
      summary:
        'Probably not: the fine-tuned model stays with the original provider under its name, so that provider is the likelier modifier.',
      rules: ['R27', 'E17'],
    };
  }
  const above = modificationAboveThreshold(a, f);
  if (above === false) {
    belowThresholdStep(a, f);
    return {
      role: 'downstream-system-provider',
      summary:
        'No: your modification is below one third of the original model’s training compute, so the original provider remains the provider.',
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
      label: 'Probably — of the modification',
      planned: placement.planned,
      summary:
        'Probably, as provider of the modified model: your modification compute is unknown, and it is not assumed in your favour (R90). Estimate it to settle this.',
      rules: ['R23', 'R24', 'R28', 'R90'],
    };
  }
  return {
    role: 'modification-provider',
    label: placement.planned ? 'Once placed — of the modification' : undefined,
    planned: placement.planned,
    summary:
      'Yes — as provider of the modified model: your modification used more than one third of the original’s compute. Your Art. 53 duties cover the modification only.',
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
      question:
        'Do the model provider’s terms clearly and unequivocally exclude distribution and use in the EU?',
      askWhom: 'Legal (the model provider’s licence or terms of service)',
      assumption: 'Assumed not, so the upstream provider remains the model provider.',
      rules: ['R19'],
    });
  }
  f.step({
    verdict: 'provider',
    question: 'What is your relation to the model?',
    answer: ROLE_WORDS.integrator,
    rule: 'R21',
    outcome:
      'Calling a third-party model through an API or using its unmodified weights makes you a downstream provider of an AI system, not the provider of the model (E24).',
    citations: [art('3(68)'), gl('§3.1.3')],
  });
  f.whatIf(
    'integrator-modifies',
    'If you fine-tuned or otherwise modified the model with more than one third of its training compute,',
    'you would become the provider of the modified model.',
    ['R23', 'R24'],
  );
  f.whatIf(
    'integrator-eu-excluded',
    'If the model’s provider had clearly excluded the EU and you placed your system in the EU,',
    'you would become the provider of the model itself.',
    ['R19', 'E13'],
  );
  return {
    role: 'downstream-system-provider',
    summary:
      'No: you build on a third-party model, so you are a downstream provider of an AI system, not the model’s provider.',
    rules: ['R21', 'E24'],
  };
}

function integratorAsModelProvider(i: NonNullable<Answers['integration']>, f: Findings): RoleOutcome {
  f.step({
    verdict: 'provider',
    question: 'Did the upstream provider clearly exclude the EU, while your AI system is placed in the EU?',
    answer: `EU excluded upstream: Yes; system in the EU: ${yesNo(i.systemInEu)}`,
    rule: 'R19',
    outcome:
      'You become the provider of the model itself, because you brought a model whose provider clearly excluded the EU into an AI system placed on the Union market.',
    citations: [gl('§3.1.3')],
  });
  f.ambiguous({
    edgeCase: 'E13',
    title: 'Downstream integrator of a model whose provider excluded the EU',
    readingChosen:
      'You are the model provider, with all Art. 53 obligations, although you did not train the model.',
    alternative:
      'How you can produce documentation you do not possess is unclear; the guidelines do not say. Seek the information from the upstream provider by contract.',
    rules: ['R19'],
    citations: [gl('§3.1.3')],
  });
  if (i.systemInEu === 'unknown') {
    f.ask({
      field: 'integration.systemInEu',
      question: 'Is your AI system placed on the market or put into service in the EU?',
      askWhom: 'The product team',
      assumption: 'Assumed yes.',
      rules: ['R19'],
    });
  }
  return {
    role: 'integrator-as-model-provider',
    summary:
      'Yes — as the model’s provider: its original provider clearly excluded the EU and you placed an AI system built on it in the EU.',
    rules: ['R19', 'E13'],
  };
}

function decisiveAnswers(a: Answers): DecisiveAnswer[] {
  const out: DecisiveAnswer[] = [
    { field: 'role', label: 'Your relation to the model', value: ROLE_WORDS[a.role] },
  ];
  if (a.placing) {
    out.push(
      {
        field: 'placing.channels',
        label: 'How it is made available',
        value: listWords(a.placing.channels, CHANNEL_WORDS),
      },
      {
        field: 'placing.euAvailability',
        label: 'Available in the EU',
        value: EU_AVAILABILITY_WORDS[a.placing.euAvailability],
      },
    );
  }
  const i = a.integration;
  if (a.role === 'integrator' && i) {
    out.push(
      {
        field: 'integration.systemInEu',
        label: 'Your AI system is used in the EU',
        value: yesNo(i.systemInEu),
      },
      {
        field: 'integration.upstreamExcludedEu',
        label: 'The model provider clearly excluded the EU',
        value: yesNo(i.upstreamExcludedEu),
      },
    );
  }
  const m = a.modification;
  if (a.role === 'modifier' && m) {
    out.push(
      {
        field: 'modification.modificationFlop',
        label: 'Modification compute',
        value: flopWords(m.modificationFlop),
      },
      {
        field: 'modification.originalComputeFlop',
        label: 'Original model’s training compute',
        value: flopWords(m.originalComputeFlop),
      },
    );
  }
  return out;
}

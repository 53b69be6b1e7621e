/**
 * Is the user the provider of the model, and in which role? R4, R5, R14–R30, E4, E6, E8, E10–E13, E17, E23, E24.
 */
import type { Answers } from '../answers';
import {
  exceedsFallbackOneThird,
  exceedsOneThird,
  formatFlop,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../compute';
import { formatDate } from '../dates';
import type { DecisiveAnswer, ProviderRole, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { CHANNEL_WORDS, EU_AVAILABILITY_WORDS, flopWords, listWords, ROLE_WORDS, yesNo } from '../words';
import type { Findings } from './context';
import { hasPlacingChannel, placingDate } from './facts';

export interface ProviderResult {
  isProvider: boolean;
  role: ProviderRole;
  verdict: Verdict;
}

const MODEL_PROVIDER_ROLES: readonly ProviderRole[] = [
  'provider',
  'modification-provider',
  'integrator-as-model-provider',
];

interface Placement {
  placed: boolean;
  /** Why not, as a role, when not placed. */
  notPlacedRole: ProviderRole;
  summary: string;
}

/** R15–R20, E8: is the model (or the modified model) placed on the Union market by the user? */
function assessPlacement(a: Answers, f: Findings, systemicRiskCondition: boolean, who: string): Placement {
  const placing = a.placing;
  const channels = placing?.channels ?? [];
  const channelWords = listWords(channels, CHANNEL_WORDS);
  if (!placing) {
    f.ask({
      field: 'placing.channels',
      question: `How is ${who} made available: API, download, package, app, cloud, internal use?`,
      askWhom: 'The product or go-to-market team',
      assumption: 'Assumed it is placed on the Union market.',
      rules: ['R15'],
    });
    return { placed: true, notPlacedRole: 'not-placed', summary: '' };
  }

  const plannedDate = placingDate(a) ?? undefined;
  const planned = channels.includes('notYet') && plannedDate !== undefined && plannedDate !== 'unknown';
  if (planned && !hasPlacingChannel(a)) {
    f.step({
      verdict: 'provider',
      question: 'How is the model made available?',
      answer: `Not yet; placement planned for ${formatDate(plannedDate)}`,
      rule: 'R67',
      outcome:
        'Evaluated as the planned placement: the obligations apply from that date. Until then the model is not placed (R2), but a systemic-risk notification can be due before training ends (R35).',
      citations: [art('3(9)'), rec(112), gl('§5.3')],
    });
  }
  if (!hasPlacingChannel(a) && !planned) {
    if (channels.includes('internalOnly') && systemicRiskCondition) {
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
        title: 'Model with systemic risk used only internally',
        readingChosen:
          'You are treated as its provider: recital 97 says models with systemic risk should always be subject to the obligations.',
        alternative:
          'The operative definitions require placing on the market; on a strict reading, purely internal use of any model triggers no model obligations.',
        rules: ['R16', 'R17'],
        citations: [rec(97), gl('§3.1.2')],
      });
      return { placed: true, notPlacedRole: 'not-placed', summary: '' };
    }
    if (channels.includes('researchPartners') && !channels.includes('internalOnly')) {
      soleResearchFindings(f, channelWords);
      return {
        placed: false,
        notPlacedRole: 'out-of-scope',
        summary: 'No: a model shared only for scientific research is outside the AI Act.',
      };
    }
    f.step({
      verdict: 'provider',
      question: 'How is the model made available?',
      answer: channelWords,
      rule: 'R17',
      outcome:
        'Used only for purely internal processes that are not essential to a product or service for others and do not affect people’s rights: not placed on the market, so the model obligations do not apply.',
      citations: [rec(97), gl('§3.1.2')],
    });
    f.whatIf(
      'internal-essential',
      'If the internal use became essential to a product or service for third parties, or affected people’s rights in the EU,',
      'that would count as placing on the market and you would become the provider.',
      ['R15', 'R17'],
    );
    return {
      placed: false,
      notPlacedRole: 'not-placed',
      summary: 'No: purely internal use is not placing on the market.',
    };
  }

  const channelRule = channels.includes('ownApp') ? 'R16' : 'R15';
  if (!planned)
    f.step({
      verdict: 'provider',
      question: 'How is the model made available?',
      answer: channelWords,
      rule: channelRule,
      outcome:
        channelRule === 'R16'
          ? 'Integrating your own model into your own AI system that is made available or put into service counts as placing the model on the market; model and system obligations apply together.'
          : 'Each of these channels is a way of first making the model available — placing it on the market if it happens in the Union.',
      citations: channelRule === 'R16' ? [rec(97), gl('§3.1.3')] : [art('3(9)'), gl('§3.1.2')],
    });
  if (channels.includes('ownApp')) {
    f.step({
      verdict: 'provider',
      question: 'Who supervises an AI system built on your own model?',
      answer: CHANNEL_WORDS.ownApp,
      rule: 'R82',
      outcome:
        'Since Regulation (EU) 2026/1744 the AI Office is the exclusive supervisor of AI systems based on a general-purpose AI model developed by the same provider (with listed exceptions) (E9).',
      citations: [art('75(1)')],
    });
    f.step({
      verdict: 'dates',
      question: 'Does your own generative AI system have a transparency deadline of its own?',
      answer: CHANNEL_WORDS.ownApp,
      rule: 'R83',
      outcome:
        'System-level duty, not a model obligation: generative AI systems must mark their outputs as AI-generated in a machine-readable way (Art. 50(2)); systems placed before 2 August 2026 have until 2 December 2026.',
      citations: [art('50(2)'), art('111(4)')],
    });
  }

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
      return { placed: true, notPlacedRole: 'not-placed', summary: '' };
    case 'viaDownstream':
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
        return {
          placed: false,
          notPlacedRole: 'not-placed',
          summary:
            'No: you clearly excluded the EU, so a downstream actor that brings the model into the EU becomes its provider.',
        };
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
      return { placed: true, notPlacedRole: 'not-placed', summary: '' };
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
      return {
        placed: false,
        notPlacedRole: 'not-placed',
        summary: 'No: the model is not made available in the Union.',
      };
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
      return { placed: true, notPlacedRole: 'not-placed', summary: '' };
  }
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

/** R23–R27, R30, E4, E6, E17: does the modification make the user the provider of the modified model? */
function modificationAboveThreshold(a: Answers, f: Findings): boolean | 'unknown' {
  const m = a.modification;
  if (!m) {
    f.ask({
      field: 'modification.modificationFlop',
      question: 'How much compute did your modification (fine-tuning, further training) use?',
      askWhom: 'The ML team that ran the fine-tune',
      assumption: 'Assumed below one third of the original model’s compute.',
      rules: ['R24'],
    });
    return 'unknown';
  }
  if (m.modificationFlop === 'unknown') {
    f.ask({
      field: 'modification.modificationFlop',
      question: 'How much compute did your modification (fine-tuning, further training) use, in FLOP?',
      askWhom: 'The ML team that ran the fine-tune',
      assumption: 'Assumed below one third of the original model’s compute, so you are not the provider.',
      rules: ['R24'],
    });
    f.warn(
      'modification-compute-unknown',
      'Your modification compute is unknown: the result assumes it is below one third of the original model’s compute. Estimate it before relying on this.',
      ['R24', 'R43'],
    );
    return 'unknown';
  }
  const mod = m.modificationFlop;
  if (typeof m.originalComputeFlop === 'number') {
    const above = exceedsOneThird(mod, m.originalComputeFlop);
    const third = m.originalComputeFlop / 3;
    f.step({
      verdict: 'provider',
      question: 'Did the modification use more than one third of the original model’s training compute?',
      answer: `Modification ${formatFlop(mod)}; original ${formatFlop(m.originalComputeFlop)} (one third: ${formatFlop(third)})`,
      rule: 'R24',
      outcome: above
        ? 'Yes: a significant modification, so you become the provider of the modified model.'
        : 'No: not more than one third (exactly one third does not meet "greater than"), so you are not the provider.',
      citations: [gl('¶60'), gl('¶57')],
    });
    f.whatIf(
      'one-third',
      above
        ? `With at most ${formatFlop(third)} of modification compute (one third of the original),`
        : `With more than ${formatFlop(third)} of modification compute (one third of the original),`,
      above
        ? 'you would not become the provider of the modified model.'
        : 'you would become the provider of the modified model.',
      ['R24', 'R30'],
    );
    return above;
  }
  // R25 fallback; E4: when it is unknown whether the original is GPAI-SR, the lower fallback is conservative.
  const originalSR = m.originalSystemicRisk === 'yes';
  const base = originalSR ? SYSTEMIC_RISK_THRESHOLD_FLOP : GPAI_THRESHOLD_FLOP;
  const above = exceedsFallbackOneThird(mod, originalSR);
  if (m.originalSystemicRisk === 'unknown') {
    f.ambiguous({
      edgeCase: 'E4',
      title: 'Original compute unknown and systemic-risk status of the original unknown',
      readingChosen:
        'The lower fallback applies: more than one third of 10^23 FLOP (about 3.3 × 10^22) makes you the provider.',
      alternative:
        'If the original model has systemic risk, the higher fallback of one third of 10^25 FLOP (about 3.3 × 10^24) applies.',
      rules: ['R25'],
      citations: [gl('¶61')],
    });
    f.ask({
      field: 'modification.originalSystemicRisk',
      question:
        'Is the original model a general-purpose AI model with systemic risk (on the Commission’s list, or above 10^25 FLOP)?',
      askWhom: 'The original model provider, or the Commission’s published list (Art. 52(6))',
      assumption: 'Assumed not, so the lower fallback threshold (3.3 × 10^22 FLOP) applies.',
      rules: ['R25', 'R40'],
    });
  }
  f.step({
    verdict: 'provider',
    question: 'The original compute is unknown: does the modification exceed the fallback threshold?',
    answer: `Modification ${formatFlop(mod)}; original has systemic risk: ${yesNo(m.originalSystemicRisk)}`,
    rule: 'R25',
    outcome: `${above ? 'Yes' : 'No'}: the fallback is one third of ${formatFlop(base)} (about ${formatFlop(base / 3, { digits: 3 })}).`,
    citations: [gl('¶61')],
  });
  f.whatIf(
    'fallback-third',
    above
      ? `With at most ${formatFlop(base / 3)} of modification compute,`
      : `With more than ${formatFlop(base / 3)} of modification compute,`,
    above
      ? 'you would not become the provider of the modified model.'
      : 'you would become the provider of the modified model.',
    ['R25'],
  );
  return above;
}

function modelProviderVerdict(summary: string, decisive: DecisiveAnswer[], f: Findings) {
  const verdict: Verdict = {
    key: 'provider',
    label: '',
    summary,
    decisiveAnswers: decisive,
    rules: [],
    citations: [art('3(3)'), gl('§3.1')],
    ambiguous: f.flagged('E8', 'E10', 'E11', 'E13', 'E17', 'E4'),
  };
  return verdict;
}

export function assessProvider(
  a: Answers,
  isGPAI: boolean,
  systemicRiskCondition: boolean,
  f: Findings,
): ProviderResult {
  const decisive: DecisiveAnswer[] = [
    { field: 'role', label: 'Your relation to the model', value: ROLE_WORDS[a.role] },
  ];
  if (a.placing) {
    decisive.push({
      field: 'placing.channels',
      label: 'How it is made available',
      value: listWords(a.placing.channels, CHANNEL_WORDS),
    });
    decisive.push({
      field: 'placing.euAvailability',
      label: 'Available in the EU',
      value: EU_AVAILABILITY_WORDS[a.placing.euAvailability],
    });
  }
  let role: ProviderRole;
  let summary: string;
  let rules: Verdict['rules'];

  switch (a.role) {
    case 'host':
      f.step({
        verdict: 'provider',
        question: 'What is your relation to the model?',
        answer: ROLE_WORDS.host,
        rule: 'R14',
        outcome:
          'A platform that only hosts models uploaded by others is not their provider; the uploader is (E23).',
        citations: [gl('§3.1.1')],
      });
      role = 'host';
      summary = 'No: hosting others’ models does not make you their provider — the uploader is.';
      rules = ['R14', 'E23'];
      break;
    case 'integrator': {
      const i = a.integration;
      if (i) {
        decisive.push({
          field: 'integration.systemInEu',
          label: 'Your AI system is used in the EU',
          value: yesNo(i.systemInEu),
        });
        decisive.push({
          field: 'integration.upstreamExcludedEu',
          label: 'The model provider clearly excluded the EU',
          value: yesNo(i.upstreamExcludedEu),
        });
      }
      if (i && i.systemInEu !== 'no' && i.upstreamExcludedEu === 'yes') {
        f.step({
          verdict: 'provider',
          question:
            'Did the upstream provider clearly exclude the EU, while your AI system is placed in the EU?',
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
        role = 'integrator-as-model-provider';
        summary =
          'Yes — as the model’s provider: its original provider clearly excluded the EU and you placed an AI system built on it in the EU.';
        rules = ['R19', 'E13'];
        break;
      }
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
      role = 'downstream-system-provider';
      summary =
        'No: you build on a third-party model, so you are a downstream provider of an AI system, not the model’s provider.';
      rules = ['R21', 'E24'];
      break;
    }
    case 'hobbyist': {
      f.step({
        verdict: 'provider',
        question: 'What is your relation to the model?',
        answer: ROLE_WORDS.hobbyist,
        rule: 'R22',
        outcome:
          'Making available requires a commercial activity; occasional non-professional supply by a private individual is most defensibly not placing on the market.',
        citations: [art('3(10)'), rec(109), gl('§3.1.2')],
      });
      f.ambiguous({
        edgeCase: 'E11',
        title: 'Private hobbyist release',
        readingChosen: 'Not placing on the market, because there is no commercial activity.',
        alternative:
          'The guidelines do not address hobbyists; the Blue Guide’s notion of commercial activity is case-by-case. Regular supply, donations tied to access, or a business context would make you the provider.',
        rules: ['R22'],
        citations: [art('3(10)'), rec(109)],
      });
      f.whatIf(
        'hobbyist-commercial',
        'If you supplied the model in the course of a commercial activity (for a fee, regularly, or for a business),',
        'you would become its provider.',
        ['R5', 'R22'],
      );
      role = 'not-placed';
      summary =
        'Probably not: a private, non-commercial release is most defensibly not placing on the market.';
      rules = ['R22', 'E11'];
      break;
    }
    case 'modifier': {
      const m = a.modification;
      if (m) {
        decisive.push({
          field: 'modification.modificationFlop',
          label: 'Modification compute',
          value: flopWords(m.modificationFlop),
        });
        decisive.push({
          field: 'modification.originalComputeFlop',
          label: 'Original model’s training compute',
          value: flopWords(m.originalComputeFlop),
        });
      }
      if (m?.viaOriginalProviderPlatform === 'yes') {
        f.step({
          verdict: 'provider',
          question:
            'Was the model fine-tuned through the original provider’s platform, the result staying there under its name?',
          answer: 'Yes',
          rule: 'R27',
          outcome:
            'Control over the weights matters: when the fine-tuned model stays on the original provider’s platform under its name, that provider is the likelier “modifier”.',
          citations: [gl('§3.2')],
        });
        f.ambiguous({
          edgeCase: 'E17',
          title: 'Fine-tuning through the original provider’s API',
          readingChosen:
            'The original provider, which controls the weights, is treated as the modifier; you are not.',
          alternative:
            'If you commissioned a large fine-tune and place the result under your own name, Art. 3(3) (“has developed”) points to you.',
          rules: ['R27'],
          citations: [gl('§3.2')],
        });
        role = 'downstream-system-provider';
        summary =
          'Probably not: the fine-tuned model stays on the original provider’s platform under its name, so that provider is the likelier modifier.';
        rules = ['R27', 'E17'];
        break;
      }
      if (m?.viaOriginalProviderPlatform === 'unknown') {
        f.ask({
          field: 'modification.viaOriginalProviderPlatform',
          question:
            'Does the fine-tuned model stay on the original provider’s platform under its name, or do you hold the weights and place it yourself?',
          askWhom: 'The ML team and the contract owner',
          assumption: 'Assumed you control the result and place it yourself.',
          rules: ['R27'],
        });
      }
      const above = modificationAboveThreshold(a, f);
      if (above !== true) {
        const originalSR = m?.originalSystemicRisk === 'yes';
        f.step({
          verdict: 'provider',
          question: 'Are you the provider of the modified model?',
          answer: above === 'unknown' ? 'Modification compute unknown' : 'Below the threshold',
          rule: originalSR ? 'E6' : 'R30',
          outcome: originalSR
            ? 'No: a modification below the threshold does not make you a provider; the original provider keeps its systemic-risk obligations for the original model, including foreseeable modifications.'
            : 'No: the original provider remains the provider of the model; you may have obligations as a provider of an AI system.',
          citations: [gl('§3.2'), gl('¶60')],
        });
        role = 'downstream-system-provider';
        summary =
          above === 'unknown'
            ? 'Not as far as known: your modification compute is unknown and assumed below one third of the original’s.'
            : 'No: your modification is below one third of the original model’s training compute, so the original provider remains the provider.';
        rules = ['R23', 'R24', 'R30'];
        break;
      }
      const placement = assessPlacement(a, f, systemicRiskCondition, 'the modified model');
      if (!placement.placed) {
        role = placement.notPlacedRole;
        summary = placement.summary;
        rules = ['R23', 'R24', 'R20'];
        break;
      }
      role = 'modification-provider';
      summary =
        'Yes — as provider of the modified model: your modification used more than one third of the original’s compute. Your Art. 53 duties cover the modification only.';
      rules = ['R23', 'R24', 'R28'];
      break;
    }
    default: {
      // developer, commissioned, research
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
      const placement = assessPlacement(a, f, systemicRiskCondition, 'the model');
      if (!placement.placed) {
        role = placement.notPlacedRole;
        summary = placement.summary;
        rules = ['R5', 'R15', 'R17', 'R20'];
        break;
      }
      if (a.role === 'research') {
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
      role = 'provider';
      summary =
        a.role === 'commissioned'
          ? 'Yes: you had the model developed and place it on the Union market under your name.'
          : 'Yes: you developed the model and place it on the Union market.';
      rules = ['R5', 'R14', 'R15'];
    }
  }

  const isModelProvider = MODEL_PROVIDER_ROLES.includes(role);
  const isProvider = isGPAI && isModelProvider;
  if (isModelProvider && !isGPAI) {
    summary =
      'Not of a general-purpose AI model: the model is not a GPAI model, so Chapter V does not apply to it.';
  }
  const verdict = modelProviderVerdict(summary, decisive, f);
  verdict.rules = rules;
  verdict.label = isProvider
    ? role === 'provider'
      ? 'Yes'
      : role === 'modification-provider'
        ? 'Yes — of the modification'
        : 'Yes — as model provider'
    : 'No';
  return { isProvider, role, verdict };
}

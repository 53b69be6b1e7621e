/**
 * R93 (rev. 2): duties of AI-system providers and deployers that this tool does not assess. Named for anyone
 * who builds or runs an AI system on a general-purpose AI model — integrators (R21), providers that put their
 * own model into their own system (R16), modifiers — so a report never says only "none apply to you".
 */

import type { Answers } from '../answers';
import { WORDS } from '../law/words';
import type { ProviderRole, Signpost } from '../report';
import { annex, art } from '../sources';
import { ANNEX_III_HIGH_RISK_APPLIES, GENERAL_APPLICATION } from './key-dates';

type Audience = 'downstream' | 'own-system';

function buildsSystem(a: Answers, role: ProviderRole): Audience | null {
  if (role === 'downstream-system-provider' || role === 'integrator-as-model-provider') return 'downstream';
  if (a.role === 'integrator' || a.role === 'modifier') return 'downstream';
  if (a.placing?.channels.includes('ownApp')) return 'own-system';
  return null;
}

const COMMON: readonly Signpost[] = [
  {
    id: 'art50_1',
    article: 'Art. 50(1)',
    title: 'Tell people they are interacting with an AI system',
    text: 'Providers of AI systems that interact directly with people must design them so that people are informed they are interacting with an AI system, unless that is obvious.',
    appliesFrom: GENERAL_APPLICATION,
    status: 'not-assessed',
    rules: ['R93'],
    citations: [art('50(1)'), art('113')],
  },
  {
    id: 'art50_2',
    article: 'Art. 50(2)',
    title: 'Mark synthetic output in a machine-readable way',
    text: `Providers of AI systems, including general-purpose AI systems, that generate synthetic audio, image, video or text must mark the output as artificially generated in a machine-readable, detectable way. Applies from ${WORDS.finesApply}; systems placed on the market before then have until ${WORDS.art50MarkingLegacyDeadline} (Art. 111(4)).`,
    appliesFrom: GENERAL_APPLICATION,
    status: 'not-assessed',
    rules: ['R93', 'R83'],
    citations: [art('50(2)'), art('111(4)')],
  },
  {
    id: 'high-risk',
    article: 'Art. 6',
    title: 'Check whether the AI system is high-risk',
    text: `An AI system used for an Annex III purpose (e.g. employment, credit, education, essential services) is high-risk from ${WORDS.annexIIIHighRiskApplies}; one that is a safety component of a product under Annex I legislation from ${WORDS.annexIHighRiskApplies}. High-risk systems carry their own provider and deployer duties.`,
    appliesFrom: ANNEX_III_HIGH_RISK_APPLIES,
    status: 'not-assessed',
    rules: ['R93', 'R83'],
    citations: [art('6'), art('113')],
  },
  {
    id: 'art25',
    article: 'Art. 25',
    title: 'Value-chain duties if a general-purpose AI system becomes high-risk',
    text: 'Whoever modifies the intended purpose of a general-purpose AI system so that it becomes high-risk becomes the provider of a high-risk AI system.',
    appliesFrom: ANNEX_III_HIGH_RISK_APPLIES,
    status: 'not-assessed',
    rules: ['R93', 'R86'],
    citations: [art('25(1)')],
  },
];

const DOWNSTREAM: readonly Signpost[] = [
  ...COMMON,
  {
    id: 'annex-xii-info',
    article: 'Art. 53(1)(b)',
    title: 'Ask the model’s provider for its downstream information',
    text: 'The provider of the general-purpose AI model must make Annex XII information available to providers of AI systems that integrate it, so that they can understand its capabilities and limitations and meet their own obligations.',
    appliesFrom: null,
    status: 'not-assessed',
    rules: ['R93', 'R57'],
    citations: [art('53(1)(b)'), annex('XII')],
  },
  {
    id: 'complaint',
    article: 'Art. 89(2)',
    title: 'Complain to the AI Office about an infringement by the model’s provider',
    text: 'Downstream providers may lodge a complaint with the AI Office alleging that a provider of a general-purpose AI model infringes the Act.',
    appliesFrom: null,
    status: 'not-assessed',
    rules: ['R93', 'R21'],
    citations: [art('89(2)')],
  },
];

/** The signposts for this user (shared, read-only lists: the same for every report of a kind). */
export function signposts(a: Answers, role: ProviderRole): Signpost[] {
  const audience = buildsSystem(a, role);
  if (audience === null) return [];
  return (audience === 'own-system' ? COMMON : DOWNSTREAM) as Signpost[];
}

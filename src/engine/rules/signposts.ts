/**
 * R93 (rev. 2): duties of AI-system providers and deployers that this tool does not assess. Named for anyone
 * who builds or runs an AI system on a general-purpose AI model — integrators (R21), providers that put their
 * own model into their own system (R16), modifiers — so a report never says only "none apply to you".
 */

import type { Answers } from '../answers';
import type { ProviderRole, Signpost } from '../report';
import { annex, art } from '../sources';
import { type Text, tx } from '../text';
import { ANNEX_III_HIGH_RISK_APPLIES, GENERAL_APPLICATION } from './key-dates';

type Audience = 'downstream' | 'own-system';

function buildsSystem(a: Answers, role: ProviderRole): Audience | null {
  if (role === 'downstream-system-provider' || role === 'integrator-as-model-provider') return 'downstream';
  if (a.role === 'integrator' || a.role === 'modifier') return 'downstream';
  if (a.placing?.channels.includes('ownApp')) return 'own-system';
  return null;
}

const COMMON: readonly Signpost<Text>[] = [
  {
    id: 'art50_1',
    article: tx('signposts.art50_1Article'),
    title: tx('signposts.art50_1Title'),
    text: tx('signposts.art50_1Text'),
    appliesFrom: GENERAL_APPLICATION,
    status: 'not-assessed',
    rules: ['R93'],
    citations: [art('50(1)'), art('113')],
  },
  {
    id: 'art50_2',
    article: tx('signposts.art50_2Article'),
    title: tx('signposts.art50_2Title'),
    text: tx('signposts.art50_2Text'),
    appliesFrom: GENERAL_APPLICATION,
    status: 'not-assessed',
    rules: ['R93', 'R83'],
    citations: [art('50(2)'), art('111(4)')],
  },
  {
    id: 'high-risk',
    article: tx('signposts.highRiskArticle'),
    title: tx('signposts.highRiskTitle'),
    text: tx('signposts.highRiskText'),
    appliesFrom: ANNEX_III_HIGH_RISK_APPLIES,
    status: 'not-assessed',
    rules: ['R93', 'R83'],
    citations: [art('6'), art('113')],
  },
  {
    id: 'art25',
    article: tx('signposts.art25Article'),
    title: tx('signposts.art25Title'),
    text: tx('signposts.art25Text'),
    appliesFrom: ANNEX_III_HIGH_RISK_APPLIES,
    status: 'not-assessed',
    rules: ['R93', 'R86'],
    citations: [art('25(1)')],
  },
];

const DOWNSTREAM: readonly Signpost<Text>[] = [
  ...COMMON,
  {
    id: 'annex-xii-info',
    article: tx('signposts.annexXiiInfoArticle'),
    title: tx('signposts.annexXiiInfoTitle'),
    text: tx('signposts.annexXiiInfoText'),
    appliesFrom: null,
    status: 'not-assessed',
    rules: ['R93', 'R57'],
    citations: [art('53(1)(b)'), annex('XII')],
  },
  {
    id: 'complaint',
    article: tx('signposts.complaintArticle'),
    title: tx('signposts.complaintTitle'),
    text: tx('signposts.complaintText'),
    appliesFrom: null,
    status: 'not-assessed',
    rules: ['R93', 'R21'],
    citations: [art('89(2)')],
  },
];

/** The signposts for this user (shared, read-only lists: the same for every report of a kind). */
export function signposts(a: Answers, role: ProviderRole): Signpost<Text>[] {
  const audience = buildsSystem(a, role);
  if (audience === null) return [];
  return (audience === 'own-system' ? COMMON : DOWNSTREAM) as Signpost<Text>[];
}

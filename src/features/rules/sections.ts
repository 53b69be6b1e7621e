import type { RuleEntry } from '../../engine/rules/registry';
import type { Text } from '../../engine/text';

export interface RuleSection {
  /** Heading id, e.g. "systemic-risk": the English heading's, so links to it are the same in every language. */
  id: string;
  title: Text;
  rules: RuleEntry[];
}

/** The registry's entries in their sections, in registry order; "R31–R41" style ranges for the contents. */
export function groupBySection(rules: readonly RuleEntry[]): RuleSection[] {
  const sections: RuleSection[] = [];
  for (const rule of rules) {
    const last = sections.at(-1);
    if (last && last.title.msg === rule.section.msg) last.rules.push(rule);
    else sections.push({ id: sectionId(rule.section), title: rule.section, rules: [rule] });
  }
  return sections;
}

export function rangeWords(section: RuleSection): string {
  const first = section.rules[0]?.id;
  const last = section.rules.at(-1)?.id;
  return first === last ? (first ?? '') : `${first}–${last}`;
}

/**
 * Each section's anchor, the slug of its English heading (a test holds them to the catalog). Written out rather
 * than derived, so a German or French page need not load the English statements to name its anchors.
 */
export const SECTION_IDS: Readonly<Record<string, string>> = {
  'rules.sectionScope': 'scope-and-definitions',
  'rules.sectionGpai': 'is-the-model-a-gpai-model',
  'rules.sectionProvider': 'is-the-user-the-provider-placing-on-the-market',
  'rules.sectionModifiers': 'downstream-modifiers',
  'rules.sectionSystemicRisk': 'systemic-risk',
  'rules.sectionCompute': 'estimating-training-compute-gl-annex',
  'rules.sectionOpenSource': 'open-source-exemption',
  'rules.sectionObligations': 'obligations-who-owes-what',
  'rules.sectionTimeline': 'timeline-and-transitional-rules',
  'rules.sectionEnforcement': 'enforcement-fines-code-of-practice',
  'rules.sectionTemplate': 'training-content-summary-template-tpl',
  'rules.sectionChanges': 'changes-in-2025-2026',
  'rules.sectionArticle25': 'article-25-value-chain-relevance-note',
  'rules.sectionAddedRev2': 'added-in-revision-2',
  'rules.sectionEdgeCases': 'edge-cases-and-ambiguities',
};

function sectionId(section: Text): string {
  const id = SECTION_IDS[section.msg];
  if (id === undefined) throw new Error(`No anchor for the rules section "${section.msg}"`);
  return id;
}

/** "Systemic risk" → "systemic-risk". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

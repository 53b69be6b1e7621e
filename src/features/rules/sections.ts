import type { RuleEntry } from '../../engine/rules/registry';
import type { Text } from '../../engine/text';
import { inEnglish } from '../../i18n/english';

export interface RuleSection {
  /** Heading id, e.g. "systemic-risk": from the English heading, so links to it are the same in every language. */
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
    else sections.push({ id: slug(inEnglish(rule.section)), title: rule.section, rules: [rule] });
  }
  return sections;
}

export function rangeWords(section: RuleSection): string {
  const first = section.rules[0]?.id;
  const last = section.rules.at(-1)?.id;
  return first === last ? (first ?? '') : `${first}–${last}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

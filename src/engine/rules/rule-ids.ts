/**
 * How many numbered rules and edge cases the rules reference has (RULES.md rev. 2: R1–R94, E1–E30). Kept apart
 * from the registry so that a page can tell a rule number from other text without loading every statement.
 */
import type { RuleRef } from '../report';

export const RULE_COUNT = 94;
export const EDGE_CASE_COUNT = 30;

/** "R34" → true; zero, a leading zero or a number past the last rule or edge case → false. */
export function isRuleRef(text: string): text is RuleRef {
  const m = /^([RE])([1-9]\d{0,2})$/.exec(text);
  if (!m) return false;
  const n = Number(m[2]);
  return n <= (m[1] === 'R' ? RULE_COUNT : EDGE_CASE_COUNT);
}

/**
 * Rule numbers as links to the rules page (#/rules#R34), used wherever the report or the methodology page
 * writes an R… or E… number. Hash routing: an in-page "#R34" would be read as a route, so the link names the
 * route and the rule as its hash. A plain link (the hash history follows it), so that the report renders the
 * same with or without a router around it, and "open in a new tab" works.
 */
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { RuleRef } from '../../engine/report';
import { isRuleRef } from '../../engine/rules/rule-ids';

const LINK = 'rule-link text-accent underline decoration-1 underline-offset-2';

/** "R34" → "#/rules#R34". */
export function ruleHref(id: RuleRef): string {
  return `#/rules#${id}`;
}

export function RuleLink({ id, className = LINK }: { id: RuleRef; className?: string }) {
  return (
    <a href={ruleHref(id)} className={className}>
      {id}
    </a>
  );
}

/** "as R24 says (E7)" → ["as ", <RuleLink R24/>, " says (", <RuleLink E7/>, ")"]. Other text is untouched. */
export function linkRuleRefs(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(/\b[RE]\d{1,3}\b/g)) {
    const id = m[0];
    if (!isRuleRef(id)) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(<RuleLink key={`${id}@${m.index}`} id={id} />);
    last = m.index + id.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Inline text with its rule numbers linked; for a sentence from the engine. */
export function RuleText({ children }: { children: string }) {
  return <>{linkRuleRefs(children)}</>;
}

/**
 * Links the rule numbers in every text inside `children` (prose written in JSX, such as the methodology
 * page), leaving links, headings' ids and code untouched.
 */
export function WithRuleLinks({ children }: { children: ReactNode }) {
  return <>{linkTree(children)}</>;
}

const SKIP = new Set(['a', 'code', 'pre', 'time']);

function linkTree(node: ReactNode): ReactNode {
  return Children.map(node, (child) => {
    if (typeof child === 'string') {
      const parts = linkRuleRefs(child);
      return parts.length === 1 ? parts[0] : parts;
    }
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<{ children?: ReactNode }>;
    if (typeof element.type === 'string' && SKIP.has(element.type)) return element;
    if (typeof element.type !== 'string' || element.props.children === undefined) return element;
    return cloneElement(element, undefined, linkTree(element.props.children));
  });
}

/** Small report building blocks: rule tags, tone badges, the "Ambiguous" marker. */
import type { RuleRef, TraceStep } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleLink, RuleText } from '../../shared/legal-text/RuleLinks';
import type { IconName, Tone } from './format';
import { Icon } from './Icon';

export const TONE_CLASSES: Record<Tone, string> = {
  positive: 'border-accent/40 bg-accent-soft text-accent',
  caution: 'border-amber-700/40 bg-amber-50 text-amber-900',
  negative: 'border-red-800/40 bg-red-50 text-red-900',
  neutral: 'border-slate-300 bg-slate-50 text-slate-800',
  unknown: 'border-slate-400 border-dashed bg-white text-slate-800',
};

export function Badge({
  tone,
  icon,
  children,
  className = '',
}: {
  tone: Tone;
  icon: IconName;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded border px-2 py-0.5 text-sm font-semibold ${TONE_CLASSES[tone]} ${className}`}
      data-tone={tone}
    >
      <Icon name={icon} />
      <span>{children}</span>
    </span>
  );
}

/** Rule numbers of the rules reference, shown as "Rules R24 · E7", each a link to its entry on the rules page. */
export function RuleTags({ rules }: { rules: readonly RuleRef[] }) {
  const tr = useTranslator();
  if (rules.length === 0) return null;
  const unique = [...new Set(rules)];
  return (
    <span className="rule-tags inline-block font-mono text-xs text-slate-600">
      {tr.m(unique.length === 1 ? 'reportPage.rule' : 'reportPage.rules')}{' '}
      {unique.map((id, i) => (
        <span key={id}>
          {i > 0 ? ' · ' : null}
          <RuleLink id={id} />
        </span>
      ))}
    </span>
  );
}

/**
 * A link to a heading further down the report. Hash routing would read "#signposts-heading" as a route, so the
 * click moves the focus (and the view) to the heading itself.
 */
export function InPageLink({ target, children }: { target: string; children: React.ReactNode }) {
  return (
    <a
      href={`#${target}`}
      className="text-accent underline underline-offset-2"
      onClick={(e) => {
        const heading = document.getElementById(target);
        if (!heading) return;
        e.preventDefault();
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}

export function AmbiguousMarker() {
  const tr = useTranslator();
  return (
    <Badge tone="caution" icon="help" className="ambiguous-marker">
      {tr.m('reportPage.ambiguous')}
    </Badge>
  );
}

/** Stable React keys for lists that may repeat an entry: "R14|question", then "R14|question#2". */
export function withKeys<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item };
  });
}

/** The engine's reasoning steps, each with its rule, the answer considered, the outcome and its sources. */
export function TraceSteps({
  steps,
  className = 'space-y-3',
}: {
  steps: readonly TraceStep[];
  className?: string;
}) {
  const tr = useTranslator();
  return (
    <ol className={className}>
      {withKeys(steps, (x) => `${x.rule}|${x.question}`).map(({ key, item: s }) => (
        <li key={key} className="text-sm">
          <p>
            <RuleTags rules={[s.rule]} />
          </p>
          <p>
            <span className="font-medium">{tr.m('reportPage.traceQuestion', { question: s.question })}</span>
            {s.answer}
          </p>
          <p>
            <RuleText>{s.outcome}</RuleText>
          </p>
          <Citations citations={s.citations} />
        </li>
      ))}
    </ol>
  );
}

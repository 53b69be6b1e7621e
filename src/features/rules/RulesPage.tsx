import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { RuleEntry } from '../../engine/rules/registry';
import { RULE_REGISTRY } from '../../engine/rules/registry';
import { RULES_VERSION } from '../../engine/rules-version';
import { useTranslator } from '../../i18n/react';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleText } from '../../shared/legal-text/RuleLinks';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { RulesContents } from './RulesContents';
import { groupBySection } from './sections';

/** The date of the rules reference's revision 2. */
const REFERENCE_REVISION_DATE = '2026-11-30';

/**
 * `#/rules`: every rule and edge case the engine applies, generated from its registry (RULES.md rev. 2) — the
 * statement, the sources with links, and the revision that last changed it. Rule numbers elsewhere in the app
 * link here (#/rules#R34); the rule's heading then takes the focus.
 */
export function RulesPage() {
  // The rules' statements are an area of their own, loaded with this page (ADR 0100).
  const { t, m, date } = useTranslator(['rules']);
  const hash = useLocation({ select: (l) => l.hash });
  useEffect(() => {
    document.title = m('app.rulesDocumentTitle');
  }, [m]);
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(hash);
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);
  const sections = groupBySection(RULE_REGISTRY);
  return (
    <article className="rules-page max-w-column" aria-labelledby="rules-title">
      <h1 id="rules-title" className="text-3xl font-semibold">
        {m('app.rulesHeading')}
      </h1>
      <p className="mt-3 text-lg">{m('app.rulesIntro')}</p>
      <p className="mt-3">
        {m('app.rulesRevision', { date: date(REFERENCE_REVISION_DATE), version: RULES_VERSION })}
      </p>
      <RulesContents sections={sections} />
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-10">
          <h2 id={s.id} tabIndex={-1} className="text-xl font-semibold">
            {t(s.title)}
          </h2>
          <div className="mt-4 space-y-6">
            {s.rules.map((r) => (
              <RuleArticle key={r.id} rule={r} />
            ))}
          </div>
        </section>
      ))}
    </article>
  );
}

function RuleArticle({ rule }: { rule: RuleEntry }) {
  const { t, m } = useTranslator();
  return (
    <article aria-labelledby={rule.id} className="rule border-l-4 border-slate-200 pl-4" data-rule={rule.id}>
      <h3 id={rule.id} tabIndex={-1} className="scroll-mt-4 text-base font-semibold">
        {rule.id}
        {rule.title ? ` — ${superscriptPowers(t(rule.title))}` : null}
      </h3>
      <p className="mt-1 text-sm text-slate-700" data-testid="changed-in">
        {m(
          rule.addedIn2
            ? 'app.rulesAddedIn2'
            : rule.changedIn === 'rev. 2'
              ? 'app.rulesChangedIn2'
              : 'app.rulesUnchangedSince1',
        )}
      </p>
      <p className="mt-2 break-words">
        <RuleText>{superscriptPowers(t(rule.statement))}</RuleText>
      </p>
      {rule.sources.length > 0 ? (
        <div className="mt-2">
          <Citations citations={rule.sources} label={m('app.sources')} />
        </div>
      ) : null}
      {rule.sourceNote ? (
        <p className="mt-1 text-sm text-slate-700">
          <span className="font-medium">{m('app.rulesAsCited')}</span>
          <RuleText>{superscriptPowers(t(rule.sourceNote))}</RuleText>
        </p>
      ) : rule.sources.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{m('app.rulesNoSource')}</p>
      ) : null}
    </article>
  );
}

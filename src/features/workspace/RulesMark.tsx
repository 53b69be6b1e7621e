import { useEffect, useState } from 'react';
import { RULES_VERSION } from '../../engine/rules-version';
import { useTranslator } from '../../i18n/react';
import type { AssessmentRecord } from '../../shared/workspace/types';

type Mark = { state: 'checking' } | { state: 'done'; changes: boolean; headline: string };

/**
 * Issue #9: "When the rules version changes, assessments whose result would change are marked, with what
 * changed". Shown only for an assessment whose latest version was evaluated under other rules: its answers are
 * evaluated again under today's rules on the version's own as-of date (src/shared/workspace/rules-change.ts,
 * loaded with the engine only when such a row exists); the assessment page lists each change with its rules.
 */
export function RulesMark({ record }: { record: AssessmentRecord }) {
  const tr = useTranslator();
  const latest = record.latest;
  const outdated = latest !== null && latest.rulesVersion !== RULES_VERSION;
  const [mark, setMark] = useState<Mark>({ state: 'checking' });
  useEffect(() => {
    if (!outdated || !latest) return;
    let live = true;
    Promise.all([import('../../shared/workspace/store'), import('../../shared/workspace/rules-change')])
      .then(async ([store, rules]) => {
        const version = await store.getVersion(latest.versionId);
        if (!version || !live) return;
        const change = rules.rulesChangeOf(version, undefined, tr);
        if (change && live)
          setMark({
            state: 'done',
            changes: rules.resultWouldChange(change),
            headline: rules.rulesChangeHeadline(change, tr),
          });
      })
      .catch(() => {
        if (live)
          setMark({
            state: 'done',
            changes: true,
            headline: tr.m('workspace.recordedUnderRules', { version: latest.rulesVersion }),
          });
      });
    return () => {
      live = false;
    };
  }, [outdated, latest, tr]);
  if (!outdated || !latest) return null;
  const href = `#/workspace/${encodeURIComponent(record.id)}`;
  if (mark.state === 'checking')
    return (
      <span className="mt-1 block text-xs text-slate-700">
        {tr.m('workspace.recordedUnderRules', { version: latest.rulesVersion })}
      </span>
    );
  return (
    <a
      href={href}
      className={`mt-1 block text-xs underline ${mark.changes ? 'font-semibold text-red-900' : 'text-slate-700'}`}
    >
      {mark.headline}
    </a>
  );
}

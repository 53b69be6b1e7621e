/**
 * What the workspace adds to a report (issue #9, ADR 0092): which version it is and when it was recorded, the
 * sign-off that locks a version, and a note when a version was recorded under other rules. Pure rendering.
 * Links to other features' pages are plain hash links (the route composes features; ADR 0060).
 */
import { RULES_VERSION } from '../../engine/rules-version';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import type { AssessmentRecord, Signoff, VersionRecord } from '../../shared/workspace/types';
import { todayIso } from './format';
import type { Recording } from './useWorkspaceReport';

/** The day a record was written, in the reader's time zone, in words. */
export function recordedOn(timestamp: string, tr: Translator): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp : tr.date(todayIso(d));
}

function AssessmentLink({ assessment }: { assessment: AssessmentRecord }) {
  const tr = useTranslator();
  return (
    <a href={`#/workspace/${encodeURIComponent(assessment.id)}`} className="text-accent underline">
      {tr.m('reportPage.openAssessment', { name: assessment.name })}
    </a>
  );
}

const BOX = 'record-line mt-3 rounded-md border border-slate-300 bg-slate-50 p-3';

/** Under a draft's title: the version this evaluation is kept as (or why it is not). */
export function DraftVersionLine({
  assessment,
  recording,
}: {
  assessment: AssessmentRecord;
  recording: Recording;
}) {
  const tr = useTranslator();
  return (
    <div className={BOX} data-testid="version-line">
      <p role="status">
        {recording.status === 'recording'
          ? tr.m('reportPage.keepingVersion')
          : recording.status === 'recorded'
            ? richText(
                tr,
                recording.version.signoff ? 'reportPage.recordedSignedVersion' : 'reportPage.recordedVersion',
                { date: recordedOn(recording.version.createdAt, tr) },
                { version: <strong>{tr.m('reportPage.versionN', { seq: recording.version.seq })}</strong> },
              )
            : recording.status === 'what-if'
              ? recording.latestSeq
                ? tr.m('reportPage.whatIfLatest', { seq: recording.latestSeq })
                : tr.m('reportPage.whatIf')
              : null}
      </p>
      {recording.status === 'failed' ? (
        <p role="alert" className="text-red-900">
          {tr.m('reportPage.versionFailed', {
            message: recording.message ?? tr.m('reportPage.storeRefused'),
          })}
        </p>
      ) : null}
      <p className="mt-1 print:hidden">
        {richText(tr, 'reportPage.forVersions', {}, { link: <AssessmentLink assessment={assessment} /> })}
      </p>
    </div>
  );
}

/** Under a version's title: which version, of what, and that it never changes. */
export function VersionHeader({
  assessment,
  version,
}: {
  assessment: AssessmentRecord;
  version: VersionRecord;
}) {
  const tr = useTranslator();
  return (
    <div className={BOX} data-testid="version-line">
      <p>
        {richText(
          tr,
          'reportPage.versionHeader',
          {
            name: assessment.name,
            recorded: recordedOn(version.createdAt, tr),
            asOf: tr.date(version.asOf),
            rules: version.rulesVersion,
          },
          { version: <strong>{tr.m('reportPage.versionN', { seq: version.seq })}</strong> },
        )}
      </p>
      <p className="mt-1 print:hidden">
        {richText(
          tr,
          'reportPage.forOtherVersions',
          {},
          { link: <AssessmentLink assessment={assessment} /> },
        )}
      </p>
    </div>
  );
}

/** The reviewer's sign-off of a version (issue #9 "Sign-off"): a record of review, said in so many words. */
export function SignoffBlock({ signoff, hash }: { signoff: Signoff; hash: string }) {
  const tr = useTranslator();
  const end = signoff.note
    ? tr.m('reportPage.signedNote', { note: signoff.note })
    : tr.m('reportPage.signedEnd');
  return (
    <section
      aria-labelledby="signoff-heading"
      data-testid="signoff"
      className="signoff mt-3 rounded-md border-l-4 border-accent bg-accent-soft p-3"
    >
      <h2 id="signoff-heading" className="text-base font-semibold">
        {tr.m('reportPage.signedOff')}
      </h2>
      <p className="mt-1">
        {signoff.role
          ? tr.m('reportPage.signedByRole', {
              name: signoff.name,
              role: signoff.role,
              date: tr.date(signoff.date),
              end,
            })
          : tr.m('reportPage.signedBy', { name: signoff.name, date: tr.date(signoff.date), end })}
      </p>
      <p className="mt-1">
        {richText(tr, 'reportPage.locksHash', {}, { hash: <span className="font-mono">{hash}</span> })}
      </p>
      <p className="mt-1 text-sm text-slate-700">{tr.m('reportPage.notCryptographic')}</p>
    </section>
  );
}

/** A version recorded under other rules than the current ones: the report applies the current rules. */
export function VersionRulesNote({ version }: { version: VersionRecord }) {
  const tr = useTranslator();
  if (version.rulesVersion === RULES_VERSION) return null;
  const compare = `#/compare?a=${encodeURIComponent(`v:${version.id}`)}&b=${encodeURIComponent(`d:${version.assessmentId}`)}`;
  return (
    <div role="note" className="rules-changed mb-6 rounded-md border border-amber-700/50 bg-amber-50 p-4">
      <p className="font-semibold">{tr.m('reportPage.versionRulesChangedTitle')}</p>
      <p className="mt-1">
        {richText(
          tr,
          'reportPage.versionRulesChangedText',
          { recordedVersion: version.rulesVersion, currentVersion: RULES_VERSION },
          {
            link: (
              <a href={compare} className="underline">
                {tr.m('reportPage.compareVersion')}
              </a>
            ),
          },
        )}
      </p>
    </div>
  );
}

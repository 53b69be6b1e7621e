/**
 * What the workspace adds to a report (issue #9, ADR 0092): which version it is and when it was recorded, the
 * sign-off that locks a version, and a note when a version was recorded under other rules. Pure rendering.
 * Links to other features' pages are plain hash links (the route composes features; ADR 0060).
 */
import { formatDate } from '../../engine/dates';
import { RULES_VERSION } from '../../engine/rules-version';
import type { AssessmentRecord, Signoff, VersionRecord } from '../../shared/workspace/types';
import { todayIso } from './format';
import type { Recording } from './useWorkspaceReport';

/** The day a record was written, in the reader's time zone, in words. */
export function recordedOn(timestamp: string): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp : formatDate(todayIso(d));
}

function AssessmentLink({ assessment }: { assessment: AssessmentRecord }) {
  return (
    <a href={`#/workspace/${encodeURIComponent(assessment.id)}`} className="text-accent underline">
      Open the assessment “{assessment.name}”
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
  return (
    <div className={BOX} data-testid="version-line">
      <p role="status">
        {recording.status === 'recording' ? (
          'Keeping this result as a version of the assessment…'
        ) : recording.status === 'recorded' ? (
          <>
            <strong>Version {recording.version.seq}</strong>, recorded{' '}
            {recordedOn(recording.version.createdAt)}
            {recording.version.signoff ? ' and signed' : ''}. It keeps these answers and this result
            unchanged; a change to the answers will be kept as a new version.
          </>
        ) : recording.status === 'what-if' ? (
          <>
            Evaluated as of another day than today: this view is not kept as a version
            {recording.latestSeq ? ` (the latest is version ${recording.latestSeq})` : ''}.
          </>
        ) : null}
      </p>
      {recording.status === 'failed' ? (
        <p role="alert" className="text-red-900">
          This result could not be kept as a version: {recording.message} The report below is still worked out
          from the saved answers; download it under “Keep and share this result” to keep a copy.
        </p>
      ) : null}
      <p className="mt-1 print:hidden">
        <AssessmentLink assessment={assessment} /> for its versions, sign-off and tasks.
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
  return (
    <div className={BOX} data-testid="version-line">
      <p>
        <strong>Version {version.seq}</strong> of “{assessment.name}”, recorded{' '}
        {recordedOn(version.createdAt)} (evaluated then as of {formatDate(version.asOf)}, rules version{' '}
        {version.rulesVersion}). A recorded version never changes.
      </p>
      <p className="mt-1 print:hidden">
        <AssessmentLink assessment={assessment} /> for its other versions, sign-off and tasks.
      </p>
    </div>
  );
}

/** The reviewer's sign-off of a version (issue #9 "Sign-off"): a record of review, said in so many words. */
export function SignoffBlock({ signoff, hash }: { signoff: Signoff; hash: string }) {
  return (
    <section
      aria-labelledby="signoff-heading"
      data-testid="signoff"
      className="signoff mt-3 rounded-md border-l-4 border-accent bg-accent-soft p-3"
    >
      <h2 id="signoff-heading" className="text-base font-semibold">
        Signed off
      </h2>
      <p className="mt-1">
        Signed by {signoff.name}
        {signoff.role ? `, ${signoff.role},` : ''} on {formatDate(signoff.date)}
        {signoff.note ? `: ${signoff.note}` : '.'}
      </p>
      <p className="mt-1">
        It locks the answers with hash <span className="font-mono">{hash}</span>: this version can no longer
        change.
      </p>
      <p className="mt-1 text-sm text-slate-700">
        This is a record of review kept in this browser, not a cryptographic signature.
      </p>
    </section>
  );
}

/** A version recorded under other rules than the current ones: the report applies the current rules. */
export function VersionRulesNote({ version }: { version: VersionRecord }) {
  if (version.rulesVersion === RULES_VERSION) return null;
  const compare = `#/compare?a=${encodeURIComponent(`v:${version.id}`)}&b=${encodeURIComponent(`d:${version.assessmentId}`)}`;
  return (
    <div role="note" className="rules-changed mb-6 rounded-md border border-amber-700/50 bg-amber-50 p-4">
      <p className="font-semibold">The rules have changed since this version was recorded.</p>
      <p className="mt-1">
        It was recorded under rules version {version.rulesVersion}; this report applies the current rules
        (version {RULES_VERSION}) to its answers, so it may differ from the result recorded then.{' '}
        <a href={compare} className="underline">
          Compare this version with the assessment under the current rules
        </a>
        .
      </p>
    </div>
  );
}

import type { AssessmentStatus } from '../../shared/workspace/status';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { STATUS_EXPLAINED } from './words';

const link = 'font-semibold text-accent underline underline-offset-2';

/** The working answers: what state they are in and the three ways into them. */
export function CurrentDraft({
  record,
  versions,
  status,
}: {
  record: AssessmentRecord;
  versions: readonly VersionRecord[];
  status: AssessmentStatus;
}) {
  const id = encodeURIComponent(record.id);
  const basedOn = record.basedOnVersionId
    ? versions.find((v) => v.id === record.basedOnVersionId)
    : undefined;
  return (
    <section aria-labelledby="draft-title">
      <h2 id="draft-title" className="text-2xl font-semibold">
        Current draft
      </h2>
      <p className="mt-2" data-testid="draft-state">
        {STATUS_EXPLAINED[status]}
        {basedOn ? ` It was reopened from version ${basedOn.seq}.` : ''}
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a className={link} href={`#/assess/continue?id=${id}`}>
            Continue answering
          </a>
        </li>
        <li>
          <a className={link} href={`#/check?id=${id}`}>
            Check the answers
          </a>
        </li>
        <li>
          <a className={link} href={`#/report?id=${id}`}>
            See the draft’s report
          </a>
        </li>
      </ul>
    </section>
  );
}

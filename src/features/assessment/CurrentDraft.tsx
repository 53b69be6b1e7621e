import { useTranslator } from '../../i18n/react';
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
  const tr = useTranslator();
  const id = encodeURIComponent(record.id);
  const basedOn = record.basedOnVersionId
    ? versions.find((v) => v.id === record.basedOnVersionId)
    : undefined;
  return (
    <section aria-labelledby="draft-title">
      <h2 id="draft-title" className="text-2xl font-semibold">
        {tr.m('workspace.currentDraft')}
      </h2>
      <p className="mt-2" data-testid="draft-state">
        {tr.m(STATUS_EXPLAINED[status])}
        {basedOn ? tr.m('workspace.reopenedFrom', { seq: basedOn.seq }) : ''}
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a className={link} href={`#/assess/continue?id=${id}`}>
            {tr.m('workspace.continueAnswering')}
          </a>
        </li>
        <li>
          <a className={link} href={`#/check?id=${id}`}>
            {tr.m('workspace.checkAnswers')}
          </a>
        </li>
        <li>
          <a className={link} href={`#/report?id=${id}`}>
            {tr.m('workspace.draftReport')}
          </a>
        </li>
      </ul>
    </section>
  );
}

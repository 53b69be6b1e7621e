import { type Ref, useState } from 'react';
import { Button } from '../../components/Button';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { type DeletedAssessment, restoreAssessment } from '../../shared/workspace/store';
import { errorMessage } from './errors';

export type ListNotice =
  | { kind: 'deleted'; deleted: DeletedAssessment }
  | { kind: 'done'; text: string; link?: { href: string; text: string } }
  | { kind: 'error'; text: string };

/** "3 versions and 2 tasks", "no versions and no tasks". */
export function whatGoesWith(versions: number, tasks: number, tr: Translator): string {
  return tr.m('workspace.whatGoesWith', { versions, tasks });
}

/**
 * The outcome of the last action, in one live region that is always on the page (so screen readers hear what
 * appears in it). A deletion's notice offers Undo for as long as it stays: until dismissed or until the next
 * action replaces it — never a timer that runs out while someone is still reading.
 */
export function NoticeArea({
  notice,
  noticeRef,
  onDismiss,
  onChange,
}: {
  notice: ListNotice | null;
  noticeRef: Ref<HTMLDivElement>;
  onDismiss: () => void;
  onChange: (next: ListNotice, focus?: boolean) => void;
}) {
  const tr = useTranslator();
  const [undoing, setUndoing] = useState(false);
  const undo = async (deleted: DeletedAssessment) => {
    setUndoing(true);
    try {
      await restoreAssessment(deleted);
      onChange({
        kind: 'done',
        text: tr.m('workspace.restored', {
          name: deleted.assessment.name,
          what: whatGoesWith(deleted.versions.length, deleted.tasks.length, tr),
        }),
      });
    } catch (e) {
      onChange({
        kind: 'error',
        text: tr.m('workspace.restoreFailed', { name: deleted.assessment.name, error: errorMessage(e, tr) }),
      });
    } finally {
      setUndoing(false);
    }
  };
  const border = notice?.kind === 'error' ? 'border-red-800' : 'border-green-700';
  return (
    <div role="status" className="workspace-notice">
      {notice ? (
        <div
          ref={noticeRef}
          tabIndex={-1}
          className={`mt-6 border-l-4 ${border} bg-slate-50 p-4 focus:outline-none focus-visible:outline-3`}
        >
          <p className="font-semibold [overflow-wrap:anywhere]">
            <span className="sr-only">
              {notice.kind === 'error' ? tr.m('workspace.noticeError') : tr.m('workspace.noticeDone')}
            </span>
            {notice.kind === 'deleted'
              ? tr.m('workspace.deleted', {
                  name: notice.deleted.assessment.name,
                  what: whatGoesWith(notice.deleted.versions.length, notice.deleted.tasks.length, tr),
                })
              : notice.text}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-4">
            {notice.kind === 'deleted' ? (
              <Button variant="secondary" disabled={undoing} onClick={() => void undo(notice.deleted)}>
                {tr.m('workspace.undo')}
              </Button>
            ) : null}
            {notice.kind === 'done' && notice.link ? (
              <a href={notice.link.href} className="text-accent underline underline-offset-2">
                {notice.link.text}
              </a>
            ) : null}
            <Button variant="link" onClick={onDismiss}>
              {tr.m('workspace.dismiss')}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

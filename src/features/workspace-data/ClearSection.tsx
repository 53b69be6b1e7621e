/**
 * Clear the workspace, only after a confirmation that names what goes and suggests the export first.
 */
import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { clearWorkspace } from '../../shared/workspace/store';
import { errorText } from './ui';

export function ClearSection({ count, onCleared }: { count: number | null; onCleared: () => void }) {
  const ids = useId();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);

  async function clear() {
    setBusy(true);
    try {
      await clearWorkspace();
      setMessage({ ok: true, text: 'The workspace is empty now.' });
      onCleared();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
      setConfirming(false);
      requestAnimationFrame(() => sectionHeading.current?.focus());
    }
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-10">
      <h2 id={`${ids}-h`} ref={sectionHeading} tabIndex={-1} className="text-2xl font-semibold">
        Clear the workspace
      </h2>
      <p className="mt-2 max-w-column">
        Deletes every assessment, version, sign-off and task from this browser. It cannot be undone: download
        the workspace first if you may need it again.
      </p>
      {confirming ? (
        <div className="mt-4 border-l-4 border-red-700 bg-red-50 p-4">
          <h3 id={`${ids}-confirm`} ref={confirmHeading} tabIndex={-1} className="font-semibold">
            Delete{' '}
            {count === null ? 'everything' : count === 1 ? 'the one assessment' : `all ${count} assessments`}{' '}
            and their versions and tasks from this browser?
          </h3>
          <div className="mt-3 flex flex-wrap gap-4">
            <Button onClick={() => void clear()} disabled={busy} className="bg-red-800 hover:bg-red-900">
              Yes, clear the workspace
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => sectionHeading.current?.focus());
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => {
            setMessage(null);
            setConfirming(true);
            requestAnimationFrame(() => confirmHeading.current?.focus());
          }}
          disabled={count === 0}
        >
          Clear the workspace…
        </Button>
      )}
      <p role="status" className="mt-2">
        {message ? (
          <span className={message.ok ? '' : 'font-semibold text-red-800'}>{message.text}</span>
        ) : null}
      </p>
    </section>
  );
}

/**
 * Clear the workspace, only after a confirmation that names what goes and suggests the export first.
 */
import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { useTranslator } from '../../i18n/react';
import { clearWorkspace } from '../../shared/workspace/store';
import { errorText } from './ui';

export function ClearSection({ count, onCleared }: { count: number | null; onCleared: () => void }) {
  const tr = useTranslator();
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
      setMessage({ ok: true, text: tr.m('workspace.cleared') });
      onCleared();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, tr) });
    } finally {
      setBusy(false);
      setConfirming(false);
      requestAnimationFrame(() => sectionHeading.current?.focus());
    }
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-10">
      <h2 id={`${ids}-h`} ref={sectionHeading} tabIndex={-1} className="text-2xl font-semibold">
        {tr.m('workspace.clearTitle')}
      </h2>
      <p className="mt-2 max-w-column">{tr.m('workspace.clearText')}</p>
      {confirming ? (
        <div className="mt-4 border-l-4 border-red-700 bg-red-50 p-4">
          <h3 id={`${ids}-confirm`} ref={confirmHeading} tabIndex={-1} className="font-semibold">
            {tr.m('workspace.clearConfirm', {
              count: count === null ? 'unknown' : count === 1 ? 'one' : String(count),
            })}
          </h3>
          <div className="mt-3 flex flex-wrap gap-4">
            <Button onClick={() => void clear()} disabled={busy} className="bg-red-800 hover:bg-red-900">
              {tr.m('workspace.clearYes')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => sectionHeading.current?.focus());
              }}
            >
              {tr.m('workspace.cancel')}
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
          {tr.m('workspace.clearButton')}
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

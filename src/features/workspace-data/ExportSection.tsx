/**
 * Download the whole workspace as one JSON file (the format of ../../shared/workspace/file.ts).
 */
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { workspaceFileJson } from '../../shared/workspace/file';
import { exportRecords } from '../../shared/workspace/store';
import { downloadText, localToday } from './download';
import { errorText } from './ui';

export function ExportSection({ count }: { count: number | null }) {
  const ids = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const records = await exportRecords();
      const name = `gpai-navigator-workspace-${localToday()}.json`;
      downloadText(workspaceFileJson(records, new Date().toISOString()), name, 'application/json');
      setMessage({ ok: true, text: `Downloaded ${name} with ${records.length} records.` });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-8">
      <h2 id={`${ids}-h`} className="text-2xl font-semibold">
        Export the workspace
      </h2>
      <p className="mt-2 max-w-column">
        One file with every assessment{count === null ? '' : ` (${count} in this browser)`}, its versions and
        sign-offs, and the tracked tasks. Keep it as a backup, or import it in another browser. It contains
        your answers and names: store it where your team keeps confidential work.
      </p>
      <Button className="mt-4" onClick={() => void download()} disabled={busy}>
        Download the workspace (JSON)
      </Button>
      <p role="status" className="mt-2">
        {message ? (
          <span className={message.ok ? '' : 'font-semibold text-red-800'}>{message.text}</span>
        ) : null}
      </p>
    </section>
  );
}

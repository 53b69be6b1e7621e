/**
 * Download the whole workspace as one JSON file (the format of ../../shared/workspace/file.ts).
 */
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { useTranslator } from '../../i18n/react';
import { workspaceFileJson } from '../../shared/workspace/file';
import { exportRecords } from '../../shared/workspace/store';
import { downloadText, localToday } from './download';
import { errorText } from './ui';

export function ExportSection({ count }: { count: number | null }) {
  const tr = useTranslator();
  const ids = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const records = await exportRecords();
      const name = `gpai-navigator-workspace-${localToday()}.json`;
      // The file carries the language it was exported in (ADR 0101).
      downloadText(workspaceFileJson(records, new Date().toISOString(), tr.lang), name, 'application/json');
      setMessage({ ok: true, text: tr.m('workspace.exportedFile', { name, n: records.length }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, tr) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="mt-8">
      <h2 id={`${ids}-h`} className="text-2xl font-semibold">
        {tr.m('workspace.exportTitle')}
      </h2>
      <p className="mt-2 max-w-column">
        {tr.m('workspace.exportText', {
          count: count === null ? '' : tr.m('workspace.exportCount', { n: count }),
        })}
      </p>
      <Button className="mt-4" onClick={() => void download()} disabled={busy}>
        {tr.m('workspace.downloadWorkspace')}
      </Button>
      <p role="status" className="mt-2">
        {message ? (
          <span className={message.ok ? '' : 'font-semibold text-red-800'}>{message.text}</span>
        ) : null}
      </p>
    </section>
  );
}

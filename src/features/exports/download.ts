/** Saves bytes or text as a file through a temporary blob: link (no server, works under the CSP). */
export function downloadFile(data: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : data.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date in the user's time zone, YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Local date-time with its UTC offset: 2026-11-25T14:03:27+01:00. */
export function localIsoDateTime(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${localIsoDate(now)}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

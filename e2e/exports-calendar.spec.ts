/** Calendar (.ics) download (issue #5): a valid RFC 5545 file with every deadline of the report. */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import { evaluate } from '../src/engine/evaluate';
import { encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
});

function parseEvents(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return events;
}

for (const key of ['frontierLabOutsideEu', 'legacyModel2024'] as const) {
  test(`calendar for ${key}: every deadline of the report as an all-day event`, async ({ page }) => {
    const answers = PERSONAS[key] as Answers;
    await page.goto(`/#/report?a=${encodeAnswers(answers, { includeModelName: true })}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gpai-deadlines-[a-z0-9-]*2026-11-25\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const events = parseEvents(ics);
    const starts = events.map((e) => e['DTSTART;VALUE=DATE']);
    const report = evaluate(answers, '2026-11-25');
    for (const m of report.timeline) expect(starts).toContain(m.date.replaceAll('-', ''));
    if (report.notificationDeadline)
      expect(starts).toContain(report.notificationDeadline.replaceAll('-', ''));
    if (report.complianceDeadline) expect(starts).toContain(report.complianceDeadline.replaceAll('-', ''));
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    for (const e of events) expect(e['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
  });
}

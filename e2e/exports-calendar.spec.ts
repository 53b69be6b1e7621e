/**
 * Calendar (.ics) download (issue #5): a valid RFC 5545 file with every deadline of the report; issue #10:
 * reminders before each deadline ahead, past dates marked as past without reminders.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import { evaluate } from '../src/engine/evaluate';
import { encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
});

/** Events as name → value, with their VALARMs' TRIGGER values under "alarms". */
function parseEvents(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: (Record<string, string> & { alarms?: string })[] = [];
  let current: Record<string, string> | null = null;
  let inAlarm = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = { alarms: '' };
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM' || line === 'END:VALARM') inAlarm = line === 'BEGIN:VALARM';
    else if (current && inAlarm) {
      if (line.startsWith('TRIGGER:')) current.alarms = `${current.alarms} ${line.slice(8)}`.trim();
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
    for (const m of report.timeline)
      expect(starts).toContain((m.period?.lastDay ?? m.date).replaceAll('-', ''));
    if (report.notificationDeadline)
      expect(starts).toContain(report.notificationDeadline.replaceAll('-', ''));
    if (report.complianceDeadline) expect(starts).toContain(report.complianceDeadline.replaceAll('-', ''));
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    for (const e of events) {
      expect(e['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
      // Issue #10: a date before the as-of date is past, says so, and has no reminder; deadlines ahead do.
      const past = (e['DTSTART;VALUE=DATE'] ?? '') < '20261125';
      expect(e.CATEGORIES?.split(',').includes('Past')).toBe(past);
      if (past) expect(e.alarms).toBe('');
    }
    const ahead = events.filter(
      (e) => (e['DTSTART;VALUE=DATE'] ?? '') > '20261225' && e.CATEGORIES === 'Obligation',
    );
    for (const e of ahead) expect(e.alarms).toBe('-P29DT15H -P6DT15H -PT15H');
    if (key === 'legacyModel2024') {
      expect(ahead.map((e) => e['DTSTART;VALUE=DATE'])).toEqual(['20270802']);
      expect(ics).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
    } else expect(ics).not.toContain('BEGIN:VALARM');
  });
}

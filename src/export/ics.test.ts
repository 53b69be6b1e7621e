import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import { FIXTURE_ANSWERS } from '../features/report/test-reports';
import { PERSONAS } from '../share/test-personas';
import { buildCalendar, escapeText, foldLine } from './ics';

const AS_OF = '2026-11-25';

/** A small RFC 5545 reader: unfolds lines, splits name;params:value, unescapes TEXT. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter((l) => l !== '');
  const events: Record<string, { params: string; value: string }>[] = [];
  let current: Record<string, { params: string; value: string }> | null = null;
  const calendar: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name = '', params = '', value = ''] = m;
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (current) current[name] = { params, value };
    else calendar[name] = value;
  }
  return { calendar, events, lines };
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

describe('calendar (.ics)', () => {
  it('is valid RFC 5545 framing: CRLF only, lines of at most 75 octets, one VCALENDAR', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const ics = buildCalendar({ report: evaluate(answers, AS_OF), answers });
      expect(ics.endsWith('\r\n'), name).toBe(true);
      expect(ics.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n'))
        expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      const { calendar, lines } = parseIcs(ics);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(calendar.VERSION).toBe('2.0');
      expect(calendar.PRODID).toMatch(/GPAI Navigator/);
    }
  });

  it('has an all-day event for every milestone and every obligation date, with the deadlines', () => {
    const report = evaluate(frontier, AS_OF);
    const { events } = parseIcs(buildCalendar({ report, answers: frontier }));
    const starts = events.map((e) => e.DTSTART?.value);
    for (const m of report.timeline) expect(starts).toContain(m.date.replaceAll('-', ''));
    for (const o of report.obligations)
      if (!o.exempted && (o.dueBy ?? o.appliesFrom))
        expect(starts).toContain((o.dueBy ?? o.appliesFrom)?.replaceAll('-', ''));
    expect(report.notificationDeadline).toBe('2025-11-24');
    const notification = events.find(
      (e) => e.DTSTART?.value === '20251124' && /Notify/.test(e.SUMMARY?.value ?? ''),
    );
    expect(notification?.SUMMARY?.value).toMatch(/^Łódź AI: Notify the Commission/);
    for (const e of events) {
      expect(e.DTSTART?.params).toBe(';VALUE=DATE');
      expect(e.DTEND?.params).toBe(';VALUE=DATE');
      const start = e.DTSTART?.value ?? '';
      const next = new Date(Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6) + 1));
      expect(e.DTEND?.value).toBe(next.toISOString().slice(0, 10).replaceAll('-', ''));
      expect(e.DTSTAMP?.value).toBe('20261125T000000Z');
      expect(e.UID?.value).toMatch(/^[0-9a-f]{24}@gpai-navigator\.local$/);
    }
    expect(new Set(events.map((e) => e.UID?.value)).size).toBe(events.length);
  });

  it('covers the 2 Aug 2027 legacy deadline for a model placed in 2024', () => {
    const legacy = PERSONAS.legacyModel2024 as Answers;
    const { events } = parseIcs(buildCalendar({ report: evaluate(legacy, AS_OF), answers: legacy }));
    expect(events.map((e) => e.DTSTART?.value)).toContain('20270802');
  });

  it('is reproducible, and UIDs do not change when the as-of date changes (re-import updates events)', () => {
    const a = buildCalendar({ report: evaluate(frontier, AS_OF), answers: frontier });
    expect(buildCalendar({ report: evaluate(frontier, AS_OF), answers: frontier })).toBe(a);
    const later = buildCalendar({ report: evaluate(frontier, '2027-01-10'), answers: frontier });
    const uids = (s: string) =>
      parseIcs(s)
        .events.map((e) => e.UID?.value)
        .sort();
    expect(uids(later)).toEqual(uids(a));
    const other = { ...frontier, euEstablished: 'yes' as const };
    expect(uids(buildCalendar({ report: evaluate(other, AS_OF), answers: other }))).not.toEqual(uids(a));
  });

  it('escapes text and folds long lines without splitting characters', () => {
    const tricky = { ...frontier, modelName: `Ącme; "model", v2\\beta\nline two ${'Ż'.repeat(60)}` };
    const ics = buildCalendar({ report: evaluate(tricky, AS_OF), answers: tricky });
    const { events, calendar } = parseIcs(ics);
    expect(unescapeText(calendar['X-WR-CALNAME'] ?? '')).toBe(`GPAI deadlines — ${tricky.modelName}`);
    for (const e of events)
      expect(unescapeText(e.SUMMARY?.value ?? '').startsWith(`${tricky.modelName}: `)).toBe(true);
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'ł'.repeat(100)}`);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ł'.repeat(100)}`);
  });

  it('never contains the share link or the answers (calendars are often synced to a server)', () => {
    const ics = buildCalendar({ report: evaluate(frontier, AS_OF), answers: frontier });
    expect(ics).not.toMatch(/a=v1\.|#\/report/);
  });

  it('puts a moved deadline on its legal last day and explains the move in the description (R87)', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.movedDeadline);
    const report = evaluate(answers, AS_OF);
    const { events } = parseIcs(buildCalendar({ report, answers }));
    const onLastDay = events.filter((e) => e.DTSTART?.value === '20261130');
    expect(onLastDay.map((e) => unescapeText(e.SUMMARY?.value ?? ''))).toEqual(
      expect.arrayContaining(['Aurora-2: Due: Art. 52(1)']),
    );
    expect(events.some((e) => e.DTSTART?.value === '20261128')).toBe(false);
    for (const e of onLastDay) {
      const description = unescapeText(e.DESCRIPTION?.value ?? '');
      expect(description).toContain('Moved from Saturday 28 November 2026 to Monday 30 November 2026.');
      expect(description).toContain('Reg. (EEC, Euratom) No 1182/71, Art. 3(4)');
    }
    expect(onLastDay.length).toBeGreaterThanOrEqual(1);
  });

  it('says "at the latest" for a notification bounded from placing (R89)', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.atLatest);
    const { events } = parseIcs(buildCalendar({ report: evaluate(answers, AS_OF), answers }));
    const due = events.find(
      (e) => unescapeText(e.SUMMARY?.value ?? '') === 'Borealis: Due at the latest: Art. 52(1)',
    );
    expect(due?.DTSTART?.value).toBe('20260126');
    expect(unescapeText(due?.DESCRIPTION?.value ?? '')).toContain(
      'At the latest Monday 26 January 2026: 2 weeks after first placing on 10 January 2026.',
    );
  });

  it('adds a reminder on the "prepare from" date of the systemic-risk duties (E28)', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.prepareFrom);
    const { events } = parseIcs(buildCalendar({ report: evaluate(answers, AS_OF), answers }));
    const prepare = events.filter((e) => e.CATEGORIES?.value === 'Preparation');
    expect(prepare).toHaveLength(1);
    expect(prepare[0]?.DTSTART?.value).toBe('20261001');
    expect(unescapeText(prepare[0]?.SUMMARY?.value ?? '')).toBe(
      'Cirrus: Prepare: Art. 55(1)(a), Art. 55(1)(b), Art. 55(1)(c), Art. 55(1)(d)',
    );
    expect(unescapeText(prepare[0]?.DESCRIPTION?.value ?? '')).toContain('(ambiguous, E28)');
  });
});

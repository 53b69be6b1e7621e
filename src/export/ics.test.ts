import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { FIXTURE_ANSWERS } from '../features/report/test-reports';
import { english } from '../i18n/english';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { PERSONAS } from '../share/test-personas';
import { buildCalendar, escapeText, foldLine } from './ics';

const AS_OF = '2026-11-25';

type Props = Record<string, { params: string; value: string }>;
type ParsedEvent = Props & { alarms?: never };

/** A small RFC 5545 reader: unfolds lines, splits name;params:value; VALARMs are kept per event. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter((l) => l !== '');
  const events: ParsedEvent[] = [];
  const alarms = new Map<ParsedEvent, Props[]>();
  let current: ParsedEvent | null = null;
  let alarm: Props | null = null;
  const calendar: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name = '', params = '', value = ''] = m;
    if (line === 'BEGIN:VEVENT') current = {} as ParsedEvent;
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM') alarm = {};
    else if (line === 'END:VALARM') {
      if (current && alarm) alarms.set(current, [...(alarms.get(current) ?? []), alarm]);
      alarm = null;
    } else if (alarm) alarm[name] = { params, value };
    else if (current) current[name] = { params, value };
    else calendar[name] = value;
  }
  const alarmsOf = (e: ParsedEvent) => alarms.get(e) ?? [];
  return { calendar, events, lines, alarmsOf };
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

describe('calendar (.ics)', () => {
  it('is valid RFC 5545 framing: CRLF only, lines of at most 75 octets, one VCALENDAR', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const ics = buildCalendar({ report: evaluateInEnglish(answers, AS_OF), answers, translator: english });
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
    const report = evaluateInEnglish(frontier, AS_OF);
    const { events } = parseIcs(buildCalendar({ report, answers: frontier, translator: english }));
    const starts = events.map((e) => e.DTSTART?.value);
    for (const m of report.timeline) expect(starts).toContain(m.date.replaceAll('-', ''));
    for (const o of report.obligations)
      if (!o.exempted && (o.dueBy ?? o.appliesFrom))
        expect(starts).toContain((o.dueBy ?? o.appliesFrom)?.replaceAll('-', ''));
    expect(report.notificationDeadline).toBe('2025-11-24');
    // The deadline milestone and the obligation due that day are one event (no near-duplicates).
    const notification = events.filter((e) => e.DTSTART?.value === '20251124');
    expect(notification).toHaveLength(1);
    expect(unescapeText(notification[0]?.SUMMARY?.value ?? '')).toBe('Łódź AI: Was due: Art. 52(1)');
    expect(unescapeText(notification[0]?.DESCRIPTION?.value ?? '')).toContain('Notify the Commission');
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
    const { events } = parseIcs(
      buildCalendar({ report: evaluateInEnglish(legacy, AS_OF), answers: legacy, translator: english }),
    );
    expect(events.map((e) => e.DTSTART?.value)).toContain('20270802');
  });

  it('is reproducible, and UIDs do not change when the as-of date changes (re-import updates events)', () => {
    const a = buildCalendar({
      report: evaluateInEnglish(frontier, AS_OF),
      answers: frontier,
      translator: english,
    });
    expect(
      buildCalendar({ report: evaluateInEnglish(frontier, AS_OF), answers: frontier, translator: english }),
    ).toBe(a);
    const later = buildCalendar({
      report: evaluateInEnglish(frontier, '2027-01-10'),
      answers: frontier,
      translator: english,
    });
    const uids = (s: string) =>
      parseIcs(s)
        .events.map((e) => e.UID?.value)
        .sort();
    expect(uids(later)).toEqual(uids(a));
    const other = { ...frontier, euEstablished: 'yes' as const };
    expect(
      uids(buildCalendar({ report: evaluateInEnglish(other, AS_OF), answers: other, translator: english })),
    ).not.toEqual(uids(a));
  });

  it('escapes text and folds long lines without splitting characters', () => {
    const tricky = { ...frontier, modelName: `Ącme; "model", v2\\beta\nline two ${'Ż'.repeat(60)}` };
    const ics = buildCalendar({
      report: evaluateInEnglish(tricky, AS_OF),
      answers: tricky,
      translator: english,
    });
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
    const ics = buildCalendar({
      report: evaluateInEnglish(frontier, AS_OF),
      answers: frontier,
      translator: english,
    });
    expect(ics).not.toMatch(/a=v1\.|#\/report/);
  });

  it('puts a moved deadline on its legal last day and explains the move in the description (R87)', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.movedDeadline);
    const report = evaluateInEnglish(answers, AS_OF);
    const { events } = parseIcs(buildCalendar({ report, answers, translator: english }));
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

  it('says "at the latest" for a notification bounded from placing (R89), and "was due" once past', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.atLatest);
    const before = parseIcs(
      buildCalendar({ report: evaluateInEnglish(answers, '2026-01-20'), answers, translator: english }),
    );
    expect(before.events.map((e) => unescapeText(e.SUMMARY?.value ?? ''))).toContain(
      'Borealis: Due at the latest: Art. 52(1)',
    );
    const { events } = parseIcs(
      buildCalendar({ report: evaluateInEnglish(answers, AS_OF), answers, translator: english }),
    );
    const due = events.find(
      (e) => unescapeText(e.SUMMARY?.value ?? '') === 'Borealis: Was due at the latest: Art. 52(1)',
    );
    expect(due?.DTSTART?.value).toBe('20260126');
    expect(unescapeText(due?.DESCRIPTION?.value ?? '')).toContain(
      'At the latest Monday 26 January 2026: 2 weeks after first placing on 10 January 2026.',
    );
  });

  it('adds a reminder on the "prepare from" date of the systemic-risk duties (E28)', () => {
    const answers = answersSchema.parse(FIXTURE_ANSWERS.prepareFrom);
    const { events } = parseIcs(
      buildCalendar({ report: evaluateInEnglish(answers, AS_OF), answers, translator: english }),
    );
    const prepare = events.filter((e) => e.CATEGORIES?.value.startsWith('Preparation'));
    expect(prepare).toHaveLength(1);
    expect(prepare[0]?.DTSTART?.value).toBe('20261001');
    // 1 October 2026 is before the as-of date: marked as past.
    expect(prepare[0]?.CATEGORIES?.value).toBe('Preparation,Past');
    expect(unescapeText(prepare[0]?.SUMMARY?.value ?? '')).toBe(
      'Cirrus: Past: Prepare: Art. 55(1)(a), Art. 55(1)(b), Art. 55(1)(c), Art. 55(1)(d)',
    );
    expect(unescapeText(prepare[0]?.DESCRIPTION?.value ?? '')).toContain('(ambiguous, E28)');
  });

  it('reminds 30, 7 and 1 days before a deadline ahead, at 09:00, only those still ahead on the as-of date', () => {
    const legacy = PERSONAS.legacyModel2024 as Answers;
    const triggersOn = (asOf: string) => {
      const { events, alarmsOf } = parseIcs(
        buildCalendar({ report: evaluateInEnglish(legacy, asOf), answers: legacy, translator: english }),
      );
      const due = events.find((e) => e.DTSTART?.value === '20270802');
      for (const a of alarmsOf(due as ParsedEvent)) {
        expect(a.ACTION?.value).toBe('DISPLAY');
        expect(unescapeText(a.DESCRIPTION?.value ?? '')).toMatch(
          /^In \d+ days? \(2 August 2027\): Due: Art\. 53/,
        );
      }
      return alarmsOf(due as ParsedEvent).map((a) => a.TRIGGER?.value);
    };
    expect(triggersOn(AS_OF)).toEqual(['-P29DT15H', '-P6DT15H', '-PT15H']);
    // At and beside each boundary: a reminder whose day has passed is left out.
    expect(triggersOn('2027-07-03')).toEqual(['-P29DT15H', '-P6DT15H', '-PT15H']);
    expect(triggersOn('2027-07-04')).toEqual(['-P6DT15H', '-PT15H']);
    expect(triggersOn('2027-07-26')).toEqual(['-P6DT15H', '-PT15H']);
    expect(triggersOn('2027-07-27')).toEqual(['-PT15H']);
    expect(triggersOn('2027-08-01')).toEqual(['-PT15H']);
    expect(triggersOn('2027-08-02')).toEqual([]);
  });

  it('marks past events as past (summary, category, first line) and gives them no reminder', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const { events, alarmsOf } = parseIcs(
        buildCalendar({ report: evaluateInEnglish(answers, AS_OF), answers, translator: english }),
      );
      for (const e of events) {
        const past = (e.DTSTART?.value ?? '') < '20261125';
        const prefix = answers.modelName ? `${answers.modelName}: ` : '';
        const summary = unescapeText(e.SUMMARY?.value ?? '').slice(prefix.length);
        expect(e.CATEGORIES?.value.split(',').includes('Past'), `${name} ${summary}`).toBe(past);
        if (!past) continue;
        expect(summary, name).toMatch(/^(?:Past: |Was due|In force since: |Done: )/);
        expect(unescapeText(e.DESCRIPTION?.value ?? '')).toMatch(
          /^This date has passed \(as of 25 November 2026\)\./,
        );
        expect(alarmsOf(e)).toEqual([]);
      }
    }
    const frontierEvents = parseIcs(
      buildCalendar({ report: evaluateInEnglish(frontier, AS_OF), answers: frontier, translator: english }),
    ).events;
    expect(frontierEvents.map((e) => unescapeText(e.SUMMARY?.value ?? ''))).toEqual(
      expect.arrayContaining([
        'Łódź AI: Was due: Art. 52(1)',
        expect.stringMatching(/^Łódź AI: In force since: Art\. 53\(1\)\(a\)/),
        'Łódź AI: Past: Model first placed on the EU market',
      ]),
    );
  });

  it('lists obligations with unknown dates in one note on the as-of date, with a stable UID', () => {
    const unknown = answersSchema.parse({
      ...frontier,
      placing: { ...frontier.placing, placingDate: 'unknown' },
      systemicRisk: { ...frontier.systemicRisk, thresholdMetDate: 'unknown' },
    });
    const note = (asOf: string) =>
      parseIcs(
        buildCalendar({ report: evaluateInEnglish(unknown, asOf), answers: unknown, translator: english }),
      ).events.filter((e) => e.CATEGORIES?.value.includes('Date unknown'));
    const [first, ...others] = note(AS_OF);
    expect(others).toEqual([]);
    expect(first?.DTSTART?.value).toBe('20261125');
    const summary = unescapeText(first?.SUMMARY?.value ?? '');
    expect(summary).toMatch(/^Łódź AI: Dates not known yet: Art\. 53\(1\)\(a\), /);
    for (const article of ['Art. 53(1)(a)', 'Art. 54', 'Art. 52(1)', 'Art. 55(1)(d)'])
      expect(summary).toContain(article);
    expect(unescapeText(first?.DESCRIPTION?.value ?? '')).toContain('Art. 52(1) — ');
    expect(note('2027-01-10')[0]?.UID?.value).toBe(first?.UID?.value);
    // With every date known there is no such note.
    expect(
      parseIcs(
        buildCalendar({ report: evaluateInEnglish(frontier, AS_OF), answers: frontier, translator: english }),
      ).events.some((e) => e.CATEGORIES?.value.includes('Date unknown')),
    ).toBe(false);
  });

  it('has no near-duplicates: a deadline and the obligations due that day are one event', () => {
    for (const asOf of ['2025-06-01', AS_OF, '2028-01-01'])
      for (const [name, answers] of Object.entries(PERSONAS)) {
        const { events } = parseIcs(
          buildCalendar({ report: evaluateInEnglish(answers, asOf), answers, translator: english }),
        );
        const keys = events.map((e) => `${e.DTSTART?.value} ${e.SUMMARY?.value}`);
        expect(new Set(keys).size, name).toBe(keys.length);
        const obligationDays = new Set(
          events.filter((e) => e.CATEGORIES?.value.startsWith('Obligation')).map((e) => e.DTSTART?.value),
        );
        for (const e of events.filter((x) => x.CATEGORIES?.value.startsWith('Deadline')))
          expect(obligationDays.has(e.DTSTART?.value), `${name} ${e.SUMMARY?.value}`).toBe(false);
      }
    const legacy = PERSONAS.legacyModel2024 as Answers;
    const { events } = parseIcs(
      buildCalendar({ report: evaluateInEnglish(legacy, AS_OF), answers: legacy, translator: english }),
    );
    const onDeadline = events.filter((e) => e.DTSTART?.value === '20270802');
    expect(onDeadline).toHaveLength(1);
    expect(unescapeText(onDeadline[0]?.DESCRIPTION?.value ?? '')).toMatch(
      /^Compliance deadline for models placed before 2 August 2025\./,
    );
  });

  it('strips the control characters RFC 5545 forbids from every text value, the model name included', () => {
    const nasty = { ...frontier, modelName: `A\u0000B\u0007C\u001bD\u007fE\u0085F\tG\ud800H` };
    const ics = buildCalendar({
      report: evaluateInEnglish(nasty, AS_OF),
      answers: nasty,
      translator: english,
    });
    const body = ics.replace(/\r\n/g, '');
    for (const ch of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800'])
      expect(body).not.toContain(ch);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(ics))).toBe(ics);
    const { events, calendar } = parseIcs(ics);
    expect(unescapeText(calendar['X-WR-CALNAME'] ?? '')).toBe('GPAI deadlines — ABCDEF\tG\ufffdH');
    for (const e of events) expect(unescapeText(e.SUMMARY?.value ?? '')).toMatch(/^ABCDEF\tG\ufffdH: /);
    expect(escapeText('a\u0001\r\nb\rc\u0008')).toBe('a\\nb\\nc');
  });
});

import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { english } from '../i18n/english';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { PERSONAS } from '../share/test-personas';
import { mergeTasks, tasksFor } from '../shared/workspace/tasks';
import type { TaskRecord } from '../shared/workspace/types';
import { buildTasksCalendar, type CalendarTask } from './ics';

/** Unfolds lines and splits events; VALARMs counted per event. Independent of the writer. */
function parse(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: { props: Record<string, string>; triggers: string[] }[] = [];
  let current: { props: Record<string, string>; triggers: string[] } | null = null;
  let inAlarm = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = { props: {}, triggers: [] };
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (current) {
      const i = line.indexOf(':');
      const name = line.slice(0, i).split(';')[0] ?? '';
      if (inAlarm && name === 'TRIGGER') current.triggers.push(line.slice(i + 1));
      else if (!inAlarm) current.props[name] = line.slice(i + 1);
    }
  }
  return { lines, events };
}
const text = (v: string | undefined) =>
  (v ?? '').replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const AS_OF = '2026-11-30';
const legacy = PERSONAS.legacyModel2024 as Answers; // obligations due 2 August 2027
const frontier = PERSONAS.frontierLabOutsideEu as Answers; // obligations in force since 1 March 2026

const rec = (
  over: Partial<TaskRecord> & Pick<TaskRecord, 'id' | 'assessmentId' | 'obligationId'>,
): TaskRecord => ({
  kind: 'task',
  format: 1,
  itemKey: null,
  status: 'not-started',
  reason: '',
  owner: '',
  due: null,
  evidence: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
  rev: 1,
  ...over,
});

function tasks(records: TaskRecord[] = []): CalendarTask[] {
  const a = mergeTasks(tasksFor('A', evaluateInEnglish(legacy, AS_OF)), records).map((t) => ({
    ...t,
    modelName: 'Legacy',
  }));
  const b = mergeTasks(tasksFor('B', evaluateInEnglish(frontier, AS_OF)), records).map((t) => ({
    ...t,
    modelName: 'Frontier',
  }));
  return [...a, ...b];
}

const byUidOf = (events: ReturnType<typeof parse>['events']) => new Map(events.map((e) => [e.props.UID, e]));

describe('tasks calendar (.ics, all models)', () => {
  it('has one all-day event per dated task across both models, each open one ahead with 30, 7, 1 day reminders', () => {
    const list = tasks();
    const { events, lines } = parse(buildTasksCalendar(list, AS_OF, english));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(events).toHaveLength(list.length);
    const doc = events.find((e) => text(e.props.SUMMARY).startsWith('Legacy: Due: Art. 53(1)(a) — '));
    expect(doc?.props.DTSTART).toBe('20270802');
    expect(doc?.triggers).toEqual(['-P29DT15H', '-P6DT15H', '-PT15H']);
    for (const e of events) expect(e.props.UID).toMatch(/^[0-9a-f]{24}@gpai-navigator\.local$/);
    expect(new Set(events.map((e) => e.props.UID)).size).toBe(events.length);
  });

  it('marks an open task whose date has passed as overdue, without reminders', () => {
    const { events } = parse(buildTasksCalendar(tasks(), AS_OF, english));
    const overdue = events.filter((e) => text(e.props.SUMMARY).startsWith('Frontier: Overdue: '));
    expect(overdue.length).toBeGreaterThan(0);
    for (const e of overdue) {
      expect(e.triggers).toEqual([]);
      expect(e.props.CATEGORIES).toBe('Task,Overdue');
    }
  });

  it('keeps done and not-needed tasks, marked and without reminders; a user date moves the event', () => {
    const { events } = parse(
      buildTasksCalendar(
        tasks([
          rec({ id: 'A/art53_1_a', assessmentId: 'A', obligationId: 'art53_1_a', status: 'done' }),
          rec({
            id: 'A/art53_1_b',
            assessmentId: 'A',
            obligationId: 'art53_1_b',
            status: 'not-needed',
            reason: 'x',
          }),
          rec({
            id: 'A/art53_1_c',
            assessmentId: 'A',
            obligationId: 'art53_1_c',
            due: '2027-03-15',
            owner: 'Ana',
          }),
        ]),
        AS_OF,
        english,
      ),
    );
    const find = (prefix: string) => events.find((e) => text(e.props.SUMMARY).startsWith(prefix));
    expect(find('Legacy: Done: Art. 53(1)(a) — ')?.triggers).toEqual([]);
    expect(find('Legacy: Done: Art. 53(1)(a) — ')?.props.CATEGORIES).toBe('Task,Done');
    expect(find('Legacy: Not needed: Art. 53(1)(b) — ')?.triggers).toEqual([]);
    const moved = find('Legacy: Due: Art. 53(1)(c) — ');
    expect(moved?.props.DTSTART).toBe('20270315');
    expect(moved?.triggers).toHaveLength(3);
    expect(text(moved?.props.DESCRIPTION)).toContain(
      "Due date set by you; the engine's date is 2 August 2027.",
    );
    expect(text(moved?.props.DESCRIPTION)).toContain('Owner: Ana.');
  });

  it('gives a task the same UID whatever its status, date or as-of date (a re-import updates the event)', () => {
    const before = byUidOf(parse(buildTasksCalendar(tasks(), AS_OF, english)).events);
    const after = byUidOf(
      parse(
        buildTasksCalendar(
          tasks([
            rec({
              id: 'A/art53_1_a',
              assessmentId: 'A',
              obligationId: 'art53_1_a',
              status: 'done',
              due: '2027-05-01',
            }),
          ]),
          '2027-01-10',
          english,
        ),
      ).events,
    );
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...after.values()].find((e) =>
      text(e.props.SUMMARY).startsWith('Legacy: Done: Art. 53(1)(a) — '),
    );
    expect(before.get(changed?.props.UID)?.props.DTSTART).toBe('20270802');
    expect(changed?.props.DTSTART).toBe('20270501');
  });

  it('leaves out reminders already past on the as-of date', () => {
    const { events } = parse(buildTasksCalendar(tasks(), '2027-07-20', english));
    const doc = events.find((e) => text(e.props.SUMMARY).startsWith('Legacy: Due: Art. 53(1)(a) — '));
    expect(doc?.triggers).toEqual(['-P6DT15H', '-PT15H']);
  });

  it('never carries the evidence (calendars are often synced to a server)', () => {
    const ics = buildTasksCalendar(
      tasks([
        rec({
          id: 'A/art53_1_a',
          assessmentId: 'A',
          obligationId: 'art53_1_a',
          evidence: 'https://intranet/secret',
        }),
      ]),
      AS_OF,
      english,
    );
    expect(ics).not.toContain('intranet');
  });

  it('lists open tasks without any date in one note on the as-of date', () => {
    const undated: CalendarTask = {
      ...(tasks()[0] as CalendarTask),
      id: 'X/art53_1_a',
      due: null,
      dueSource: null,
      engineDue: null,
    };
    const { events } = parse(buildTasksCalendar([undated], AS_OF, english));
    expect(events).toHaveLength(1);
    expect(events[0]?.props.DTSTART).toBe('20261130');
    expect(text(events[0]?.props.SUMMARY)).toBe('Tasks without a date: 1');
    expect(text(events[0]?.props.DESCRIPTION)).toContain('Legacy: Art. 53(1)(a) — ');
  });
});

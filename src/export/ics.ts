/**
 * RFC 5545 calendar of a report's deadlines: every timeline milestone and every obligation date, as all-day
 * events, plus a reminder on each "prepare from" date (E28). A deadline that is the end of a period sits on its
 * legal last day and its description says whether and why it moved (R87). Reproducible: the same report and
 * answers give the same bytes (DTSTAMP is the as-of date, UIDs are derived from the answers hash and the
 * milestone id). Pure. Issue #10 (ADR 0074): each deadline still ahead carries reminders 30, 7 and 1 days
 * before (those not already past on the as-of date); a date before the as-of date is marked as past ("Was due",
 * "Past:", category Past) and has no reminder; obligations whose date is not known yet are listed in one note
 * on the as-of date; a deadline milestone and the obligations due that day are one event, not two. Text values
 * lose the control characters RFC 5545 forbids (§3.3.11), wherever they come from (the model name included).
 * Issue #9 (ADR 0095): buildTasksCalendar, one calendar of the obligation tracker's tasks across all models.
 */
import type { Answers } from '../engine/answers';
import type { Milestone, Obligation, Report } from '../engine/report';
import type { MessageId } from '../engine/text';
import { citationText } from '../i18n/citations';
import type { Translator } from '../i18n/translator';
import { answersHash } from '../share/hash';
import { sha256, toHex } from '../share/sha256';
import { encodeWtf8 } from '../share/wtf8';
import { periodLines, prepareFromNote, stepTakenWords } from './period-words';
import { obligationDate, obligationStatusWords, taskStatusWords } from './words';

export interface CalendarInput {
  report: Report;
  answers: Answers;
  /** The language of every word in the file (the report is already localized to it). */
  translator: Translator;
}

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** CATEGORIES values, e.g. ['Obligation', 'Past']. */
  categories: readonly string[];
  /** Reminders, in whole days before the event (each at 09:00 local time). */
  alarms: readonly number[];
}

/** Reminders before each deadline still ahead, in days (issue #10). */
export const REMINDER_DAYS: readonly number[] = [30, 7, 1];

const CRLF = '\r\n';
const UID_DOMAIN = 'gpai-navigator.local';

// RFC 5545 §3.3.11: TEXT may hold any character but CONTROL (%x00-08 / %x0A-1F / %x7F); a line break is
// written as \n, and a tab is allowed. C1 controls are removed too (they display as nothing or garbage).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point here
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// A lone UTF-16 surrogate has no UTF-8 form: it becomes U+FFFD, so the file is valid UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** TEXT value escaping (RFC 5545 §3.3.11), after removing the characters a TEXT value may not hold. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encodeWtf8(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A reminder N days before an all-day event, at 09:00 local time: N−1 days and 15 hours before its start. */
function trigger(days: number): string {
  return days === 1 ? '-PT15H' : `-P${days - 1}DT15H`;
}

function uid(hash: string, id: string): string {
  // Stable per answer set and milestone; the id is hashed so any characters are safe.
  return `${toHex(sha256(encodeWtf8(`${hash}/${id}`))).slice(0, 24)}@${UID_DOMAIN}`;
}

/** The day an obligation's event falls on: a period's legal last day (R87), else its due or start date. */
function eventDate(o: Obligation): string | null {
  return o.period && o.dueBy ? o.period.lastDay : obligationDate(o);
}

function groupByDate(obligations: readonly Obligation[], dateOf: (o: Obligation) => string | null) {
  const byDate = new Map<string, Obligation[]>();
  for (const o of obligations) {
    const date = dateOf(o);
    if (!date || o.exempted) continue;
    byDate.set(date, [...(byDate.get(date) ?? []), o]);
  }
  return [...byDate.entries()];
}

/** Reminders that still lie ahead on the as-of date (none for a date already past). */
function alarmsFor(date: string, asOf: string): number[] {
  return REMINDER_DAYS.filter((days) => addDays(date, -days) >= asOf);
}

const pastLine = (asOf: string, tr: Translator) => tr.m('documents.icsPast', { date: { date: asOf } });

function obligationLines(o: Obligation, asOf: string, tr: Translator): string {
  return [
    tr.m('documents.icsObligationLine', {
      article: o.article,
      title: o.title,
      status: obligationStatusWords(o, tr),
      date: { date: asOf },
    }),
    ...(o.period ? periodLines(o.period, tr) : []),
    stepTakenWords(o, tr),
  ]
    .filter(Boolean)
    .join('\n');
}

function milestoneLines(m: Milestone, tr: Translator): string {
  return [
    m.description,
    ...(m.period ? periodLines(m.period, tr) : []),
    m.citations.map((c) => citationText(c, tr.lang)).join('; '),
    m.rules.join(', '),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * One event per day with obligations: what is due or applies that day. A deadline milestone on the same day
 * (the notification deadline, the legacy compliance deadline) is the same deadline seen from the timeline, so
 * it is told in this event's description instead of being a second event.
 */
function obligationEvents(
  report: Report,
  hash: string,
  prefix: string,
  deadlines: Milestone[],
  tr: Translator,
): CalendarEvent[] {
  const { asOf } = report;
  return groupByDate(report.obligations, eventDate).map(([date, list]) => {
    const articles = list.map((o) => o.article).join(', ');
    const due = list.some((o) => o.dueBy !== null && (o.dueBy === date || o.period?.lastDay === date));
    const atLatest = list.some((o) => o.period?.bound === 'atLatest');
    const past = date < asOf;
    const verb = obligationVerb(list, past, due ? (atLatest ? 'atLatest' : 'due') : null);
    const sameDay = deadlines.filter((m) => milestoneDate(m) === date);
    return {
      uid: uid(hash, `obligations-${date}`),
      date,
      summary: tr.m('documents.icsSummary', { prefix, verb: tr.m(verb), articles }),
      description: [
        ...(past ? [pastLine(asOf, tr)] : []),
        ...sameDay.map((m) => `${m.label}.\n${milestoneLines(m, tr)}`),
        ...list.map((o) => obligationLines(o, asOf, tr)),
      ].join('\n'),
      categories: past
        ? [tr.m('documents.categoryObligation'), tr.m('documents.categoryPast')]
        : [tr.m('documents.categoryObligation')],
      alarms: past || verb === 'documents.icsVerbDone' ? [] : alarmsFor(date, asOf),
    };
  });
}

/**
 * "Due", "Due at the latest", "Applies"; once the date has passed, "Was due" for a one-off act not done
 * (overdue), "In force since" for duties that apply from that day, and "Done" for an act the answers say was
 * done: a past date never reads as work ahead.
 */
function obligationVerb(
  list: readonly Obligation[],
  past: boolean,
  due: 'due' | 'atLatest' | null,
): MessageId {
  if (list.every((o) => o.status === 'done')) return 'documents.icsVerbDone';
  if (past)
    return list.some((o) => o.status === 'overdue') && due
      ? due === 'atLatest'
        ? 'documents.icsVerbWasDueAtLatest'
        : 'documents.icsVerbWasDue'
      : 'documents.icsVerbInForceSince';
  if (due) return due === 'atLatest' ? 'documents.icsVerbDueAtLatest' : 'documents.icsVerbDue';
  return 'documents.icsVerbApplies';
}

/** E28: a reminder on the day to start preparing for duties that apply later (the guidelines' reading). */
function prepareEvents(report: Report, hash: string, prefix: string, tr: Translator): CalendarEvent[] {
  return groupByDate(report.obligations, (o) => o.prepareFrom).map(([date, list]) => {
    const past = date < report.asOf;
    return {
      uid: uid(hash, `prepare-${date}`),
      date,
      summary: tr.m('documents.icsPrepare', {
        prefix,
        past: past ? tr.m('documents.icsPastPrefix') : '',
        articles: list.map((o) => o.article).join(', '),
      }),
      description: [
        ...(past ? [pastLine(report.asOf, tr)] : []),
        tr.m('documents.icsPrepareFrom', {
          date: { date },
          note: prepareFromNote(list[0] as Obligation, tr),
        }),
        ...list.map((o) => tr.m('documents.icsObligationTitle', { article: o.article, title: o.title })),
      ].join('\n'),
      categories: past
        ? [tr.m('documents.categoryPreparation'), tr.m('documents.categoryPast')]
        : [tr.m('documents.categoryPreparation')],
      alarms: [],
    };
  });
}

/**
 * Obligations whose date depends on an answer given as unknown: one note on the as-of date (the day the
 * calendar was made), so they are seen rather than silently missing. Its UID does not depend on the date, so
 * importing a later calendar moves the note instead of adding another.
 */
function unknownDatesEvent(report: Report, hash: string, prefix: string, tr: Translator): CalendarEvent[] {
  const unknown = report.obligations.filter((o) => !o.exempted && eventDate(o) === null);
  if (unknown.length === 0) return [];
  const questions = report.openQuestions.map((q) => `– ${q.question}`);
  return [
    {
      uid: uid(hash, 'unknown-dates'),
      date: report.asOf,
      summary: tr.m('documents.icsDatesUnknown', {
        prefix,
        articles: unknown.map((o) => o.article).join(', '),
      }),
      description: [
        tr.m('documents.icsDatesUnknownIntro', { date: { date: report.asOf } }),
        ...unknown.map((o) =>
          tr.m('documents.icsUnknownLine', {
            article: o.article,
            title: o.title,
            status: obligationStatusWords(o, tr),
          }),
        ),
        ...(questions.length ? [tr.m('documents.icsOpenQuestions'), ...questions] : []),
      ].join('\n'),
      categories: [tr.m('documents.categoryObligation'), tr.m('documents.categoryDateUnknown')],
      alarms: [],
    },
  ];
}

/** A milestone's day: a period's legal last day (R87), else its date. */
function milestoneDate(m: Milestone): string {
  return m.period?.lastDay ?? m.date;
}

function milestoneEvent(
  m: Milestone,
  report: Report,
  hash: string,
  prefix: string,
  tr: Translator,
): CalendarEvent {
  const date = milestoneDate(m);
  const past = date < report.asOf;
  const category = tr.m(
    m.kind === 'deadline'
      ? 'documents.categoryDeadline'
      : m.kind === 'law'
        ? 'documents.categoryLaw'
        : 'documents.categoryMilestone',
  );
  return {
    uid: uid(hash, `milestone-${m.id}`),
    date,
    summary: `${prefix}${past ? tr.m('documents.icsPastPrefix') : ''}${m.period?.bound === 'atLatest' ? tr.m('documents.icsAtTheLatest') : ''}${m.label}`,
    description: [...(past ? [pastLine(report.asOf, tr)] : []), milestoneLines(m, tr)].join('\n'),
    categories: past ? [category, tr.m('documents.categoryPast')] : [category],
    alarms: m.kind === 'deadline' && !past ? alarmsFor(date, report.asOf) : [],
  };
}

/** The events, in date order (then by id), so the file is stable. */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const { report, answers, translator: tr } = input;
  const hash = answersHash(answers);
  const prefix = answers.modelName ? `${answers.modelName}: ` : '';
  const obligationDays = new Set(
    report.obligations.filter((o) => !o.exempted).flatMap((o) => eventDate(o) ?? []),
  );
  const [merged, separate] = partition(
    report.timeline,
    (m) => m.kind === 'deadline' && obligationDays.has(milestoneDate(m)),
  );
  const events = [
    ...separate.map((m) => milestoneEvent(m, report, hash, prefix, tr)),
    ...obligationEvents(report, hash, prefix, merged, tr),
    ...prepareEvents(report, hash, prefix, tr),
    ...unknownDatesEvent(report, hash, prefix, tr),
  ];
  // Two events with the same day and the same words are one.
  const seen = new Set<string>();
  return events
    .filter((e) => {
      const key = `${e.date}|${e.summary}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1));
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

function eventLines(e: CalendarEvent, stamp: string, description: string, tr: Translator): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${e.categories.map(escapeText).join(',')}`,
    'TRANSP:TRANSPARENT',
    ...e.alarms.flatMap((days) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(tr.m('documents.icsReminder', { days, date: { date: e.date }, summary: e.summary }))}`,
      `TRIGGER:${trigger(days)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** The calendar in the input's language (`input.translator`). */
export function buildCalendar(input: CalendarInput): string {
  const { report, answers, translator: tr } = input;
  const stamp = `${compactDate(report.asOf)}T000000Z`;
  const footer = tr.m('documents.icsFooter', {
    version: report.rulesVersion,
    date: { date: report.asOf },
    hash: answersHash(answers),
  });
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GPAI Navigator//EU AI Act GPAI deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(
      answers.modelName
        ? tr.m('documents.icsCalendarNameWithModel', { model: answers.modelName })
        : tr.m('documents.icsCalendarName'),
    )}`,
  ];
  for (const e of calendarEvents(input)) {
    // No share link here: calendars are often synced to a server, and the link carries the answers.
    lines.push(...eventLines(e, stamp, `${e.description}\n\n${footer}`, tr));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A tracked task as the tasks calendar needs it (src/shared/workspace/tasks.ts TrackedTask + model name). */
export interface CalendarTask {
  id: string;
  modelName: string;
  article: string;
  title: string;
  status: 'not-started' | 'in-progress' | 'done' | 'not-needed';
  owner: string;
  due: string | null;
  dueSource: 'engine' | 'user' | null;
  engineDue: string | null;
  inResult: boolean;
}

function taskEvent(t: CalendarTask & { due: string }, asOf: string, tr: Translator): CalendarEvent {
  const open = t.status === 'not-started' || t.status === 'in-progress';
  const past = t.due < asOf;
  const mark = tr.m(
    !t.inResult
      ? 'documents.taskMarkGone'
      : t.status === 'done'
        ? 'documents.taskMarkDone'
        : t.status === 'not-needed'
          ? 'documents.taskMarkNotNeeded'
          : past
            ? 'documents.taskMarkOverdue'
            : 'documents.taskMarkDue',
  );
  const dateWords =
    t.dueSource === 'user'
      ? t.engineDue
        ? tr.m('documents.taskDueSetByYouEngine', { date: { date: t.engineDue } })
        : tr.m('documents.taskDueSetByYou')
      : tr.m('documents.taskEngineDate');
  const status = taskStatusWords(t.status, tr);
  return {
    uid: uid('tasks', t.id),
    date: t.due,
    summary: `${t.modelName}: ${mark}${t.article} — ${t.title}`,
    description: [
      `${t.article} — ${t.title}`,
      open && past
        ? tr.m('documents.taskStatusLineOverdue', { status, date: { date: t.due } })
        : tr.m('documents.taskStatusLine', { status }),
      ...(t.owner ? [tr.m('documents.taskOwner', { owner: t.owner })] : []),
      dateWords,
      ...(t.inResult ? [] : [tr.m('documents.taskGone')]),
    ].join('\n'),
    categories: [
      tr.m('documents.categoryTask'),
      ...(!t.inResult
        ? [tr.m('documents.categoryGone')]
        : open
          ? past
            ? [tr.m('documents.categoryOverdue')]
            : []
          : [status]),
    ],
    alarms: open && t.inResult ? alarmsFor(t.due, asOf) : [],
  };
}

/**
 * Open tasks without a date (the engine's date depends on an unknown answer and no one set one): one note on
 * the as-of date, so they are seen. Its UID does not depend on the date: a later calendar moves it.
 */
function undatedTasksEvent(tasks: readonly CalendarTask[], asOf: string, tr: Translator): CalendarEvent[] {
  const undated = tasks.filter(
    (t) => t.due === null && t.inResult && (t.status === 'not-started' || t.status === 'in-progress'),
  );
  if (undated.length === 0) return [];
  return [
    {
      uid: uid('tasks', 'unknown-dates'),
      date: asOf,
      summary: tr.m('documents.tasksWithoutDate', { n: undated.length }),
      description: [
        tr.m('documents.tasksWithoutDateIntro', { date: { date: asOf } }),
        ...undated.map((t) => `– ${t.modelName}: ${t.article} — ${t.title}`),
      ].join('\n'),
      categories: [tr.m('documents.categoryTask'), tr.m('documents.categoryDateUnknown')],
      alarms: [],
    },
  ];
}

/** The events of the tasks calendar, in date order (then by UID), so the file is stable. */
export function taskCalendarEvents(
  tasks: readonly CalendarTask[],
  asOf: string,
  tr: Translator,
): CalendarEvent[] {
  const dated = tasks.filter((t): t is CalendarTask & { due: string } => t.due !== null);
  return [...dated.map((t) => taskEvent(t, asOf, tr)), ...undatedTasksEvent(tasks, asOf, tr)].sort((a, b) =>
    a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
}

/**
 * One calendar of every tracked task across all models (issue #9, ADR 0095): an all-day event on each task's
 * due date, with reminders 30, 7 and 1 days before while the task is open and the date ahead. Done and
 * not-needed tasks stay in the file, marked and without reminders: a calendar re-imported after a task is done
 * then updates its event (same UID, derived from the task id alone) instead of leaving the open one behind.
 * Evidence is left out: calendars are often synced to a server.
 */
export function buildTasksCalendar(tasks: readonly CalendarTask[], asOf: string, tr: Translator): string {
  const stamp = `${compactDate(asOf)}T000000Z`;
  const footer = tr.m('documents.tasksFooter', { date: { date: asOf } });
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GPAI Navigator//EU AI Act GPAI tasks//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(tr.m('documents.tasksCalendarName'))}`,
  ];
  for (const e of taskCalendarEvents(tasks, asOf, tr))
    lines.push(...eventLines(e, stamp, `${e.description}\n\n${footer}`, tr));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

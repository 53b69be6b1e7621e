/**
 * RFC 5545 calendar of a report's deadlines: every timeline milestone and every obligation date, as all-day
 * events, plus a reminder on each "prepare from" date (E28). A deadline that is the end of a period sits on its
 * legal last day and its description says whether and why it moved (R87). Reproducible: the same report and answers give the same bytes (DTSTAMP is the as-of date, UIDs are
 * derived from the answers hash and the milestone id). Pure.
 */
import type { Answers } from '../engine/answers';
import { formatDate } from '../engine/dates';
import type { Obligation, Report } from '../engine/report';
import { answersHash } from '../share/hash';
import { sha256, toHex } from '../share/sha256';
import { encodeWtf8 } from '../share/wtf8';
import { periodLines, prepareFromNote, stepTakenWords } from './period-words';
import { obligationDate, obligationStatusWords } from './words';

export interface CalendarInput {
  report: Report;
  answers: Answers;
}

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  categories: string;
}

const CRLF = '\r\n';
const UID_DOMAIN = 'gpai-navigator.local';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
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

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
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

function obligationEvents(report: Report, hash: string, prefix: string): CalendarEvent[] {
  return groupByDate(report.obligations, eventDate).map(([date, list]) => {
    const articles = list.map((o) => o.article).join(', ');
    const due = list.some((o) => o.dueBy !== null && (o.dueBy === date || o.period?.lastDay === date));
    const atLatest = list.some((o) => o.period?.bound === 'atLatest');
    return {
      uid: uid(hash, `obligations-${date}`),
      date,
      summary: `${prefix}${due ? (atLatest ? 'Due at the latest' : 'Due') : 'Applies'}: ${articles}`,
      description: list
        .map((o) =>
          [
            `${o.article} — ${o.title}. ${obligationStatusWords(o)} (as of ${formatDate(report.asOf)}).`,
            ...(o.period ? periodLines(o.period) : []),
            stepTakenWords(o),
          ]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n'),
      categories: 'Obligation',
    };
  });
}

/** E28: a reminder on the day to start preparing for duties that apply later (the guidelines' reading). */
function prepareEvents(report: Report, hash: string, prefix: string): CalendarEvent[] {
  return groupByDate(report.obligations, (o) => o.prepareFrom).map(([date, list]) => ({
    uid: uid(hash, `prepare-${date}`),
    date,
    summary: `${prefix}Prepare: ${list.map((o) => o.article).join(', ')}`,
    description: [`Prepare from ${formatDate(date)}: ${prepareFromNote(list[0] as Obligation)}`]
      .concat(list.map((o) => `${o.article} — ${o.title}.`))
      .join('\n'),
    categories: 'Preparation',
  }));
}

/** The events, in date order (then by id), so the file is stable. */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const { report, answers } = input;
  const hash = answersHash(answers);
  const prefix = answers.modelName ? `${answers.modelName}: ` : '';
  const milestones: CalendarEvent[] = report.timeline.map((m) => ({
    uid: uid(hash, `milestone-${m.id}`),
    // A period's event sits on its legal last day (R87), with the move explained in the description.
    date: m.period?.lastDay ?? m.date,
    summary: `${prefix}${m.period?.bound === 'atLatest' ? 'At the latest: ' : ''}${m.label}`,
    description: [
      m.description,
      ...(m.period ? periodLines(m.period) : []),
      m.citations.map((c) => c.ref).join('; '),
      m.rules.join(', '),
    ]
      .filter(Boolean)
      .join('\n'),
    categories: m.kind === 'deadline' ? 'Deadline' : m.kind === 'law' ? 'Law' : 'Milestone',
  }));
  return [
    ...milestones,
    ...obligationEvents(report, hash, prefix),
    ...prepareEvents(report, hash, prefix),
  ].sort((a, b) => (a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1));
}

export function buildCalendar(input: CalendarInput): string {
  const { report, answers } = input;
  const stamp = `${compactDate(report.asOf)}T000000Z`;
  const footer = `GPAI Navigator · rules ${report.rulesVersion} · evaluated as of ${formatDate(report.asOf)} · answers ${answersHash(answers)}. Not legal advice.`;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GPAI Navigator//EU AI Act GPAI deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`GPAI deadlines${answers.modelName ? ` — ${answers.modelName}` : ''}`)}`,
  ];
  for (const e of calendarEvents(input)) {
    // No share link here: calendars are often synced to a server, and the link carries the answers.
    const description = `${e.description}\n\n${footer}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(e.categories)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

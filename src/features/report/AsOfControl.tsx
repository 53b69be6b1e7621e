import { useEffect, useId, useState } from 'react';
import { formatDate } from '../../engine/dates';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import { readDate } from '../../shared/dates/date-input';

/** The dates an evaluation may be asked for (the Act's GPAI chapter applies from 2025; nothing is dated later). */
const EARLIEST = '2024-01-01';
const LATEST = '2199-12-31';
/** The date the hint gives as an example, in both ways it can be typed. */
const EXAMPLE = '2027-08-02';

type AsOfReading = { ok: true; iso: string; words: string } | { ok: false; message: string };

/**
 * What the typed text reads as. Same reader as the wizard's date questions (day before month, or words), but
 * an evaluation date is a day: a month alone is refused rather than read as one of its days.
 */
export function readAsOf(text: string, tr: Translator): AsOfReading {
  const r = readDate(text, undefined, tr);
  if (!r.ok) return r;
  if (r.month) return { ok: false, message: tr.m('reportPage.asOfDayInMonth', { month: r.month.label }) };
  if (r.iso < EARLIEST || r.iso > LATEST)
    return {
      ok: false,
      message: tr.m('reportPage.asOfRange', { from: tr.date(EARLIEST), to: tr.date(LATEST) }),
    };
  return { ok: true, iso: r.iso, words: r.words };
}

/**
 * "Evaluate as of" date control. The chosen date lives in the URL (`asOf`), so a what-if or an old assessment
 * can be reproduced and shared. A text field, not the browser's date input: that one draws the date in the
 * browser's locale format (11/30/2026), and the app writes dates one way everywhere (30 November 2026). Text
 * that is not (yet) a date is kept as typed and explained; the report keeps the last real date.
 */
export function AsOfControl({
  asOf,
  today,
  onChange,
  todayWords,
}: {
  asOf: string;
  /** The report's own date, which "Back to …" returns to: today, or a version's as-of date. */
  today: string;
  onChange: (date: string | undefined) => void;
  /** What that date is called: "today", or "the version's date". */
  todayWords?: string;
}) {
  const tr = useTranslator();
  const id = useId();
  const [text, setText] = useState(() => formatDate(asOf));
  // A new date from outside (Back to today, a reload) replaces the text, unless the text already reads as it.
  useEffect(() => {
    setText((current) => {
      const r = readAsOf(current, tr);
      return r.ok && r.iso === asOf ? current : formatDate(asOf);
    });
  }, [asOf, tr]);
  const reading = text.trim() === '' ? null : readAsOf(text, tr);
  return (
    <div className="as-of-control no-print mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <label htmlFor={`${id}-date`} className="block font-medium">
        {tr.m('reportPage.evaluateAsOf')}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {tr.m('reportPage.asOfHint', {
          example: formatDate(EXAMPLE),
          exampleNumeric: EXAMPLE.split('-')
            .reverse()
            .map((part) => String(Number(part)))
            .join('/'),
        })}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          id={`${id}-date`}
          type="text"
          name="asOf"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={`${id}-hint ${id}-words`}
          aria-invalid={reading !== null && !reading.ok ? true : undefined}
          className="w-48 max-w-full rounded border border-slate-500 bg-white px-2 py-1"
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const r = readAsOf(next, tr);
            if (r.ok && r.iso !== asOf) onChange(r.iso);
          }}
        />
        {asOf !== today ? (
          <button
            type="button"
            className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent hover:bg-accent-soft"
            onClick={() => onChange(undefined)}
          >
            {tr.m('reportPage.backTo', {
              when: todayWords ?? tr.m('reportPage.today'),
              date: tr.date(today),
            })}
          </button>
        ) : null}
      </div>
      <p id={`${id}-words`} aria-live="polite" className="mt-1 text-sm">
        {reading === null ? (
          tr.m('reportPage.asOfEmpty', { date: tr.date(asOf) })
        ) : reading.ok ? (
          richText(tr, 'reportPage.asOfReadsAs', {}, { words: <strong>{reading.words}</strong> })
        ) : (
          <span className="text-red-800">
            {tr.m('reportPage.asOfInvalid', { message: reading.message, date: tr.date(asOf) })}
          </span>
        )}
      </p>
    </div>
  );
}

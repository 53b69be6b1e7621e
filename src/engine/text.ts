/**
 * Report text without a language (issue #11, ADR 0100). The engine never writes prose: it returns a message id
 * from the catalogs (src/i18n/catalogs) and typed parameters, and each surface (screen, PDF, Word, calendar,
 * CLI) renders them in the reader's language. A parameter is one of:
 * - a string: the user's own words (a model name, a note), shown as given and never translated;
 * - a number: a count, formatted for the language (and usable in ICU plural rules);
 * - a nested Text (a clause chosen by the rules);
 * - a calendar date, a FLOP figure, or a list of parameters joined in the language's way.
 */
import type { MessageId } from '../i18n/message-id';
import type { IsoDate } from './report';

export type { MessageId };

export interface Text {
  readonly msg: MessageId;
  readonly params?: Readonly<Record<string, Param>>;
}

export interface DateParam {
  readonly date: IsoDate;
}

/** Written as formatFlop writes it ("3.8 × 10²⁵ FLOP"), with its digits and unit options. */
export interface FlopParam {
  readonly flop: number;
  readonly digits?: number;
  readonly unit?: boolean;
}

/** Items joined as the language joins them: "a, b and c" / "a, b or c" / "a; b; c". */
export interface ListParam {
  readonly list: readonly Param[];
  readonly join: 'and' | 'or' | 'semicolon';
}

export type Param = string | number | Text | DateParam | FlopParam | ListParam;

/** A message with its parameters. */
export function tx(msg: MessageId, params?: Record<string, Param>): Text {
  return params === undefined ? { msg } : { msg, params };
}

export function dateParam(date: IsoDate): DateParam {
  return { date };
}

export function flopParam(flop: number, options: { digits?: number; unit?: boolean } = {}): FlopParam {
  return { flop, ...options };
}

export function listParam(list: readonly Param[], join: ListParam['join'] = 'and'): ListParam {
  return { list, join };
}

export function isText(value: unknown): value is Text {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { msg?: unknown }).msg === 'string' &&
    Object.keys(value).every((k) => k === 'msg' || k === 'params')
  );
}

/**
 * Reading counts typed for the estimators: parameters and tokens ("7e9", "7 000 000 000", "7,000,000,000",
 * "7B", "7 billion", "2T", "1.5 trillion"), accelerator counts ("2,048" — a whole number, so the comma groups
 * digits) and days. Marks are read as in parseFlopInput (ADR 0002, ADR 0081): never a silent guess.
 */
import { parseFlopInput } from '../../engine/compute-input';
import type { Text } from '../../engine/text';
import { silent } from '../../i18n/silent';
import type { Translator } from '../../i18n/translator';

const SUFFIX: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

export type CountResult = { ok: true; value: number; note?: string } | { ok: false; message: string };

/**
 * A count as typed. `whole`: only a whole number makes sense (units, parameters, tokens), so a single comma
 * or dot before exactly three digits groups digits ("2,048" is 2048); elsewhere ("days") it is ambiguous and
 * refused with the two unambiguous spellings. The messages this reader words itself are in `translator`'s
 * language (the FLOP parser's own stay in English).
 */
export function readCount(text: string, options: { whole?: boolean }, translator: Translator): CountResult {
  const t = text.trim();
  if (t === '') return { ok: false, message: translator.m('wizard.enterANumber') };
  const m = /^(.*?)\s*(k|thousand|mn?|million|bn?|billion|tn?|trillion)$/i.exec(t);
  const base = m?.[1] ? m[1] : t;
  const factor = m?.[1] ? (SUFFIX[(m[2] as string).toLowerCase()] ?? 1) : 1;
  const r = parseFlopInput(base, options);
  if (!r.ok) return { ok: false, message: countMessage(r.message, t, translator) };
  return { ok: true, value: r.value * factor, ...(r.note ? { note: translator.t(r.note) } : {}) };
}

/** The FLOP parser's messages about marks and groups hold for any number; the rest speak of FLOP. */
const ABOUT_ANY_NUMBER = new Set([
  'validation.flopAmbiguous',
  'validation.flopGroupWithMarks',
  'validation.flopGroupThrees',
  'validation.flopNegative',
]);

function countMessage(message: Text, text: string, translator: Translator): string {
  if (ABOUT_ANY_NUMBER.has(message.msg)) return translator.t(message);
  return translator.m('wizard.numberUnreadable', { text });
}

/** The count, or null; no message is shown, so none is translated. */
export function parseCount(text: string, options: { whole?: boolean } = {}): number | null {
  const r = readCount(text, options, silent);
  return r.ok ? r.value : null;
}

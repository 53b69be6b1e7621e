/**
 * Renders engine Text in one language (ADR 0100). Messages are ICU MessageFormat, compiled once when the catalog
 * is loaded (Lingui's compiler and runtime), so rendering a report is a lookup and an interpolation per text.
 * Parameters are formatted here, in the reader's language: dates and lists through Intl, FLOP figures with the
 * language's decimal sign, nested texts recursively. A string parameter is the user's own words, shown as given.
 */
import { type I18n, setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { formatFlop } from '../engine/compute';
import type { IsoDate } from '../engine/report';
import type { MessageId, Param, Text } from '../engine/text';
import { type Lang, LOCALES } from './languages';
import { lawValues } from './law-values';
import { longDate } from './long-date';
import type { Area, Translation } from './message-id';

export interface Translator {
  readonly lang: Lang;
  /** The text in this language. */
  t(text: Text): string;
  /** A message by id, for code that words things itself (screens, documents): m('app.title', { n: 2 }). */
  m(msg: MessageId, params?: Record<string, Param>): string;
  /** "2 August 2026", "2. August 2026", "2 août 2026". */
  date(iso: IsoDate): string;
  /** "3.8 × 10²⁵ FLOP" / "3,8 × 10²⁵ FLOP". */
  flop(value: number, options?: Parameters<typeof formatFlop>[1]): string;
  /** Items joined the language's way. */
  list(items: readonly string[], join: 'and' | 'or' | 'semicolon'): string;
  /** A plain number with the language's separators. */
  number(value: number): string;
  /** Whether an area's messages are loaded (the lazy areas arrive after the first screen). */
  has(area: Area): boolean;
  /** Adds areas loaded later (./load.ts). */
  add(areas: Partial<Translation>): void;
}

type AreaMessages = Record<string, string>;

/** A private-use character that stands in for a backslash while Lingui interpolates. */
const SHIELD = '\uE000';

type Compiled = ReturnType<typeof compileMessage>;

const NO_VALUES: Readonly<Record<string, string>> = Object.freeze({});

/** The values with each backslash shielded from Lingui (see `t`), and whether there was any. */
function shield(values: Record<string, string>): { values: Record<string, string>; any: boolean } {
  const entries = Object.entries(values);
  const any = entries.some(([, value]) => value.includes('\\'));
  if (!any) return { values, any };
  return { values: Object.fromEntries(entries.map(([n, v]) => [n, v.replaceAll('\\', SHIELD)])), any };
}

/**
 * Compiles each message the first time it is rendered, not the whole catalog at load: a screen renders a few
 * hundred of the 3 000-odd messages, and compiling all of them cost about 140 ms on a desktop CPU (several times
 * that on a phone), all of it blocking the first render.
 */
function lazyCompiler(areas: Map<string, AreaMessages>): (id: string) => Compiled | undefined {
  const compiled = new Map<string, Compiled>();
  return (id) => {
    let message = compiled.get(id);
    if (message === undefined) {
      const dot = id.indexOf('.');
      const area = areas.get(id.slice(0, dot));
      const raw = area && Object.hasOwn(area, id.slice(dot + 1)) ? area[id.slice(dot + 1)] : undefined;
      if (raw === undefined) return undefined;
      message = compileMessage(raw);
      compiled.set(id, message);
    }
    return message;
  };
}

export function createTranslator(lang: Lang, catalog: Partial<Translation>): Translator {
  const locale = LOCALES[lang];
  const i18n: I18n = setupI18n({ locale: lang, locales: [locale], messages: { [lang]: {} } });
  const areas = new Map<string, AreaMessages>(Object.entries(catalog));
  const compiled = lazyCompiler(areas);
  // Made when first needed: the first Intl object of a page loads the locale's data (200-300 ms on a mid-range
  // phone), and most screens show neither a list nor a number before their first paint (./long-date.ts).
  let and: Intl.ListFormat | undefined;
  let or: Intl.ListFormat | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const dateCache = new Map<IsoDate, string>();
  let law: Readonly<Record<string, string>> | null = null;
  let lawShielded = false;
  let writingLaw = false;

  const translator: Translator = {
    lang,
    t(text) {
      // The law's values first (they never depend on a message), so the text's own parameters win.
      if (law === null && !writingLaw) {
        writingLaw = true; // lawValues renders the fine ceiling through t() itself
        try {
          const shielded = shield(lawValues(translator));
          law = Object.freeze(shielded.values);
          lawShielded = shielded.any;
        } finally {
          // Asked before the `law` area has arrived (packs load in parallel), lawValues throws: nothing is
          // remembered, and the next text tries again. Remembered half-done, every later text of this
          // translator lost its thresholds and dates ("more than , it generates…").
          writingLaw = false;
        }
      }
      // A text without parameters reads the law's values as they are: no copy per text (a report renders
      // thousands of texts; copying and scanning the 17 values each time was most of the translator's time).
      let values: Readonly<Record<string, string | number>> = law ?? NO_VALUES;
      let shielded = lawShielded;
      if (text.params) {
        const own: Record<string, string | number> = { ...values };
        for (const [name, param] of Object.entries(text.params)) {
          const value = render(param);
          // Lingui decodes "\\u0041"-style sequences in what it returns: a backslash from the user's own words
          // (a model name) is kept out of its reach, so the text shows as typed and no control character is made.
          shielded ||= typeof value === 'string' && value.includes('\\');
          own[name] = typeof value === 'string' ? value.replaceAll('\\', SHIELD) : value;
        }
        values = own;
      }
      const message = compiled(text.msg);
      if (message === undefined) throw new Error(`No message "${text.msg}" in the ${lang} catalog`);
      // Lingui takes a compiled message here as it would from its own catalog; its type only admits a string.
      const written = i18n._(text.msg, values, { message: message as unknown as string });
      return shielded ? written.replaceAll(SHIELD, '\\') : written;
    },
    m(msg, params) {
      return translator.t(params === undefined ? { msg } : { msg, params });
    },
    date(iso) {
      let written = dateCache.get(iso);
      if (written === undefined) {
        written = longDate(iso, lang);
        // French writes the first of a month "1er" in running text ("1er mars 2026").
        if (lang === 'fr' && iso.endsWith('-01')) written = written.replace(/^1 /, '1er ');
        dateCache.set(iso, written);
      }
      return written;
    },
    flop(value, options) {
      const english = formatFlop(value, options);
      if (lang === 'en') return english;
      // The figure's only separators: "3.8" → "3,8"; "1,000" → "1.000" (de) / "1 000" (fr).
      return english.replace(/[.,]/g, (sign) => (sign === '.' ? ',' : lang === 'de' ? '.' : '\u202f'));
    },
    has(area) {
      return areas.has(area);
    },
    add(more) {
      for (const [area, messages] of Object.entries(more)) areas.set(area, messages);
    },
    number(value) {
      // A percentage or a small count, as the law's values are, written as Intl would (translator.test.ts) but
      // without it: the first text of every screen carries the law's percentages.
      const plain = String(value);
      if (value >= 0 && value < 1000 && /^\d+(\.\d{1,3})?$/.test(plain))
        return lang === 'en' ? plain : plain.replace('.', ',');
      numbers ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
      return numbers.format(value);
    },
    list(items, join) {
      // French sets a no-break space before the semicolon, as before : ? ! (docs/glossary.md).
      if (join === 'semicolon') return items.join(lang === 'fr' ? '\u00a0; ' : '; ');
      if (join === 'and') {
        and ??= new Intl.ListFormat(locale, { type: 'conjunction' });
        return and.format(items);
      }
      or ??= new Intl.ListFormat(locale, { type: 'disjunction' });
      return or.format(items);
    },
  };

  function render(param: Param): string | number {
    if (typeof param === 'string' || typeof param === 'number') return param;
    if ('msg' in param) return translator.t(param);
    if ('date' in param) return translator.date(param.date);
    if ('flop' in param) return translator.flop(param.flop, { digits: param.digits, unit: param.unit });
    return translator.list(
      param.list.map((item) => String(render(item))),
      param.join,
    );
  }

  return translator;
}

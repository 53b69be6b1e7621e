/**
 * Turns every Text inside an engine result into a string of one language, keeping the shape: a Report<Text>
 * becomes the Report<string> the screens, PDF, Word, calendar and CLI read. Language is chosen once, here.
 */
import { isText, type Text } from '../engine/text';
import type { Translator } from './translator';

/** The same shape with each Text replaced by its rendering. */
export type Localized<T> = T extends Text
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

export function localize<T>(value: T, translator: Translator): Localized<T> {
  return walk(value, translator) as Localized<T>;
}

function walk(value: unknown, translator: Translator): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, translator));
  if (typeof value !== 'object' || value === null) return value;
  if (isText(value)) return translator.t(value);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, translator);
  return out;
}

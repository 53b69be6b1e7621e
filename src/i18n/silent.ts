/**
 * A translator for code that reads a value and shows no message (the wizard turning its fields into answers):
 * it words nothing, so such code loads no catalog. Each text comes back as its message id.
 */
import type { Translator } from './translator';

export const silent: Translator = {
  lang: 'en',
  t: (text) => text.msg,
  m: (msg) => msg,
  date: (iso) => iso,
  flop: (value) => String(value),
  list: (items) => items.join(', '),
  number: (value) => String(value),
  has: () => false,
  add: () => {},
};

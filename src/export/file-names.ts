/** Safe, predictable download names: gpai-report-lodz-ai-2026-11-25.pdf (gpai-bericht-… in German). Pure. */
import type { MessageId } from '../engine/text';
import type { Translator } from '../i18n/translator';

const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};

/** Latin transliteration to lower-case ASCII words joined by "-" (at most 48 characters). */
export function slugify(text: string): string {
  const ascii = [...text.normalize('NFKD')]
    .map((c) => SPECIAL[c] ?? c)
    .join('')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

const KIND_WORDS = {
  report: 'documents.fileReport',
  deadlines: 'documents.fileDeadlines',
  answers: 'documents.fileAnswers',
} as const satisfies Record<string, MessageId>;

/** The file's kind is a word in the translator's language ("report", "bericht", "rapport"). */
export function exportFileName(
  kind: keyof typeof KIND_WORDS,
  modelName: string | undefined,
  date: string,
  ext: string,
  tr: Translator,
): string {
  const slug = slugify(modelName ?? '');
  return `${['gpai', slugify(tr.m(KIND_WORDS[kind])), slug, date].filter(Boolean).join('-')}.${ext}`;
}

/** Safe, predictable download names: gpai-report-lodz-ai-2026-11-25.pdf. Pure. */

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

export function exportFileName(
  kind: 'report' | 'deadlines' | 'answers',
  modelName: string | undefined,
  date: string,
  ext: string,
): string {
  const slug = slugify(modelName ?? '');
  return `${['gpai', kind, slug, date].filter(Boolean).join('-')}.${ext}`;
}

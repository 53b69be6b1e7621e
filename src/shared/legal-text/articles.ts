import type { ObligationId } from '../../engine/report';
import { article } from '../../i18n/citations';
import type { Lang } from '../../i18n/languages';

/** Order and parts of each obligation id, for compact lists such as "53(1)(a)–(d), 53(3), 54". */
const PARTS: Record<ObligationId, { group: string; letter: string | null }> = {
  art53_1_a: { group: '53(1)', letter: 'a' },
  art53_1_b: { group: '53(1)', letter: 'b' },
  art53_1_c: { group: '53(1)', letter: 'c' },
  art53_1_d: { group: '53(1)', letter: 'd' },
  art53_3: { group: '53(3)', letter: null },
  art54: { group: '54', letter: null },
  art52_1: { group: '52(1)', letter: null },
  art55_1_a: { group: '55(1)', letter: 'a' },
  art55_1_b: { group: '55(1)', letter: 'b' },
  art55_1_c: { group: '55(1)', letter: 'c' },
  art55_1_d: { group: '55(1)', letter: 'd' },
};
const ORDER = Object.keys(PARTS) as ObligationId[];

/**
 * "Art. 53(1)(a)–(d), 53(3), 54, 52(1), 55(1)(a)–(d)"; "Art. 53(1)(c), (d), 53(3)"; "None" (English only: the
 * screens word an empty list themselves). German and French cite each group the way their version of the Act
 * does: "Art. 53 Abs. 1 Buchst. a bis d, Art. 53 Abs. 3"; "article 53, paragraphe 1, point a) à d)".
 */
export function compactArticles(ids: readonly ObligationId[], lang: Lang = 'en'): string {
  const present = ORDER.filter((id) => ids.includes(id));
  if (present.length === 0) return 'None';
  const groups: { group: string; letters: string[] }[] = [];
  for (const id of present) {
    const { group, letter } = PARTS[id];
    const last = groups.at(-1);
    if (last && last.group === group && letter) last.letters.push(letter);
    else groups.push({ group, letters: letter ? [letter] : [] });
  }
  const parts = groups.map(({ group, letters }) => {
    if (letters.length === 0) return lang === 'en' ? group : article(group, lang);
    const codes = letters.map((l) => l.charCodeAt(0));
    const consecutive = codes.every((c, i) => i === 0 || c === (codes[i - 1] ?? 0) + 1);
    if (letters.length >= 3 && consecutive) {
      const range = `${group}(${letters[0]})–(${letters.at(-1)})`;
      return lang === 'en' ? range : article(range, lang);
    }
    if (lang === 'en') return `${group}${letters.map((l, i) => (i === 0 ? `(${l})` : `, (${l})`)).join('')}`;
    const [first, ...rest] = letters;
    return [article(`${group}(${first})`, lang), ...rest.map((l) => (lang === 'fr' ? `${l})` : l))].join(
      ', ',
    );
  });
  return lang === 'en' ? `Art. ${parts.join(', ')}` : parts.join(', ');
}

/** Powers of ten as the page writes them; used by the report and the methodology page. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "10^25" → "10²⁵": engine sentences write powers of ten in ASCII; the page shows them as the answers do. */
export function superscriptPowers(text: string): string {
  return text.replace(
    /10\^(-?)(\d+)/g,
    (_, minus: string, exp: string) =>
      `10${minus ? '⁻' : ''}${[...exp].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')}`,
  );
}

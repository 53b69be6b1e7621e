/** The root layout's words (src/i18n/layout-words.ts, also in the first load). */
export { layout } from '../../layout-words';

/**
 * Which catalog packs (./message-id.ts) each screen renders with, loaded by the root route before the screen
 * renders. The start page is the first screen of most visits and needs only `base`; the wizard adds its
 * questions; every other screen may show a report's words, a workspace's, or both. The rules and methodology
 * pages add their own. A screen that used an area outside its packs would fail on its first message: the
 * e2e journeys render every screen with its packs only.
 */
import type { Pack } from './message-id';
import { SCREEN_PACKS } from './message-id';

// Constants, so that the layout's context value changes only when the screen's packs do.
const START: readonly Pack[] = ['base'];
const WIZARD: readonly Pack[] = ['base', 'wizard'];
const RULES: readonly Pack[] = [...SCREEN_PACKS, 'rules'];
const METHODOLOGY: readonly Pack[] = [...SCREEN_PACKS, 'reference'];

export function packsFor(pathname: string): readonly Pack[] {
  if (pathname === '/' || pathname === '') return START;
  if (pathname === '/assess' || pathname.startsWith('/assess/')) return WIZARD;
  if (pathname === '/rules') return RULES;
  if (pathname === '/methodology') return METHODOLOGY;
  return SCREEN_PACKS;
}

/**
 * Which catalog packs (./message-id.ts) each screen renders with, loaded by the root route before the screen
 * renders. The start page is the first screen of most visits and needs only `base`; the wizard adds its
 * questions; every other screen may show a report's words, a workspace's, or both. The rules and methodology
 * pages add their own. A screen that used an area outside its packs would fail on its first message: the
 * e2e journeys and the screens' component tests render each screen with its packs only.
 */
import type { Pack } from './message-id';
import { SCREEN_PACKS } from './message-id';

export function packsFor(pathname: string): readonly Pack[] {
  if (pathname === '/' || pathname === '') return ['base'];
  if (pathname === '/assess' || pathname.startsWith('/assess/')) return ['base', 'wizard'];
  if (pathname === '/rules') return [...SCREEN_PACKS, 'rules'];
  if (pathname === '/methodology') return [...SCREEN_PACKS, 'reference'];
  return SCREEN_PACKS;
}

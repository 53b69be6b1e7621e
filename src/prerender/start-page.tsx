/**
 * Build-time only (scripts/prerender-plugin.ts, ADR 0070): renders the start page (`#/`) to HTML with the
 * real route tree, so index.html paints it before any script runs. Never part of the browser bundle.
 */
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { prerender } from 'react-dom/static';
import { routeTree } from '../routeTree.gen';

export { LANG_KEY } from '../i18n/lang-context';
export { LANGUAGES } from '../i18n/languages';
/**
 * The deep-link guard hides the prerendered page when a workspace or an old draft exists (the page then
 * offers "Resume" rather than "Start now").
 */
export { DRAFT_STORAGE_KEY } from '../shared/draft/keys';
export { WORKSPACE_HINT_KEY } from '../shared/workspace/hint';

export async function renderStartPage(): Promise<string> {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/'] }) });
  await router.load();
  const { prelude } = await prerender(<RouterProvider router={router} />);
  const html = await new Response(prelude).text();
  // Links are rendered for a memory history ("/methodology"); the app uses hash history ("#/methodology").
  return html.replace(/ href="\/(?!\/)/g, ' href="#/');
}

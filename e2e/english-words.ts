/**
 * Issue #11: the visible text on screen that carries common English words, for the German and French nets
 * (e2e/no-english*.spec.ts). Proper names (GPAI Navigator, FLOP, the language names) and rule ids carry none.
 */
import type { Page } from '@playwright/test';

const ENGLISH = /\b(the|and|your|you|with|this|that|from|which|not|are|is|of|to|or)\b/i;

export async function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const english = new RegExp(source, 'i');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[lang="en"], script, style, [hidden], [aria-hidden="true"]'))
        continue;
      if (parent.getClientRects().length === 0) continue;
      if (english.test(text)) found.push(text.slice(0, 120));
    }
    return found;
  }, ENGLISH.source);
}

/** Opens every disclosure, so the words folded away are read too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

/** Ids that tie a field to its hint and error message (aria-describedby). */
export const hintId = (fieldId: string) => `${fieldId}-hint`;
export const errorId = (fieldId: string) => `${fieldId}-error`;

/** Joins the ids that exist into an aria-describedby value (undefined when none). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * Moves focus to an element by id and scrolls it into view. Used instead of `href="#id"` navigation, which
 * the hash router would read as a route.
 */
export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The app refuses to run inside a frame of another origin, also where the host sends no frame-ancestors or
 * X-Frame-Options header (issue #12, ADR 0072): another site could otherwise show it and overlay what the user
 * reads or clicks. A frame of the app's own origin is allowed. Runs before anything is rendered; the message
 * (refusal.ts) loads only when needed.
 */
export function isFramedByAnotherOrigin(win: Window): boolean {
  let current: Window = win;
  while (current !== current.parent) {
    try {
      // Reading another origin's location throws; so does a sandboxed frame with an opaque origin.
      if (current.parent.location.origin !== win.location.origin) return true;
    } catch {
      return true;
    }
    current = current.parent;
  }
  return false;
}

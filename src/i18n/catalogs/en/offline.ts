/**
 * Words of the update notice and the framing refusal, which run beside or before the app: they read these
 * objects directly (src/shared/offline/UpdateNotice.tsx, src/shared/framing/refusal.ts), never a whole catalog,
 * so every message here is plain text — no ICU parameters, braces or apostrophes that ICU would read.
 */
export const offline = {
  updateLabel: 'App update',
  updateReady: 'A new version of GPAI Navigator is ready. Reloading keeps your answers.',
  updateReload: 'Reload to update',
  updateLater: 'Not now',
  updateLoading: 'Loading the new version…',
  updateFailed: 'The new version could not be loaded. Close every tab of GPAI Navigator and open it again.',
  framedTitle: 'GPAI Navigator does not run inside another website',
  framedText: 'To protect what you enter, it only runs in its own browser tab.',
  framedOpen: 'Open GPAI Navigator in a new tab',
} as const;

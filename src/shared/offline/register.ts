/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (built by vite-plugin-pwa, see scripts/vite-hardening.ts) and mounts the update
 * notice in its own small root above the app. Imported by main.tsx only after the page has loaded, so none of
 * this is part of the first load.
 */

import { registerSW } from 'virtual:pwa-register';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { quietBackgroundFetches } from './background-fetches';
import { switchToWaitingWorker } from './switch-worker';
import { UpdateNotice } from './UpdateNotice';
import { offerUpdate } from './update-offer';

export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const host = document.createElement('div');
  document.body.prepend(host);
  createRoot(host).render(createElement(UpdateNotice));
  let accepted = false;
  registerSW({
    // A new version waits until the user accepts (ADR 0072). This tab then reloads once, after the new worker
    // is fully active, so the reload cannot be served by the old one; background fetches end first (they held
    // the switch: ./background-fetches.ts).
    onNeedRefresh: () =>
      offerUpdate(async () => {
        accepted = true;
        await quietBackgroundFetches();
        await switchToWaitingWorker(navigator.serviceWorker);
        window.location.reload();
      }),
    // Another tab accepted: the new worker now controls this one too, so it reloads into the new version.
    onNeedReload: () => {
      if (!accepted) window.location.reload();
    },
    // Where no worker may run (storage disabled, some private modes, a test browser) the app works online as
    // before; there is nothing the user could do about it, so no error in the console.
    onRegisterError: () => {},
  });
}

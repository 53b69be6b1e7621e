/**
 * zod 4 probes whether `new Function` is allowed when it builds its first object schema. Under this app's
 * CSP (script-src 'self', no 'unsafe-eval') the probe is blocked and reported as a securitypolicyviolation
 * on every load, although zod catches it. `z.config({ jitless: true })` skips the probe, but it must be set
 * before any schema is built, and importing zod for it would put zod (~14 KB gz) back into the first load.
 * zod reads its configuration from `globalThis.__zod_globalConfig` (shared by every copy of zod), so this
 * module sets the flag there; `main.tsx` imports it first, before any chunk that loads zod can run.
 * The object is mutated, not replaced, so the flag also reaches a zod that was loaded earlier (tests).
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};

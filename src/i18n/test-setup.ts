// Tests see every area of every language, as the command line does (./all.ts): each translator a screen under
// test asks for is complete. The browser loads packs per screen (./route-packs.ts, ./load.ts), which
// load.test.ts and the e2e journeys check.
import { translatorFor } from './all';
import { markReady } from './ready';

for (const lang of ['en', 'de', 'fr'] as const) markReady(lang, translatorFor(lang));

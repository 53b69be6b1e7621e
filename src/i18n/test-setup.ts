// Tests see every area in English, as the command line does (./all.ts); the browser loads the lazy areas with the
// screens that need them (./load.ts), which the rules page's e2e and load.test.ts check.
import './all';

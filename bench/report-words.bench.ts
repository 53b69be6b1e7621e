/**
 * `npm run bench` (issue #12): a whole report put into words (localizeReport), the translator's share of
 * rendering a report, in English and in German, over the example answer files (docs/examples). Each iteration
 * is one report: every verdict, obligation, date, reason and trace step as the screen and the PDF show it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import { parseAnswers } from '../src/engine/validate';
import { translatorFor } from '../src/i18n/all';
import { localizeReport } from '../src/i18n/report';

const dir = join(process.cwd(), 'docs', 'examples');
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const parsed = parseAnswers(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.ok) throw new Error(`example ${f} does not validate`);
    return evaluate(parsed.answers, '2026-11-25');
  });

let next = 0;
let written = 0;
/** Reads the accumulated result so the work cannot be optimised away. */
const keepAlive = () => {
  if (written < 0) throw new Error('unreachable');
};

describe(`a whole report in words, over ${reports.length} example answer files`, () => {
  for (const lang of ['en', 'de'] as const) {
    const translator = translatorFor(lang);
    bench(
      `localizeReport (${lang})`,
      () => {
        const report = reports[next++ % reports.length] as (typeof reports)[number];
        written += localizeReport(report, translator).obligations.length;
      },
      { time: 2000, warmupTime: 500, teardown: keepAlive },
    );
  }
});

/**
 * `npm run assess -- <answers.json> [--as-of YYYY-MM-DD] [--format json|text]` — thin entry over runCli().
 * Reads today's local calendar date for the default --as-of; the engine itself never reads the clock.
 */
import { readInput } from './read-input';
import { runCli } from './run';
import { printable } from './terminal-text';

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

try {
  const result = runCli(process.argv.slice(2), {
    readFile: readInput,
    today: localToday,
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  process.stderr.write(`assess: internal error: ${printable((error as Error)?.message ?? String(error))}\n`);
  process.exitCode = 1;
}

#!/usr/bin/env node
// Re-runs tests under the two other time zones the suite must pass in (the README's test command
// runs under the machine's zone; CI sets TZ=UTC).
//
//   pnpm test:tz          the date-sensitive files only (calendar, dates, deadlines, holidays,
//                         periods, worked legal examples, processes), and of every engine's
//                         measure test the golden test, whose digest covers the whole default
//                         report of each golden seed: what CI runs
//   pnpm test:tz --full   the whole suite in each zone (before a release, or after touching calendar code)
//
// Why a subset is enough in CI: logic may not read the machine's zone (`new Date()`, `Date.now()`
// and local-time getters are banned by lint and conformance), so a zone bug can only enter through
// date handling, and any that does changes an engine's default report and so its golden digest.
// The rest of a measure test (the contract's property runs, the report's claims) reads no zone
// that the golden does not, and is the slowest part of the suite, so it runs under UTC only.
import { spawnSync } from 'node:child_process';

const ZONES = ['America/New_York', 'Asia/Shanghai'];
// Path substrings vitest uses as file filters.
const DATE_SENSITIVE = [
  'calendar',
  'civil-date',
  'date-time',
  'dated-parameter',
  'deadline',
  'holiday',
  'period',
  'law',
  'process',
  'statutes',
];
// Measure tests: only the golden test (`-t`), which needs no other test of its file.
const GOLDEN = ['measure', '-t', 'golden'];

const full = process.argv.includes('--full');
for (const zone of ZONES) {
  console.log(`\n== vitest under TZ=${zone}${full ? ' (full suite)' : ' (date-sensitive files)'}`);
  const runs = full ? [[]] : [DATE_SENSITIVE, GOLDEN];
  for (const filters of runs) {
    const args = ['vitest', 'run', '--reporter=dot', ...filters];
    const r = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
    if (r.status !== 0) {
      console.error(`tests failed under TZ=${zone}`);
      process.exit(r.status ?? 1);
    }
  }
}

#!/usr/bin/env node
// Re-runs tests under the two other time zones the suite must pass in (the README's test command
// runs under the machine's zone; CI sets TZ=UTC).
//
//   pnpm test:tz          the date-sensitive files only (calendar, dates, deadlines, holidays,
//                         periods, worked legal examples, processes, and every engine's contract
//                         test, whose golden digest covers the whole default report): what CI runs
//   pnpm test:tz --full   the whole suite in each zone (before a release, or after touching calendar code)
//
// Why a subset is enough in CI: logic may not read the machine's zone (`new Date()`, `Date.now()`
// and local-time getters are banned by lint and conformance), so a zone bug can only enter through
// date handling, and any that does changes an engine's default report and so its golden digest.
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
  'measure',
];

const full = process.argv.includes('--full');
for (const zone of ZONES) {
  console.log(`\n== vitest under TZ=${zone}${full ? ' (full suite)' : ' (date-sensitive files)'}`);
  const args = ['vitest', 'run', '--reporter=dot', ...(full ? [] : DATE_SENSITIVE)];
  const r = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${zone}`);
    process.exit(r.status ?? 1);
  }
}

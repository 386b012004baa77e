#!/usr/bin/env node
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { main } from './main';

// `pnpm sim -- run x` passes a literal "--" through: drop it.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();

process.exitCode = main(argv, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => performance.now(),
  interactive: Boolean(process.stderr.isTTY),
  writeFile: (path, chunks) => {
    const fd = openSync(path, 'w');
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  },
});

#!/usr/bin/env node
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { main } from './main';
import { onOutputError } from './output-errors';

// `pnpm sim -- run x` passes a literal "--" through: drop it.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();

// EPIPE (the reader left) or ENOSPC on stdout arrive as 'error' events: one line, not a stack trace.
const onError = onOutputError({ err: (t) => process.stderr.write(t), exit: (c) => process.exit(c) });
process.stdout.on('error', onError);
process.stderr.on('error', () => process.exit(1));

const code = main(argv, {
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
// A run over worker threads returns a promise; every other command a code at once.
if (typeof code === 'number') process.exitCode = code;
else
  code.then((c) => {
    process.exitCode = c;
  });

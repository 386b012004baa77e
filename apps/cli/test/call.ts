// Runs the CLI's main on argv with an in-memory io: what it printed, wrote and returned.
import type { CliIo } from '../src/io';
import { main } from '../src/main';

export function call(...argv: string[]) {
  let out = '';
  let err = '';
  const files = new Map<string, string>();
  const io: CliIo = {
    writeFile: (path, chunks) => {
      files.set(path, [...chunks].join(''));
    },
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    now: () => 0,
    interactive: false,
  };
  const code = main(argv, io);
  return { code, out, err, files };
}

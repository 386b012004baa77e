// Writing output can fail for reasons that are not bugs: the reader went away (EPIPE, as in
// `gd-ftz run x | head`), or the disk is full (ENOSPC). Each gets one line and an exit code, not a
// stack trace (issue 32).

/** A Node system error (it carries a string `code` such as 'EPIPE'). */
export function isSystemError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}

/** The one line the CLI prints for an output error. */
export function outputErrorLine(e: Error): string {
  return `gd-ftz: cannot write output: ${e.message.split('\n')[0]}\n`;
}

/**
 * The handler for an 'error' event of stdout: EPIPE ends quietly with 0 (the reader has what it
 * wanted), anything else prints one line and exits with 1.
 * @example
 * process.stdout.on('error', onOutputError({ err: (t) => process.stderr.write(t), exit: (c) => process.exit(c) }));
 */
export function onOutputError(io: { err(text: string): void; exit(code: number): void }): (e: Error) => void {
  return (e) => {
    if (isSystemError(e) && e.code === 'EPIPE') return io.exit(0);
    io.err(outputErrorLine(e));
    io.exit(1);
  };
}

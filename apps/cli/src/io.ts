/** Where the CLI writes, and its clock for the progress bar; injected so tests capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Milliseconds from an arbitrary origin (performance.now in the real CLI). */
  now(): number;
  /** Whether stderr is a terminal (progress bars only there). */
  readonly interactive: boolean;
  /** Writes a file from chunks, in order (the real CLI streams them to disk). */
  writeFile(path: string, chunks: Iterable<string>): void;
}

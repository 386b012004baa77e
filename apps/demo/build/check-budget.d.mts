/** The first-load budget in KB gzipped. */
export declare const BUDGET_KB: number;
/** The initial chunks of a Vite manifest: the entries and, recursively, their static imports. */
export declare function initialFiles(
  manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[] }>,
): string[];

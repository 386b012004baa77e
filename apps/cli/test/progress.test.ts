import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io';
import { progressReporter, unitsPerSecond } from '../src/progress';

describe('unitsPerSecond', () => {
  it('prints whole units from 10/s up and two significant digits below', () => {
    expect(unitsPerSecond(1234.6)).toBe('1235');
    expect(unitsPerSecond(10)).toBe('10');
    expect(unitsPerSecond(9.96)).toBe('10');
    expect(unitsPerSecond(2.345)).toBe('2.3');
    expect(unitsPerSecond(0.4567)).toBe('0.46');
    expect(unitsPerSecond(0)).toBe('0');
    expect(unitsPerSecond(Number.NaN)).toBe('0');
  });

  it('shows a rate under one unit a second on the plain progress lines', () => {
    const lines: string[] = [];
    let t = 0;
    const io: CliIo = {
      out: () => {},
      err: (text) => lines.push(text),
      now: () => t,
      interactive: false,
      writeFile: () => {},
    };
    const reporter = progressReporter(io);
    t = 4000; // 3 of 21 districts after 4 s: 0.75 districts/s, 18 left: 24 s
    reporter.update({ units: 21, unitsDone: 3, shardsDone: 1, shards: 7 });
    expect(lines).toEqual(['gd-ftz: 3/21 units (14%), 0.75 units/s, ETA 24 s, shards 1/7\n']);
  });
});

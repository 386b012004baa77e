import { it } from 'vitest';
import { parseParams } from '@gd-ftz/core';
import { PARAMS } from '../src/params';
import { runBatch } from '../src/simulate';
it('smoke', () => {
  const p = parseParams(PARAMS, { disputes: 100000 });
  runBatch(p, 1);
  const t = performance.now();
  runBatch(p, 42);
  console.log('run', performance.now() - t);
});

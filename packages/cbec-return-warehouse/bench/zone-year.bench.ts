// A zone-year of 1,000,000 declared lines (BENCH_LINES overrides), 5% returned (an assumption),
// streamed consumer by consumer through baseline and reform, against the same-run baseline of
// generating the population alone; the live heap after a full GC at 10% and at 100% of the lines
// (flat when nothing grows with the lines); and `cbecImportTax` untraced, orders per second.
// Imports the built output: `pnpm --filter @gd-ftz/cbec-return-warehouse... build` first (or
// `npx turbo run build --filter=@gd-ftz/cbec-return-warehouse`), then `npx vitest bench --run`
// in this folder. Ratios and figures are printed; never timed assertions.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cbecImportTax, PARAMS, populationLines, runZoneYear } from '@gd-ftz/cbec-return-warehouse';
import { civilDate, defaultParams } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_LINES ?? 1_000_000);
const ORDERS = 200_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
// A full collection before reading memory (bench only: the engine never touches Node internals).
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};

const params = { ...defaultParams(PARAMS), lines: N };
const figures: Record<string, number> = {};

describe(`zone-year of ${N.toLocaleString('en')} lines, baseline + reform, streamed`, () => {
  bench(
    'population generation alone (same-run baseline)',
    () => {
      const t0 = performance.now();
      figures.populationLines = populationLines(params, 1);
      figures.populationS = (performance.now() - t0) / 1000;
    },
    once,
  );
  bench(
    'full run: tax every line, both return paths, all KPI accumulators',
    () => {
      const heap: number[] = [];
      const t0 = performance.now();
      let paused = 0;
      runZoneYear(params, 1, {
        onProgress: (f) => {
          // Heap samples at 10% and at the end; the GC pause is not counted in the run's time.
          if (heap.length === 0 || f >= 1) {
            const p0 = performance.now();
            heap.push(liveMb());
            paused += performance.now() - p0;
          }
        },
      });
      figures.runS = (performance.now() - t0 - paused) / 1000;
      figures.heapAt10 = heap[0] ?? Number.NaN;
      figures.heapAtEnd = heap.at(-1) ?? Number.NaN;
    },
    once,
  );
});

describe(`cbecImportTax, ${ORDERS.toLocaleString('en')} one-line orders, untraced`, () => {
  const line = {
    dutiableValue: '199.00',
    quantity: 2,
    tariffRate: '0.05',
    vatRate: '0.13',
    consumptionTaxRate: '0.15',
  };
  const order = { lines: [line] };
  const asOf = civilDate('2024-06-30');
  bench(
    'cbecImportTax',
    () => {
      for (let i = 0; i < 20_000; i++) cbecImportTax(order, '1000.00', asOf, { trace: false });
      const t0 = performance.now();
      for (let i = 0; i < ORDERS; i++) cbecImportTax(order, '1000.00', asOf, { trace: false });
      figures.ordersPerS = ORDERS / ((performance.now() - t0) / 1000);
    },
    once,
  );
});

afterAll(() => {
  const f = figures;
  console.log(
    [
      `lines ${N.toLocaleString('en')}: population alone ${f.populationS?.toFixed(1)} s; full run ${f.runS?.toFixed(1)} s ` +
        `(${Math.round(N / (f.runS ?? 1)).toLocaleString('en')} lines/s; run/population ${((f.runS ?? 0) / (f.populationS ?? 1)).toFixed(1)}×)`,
      `live heap after GC: ${f.heapAt10?.toFixed(1)} MB at 10% of the lines, ${f.heapAtEnd?.toFixed(1)} MB at 100%`,
      `cbecImportTax untraced: ${Math.round(f.ordersPerS ?? 0).toLocaleString('en')} orders/s`,
    ].join('\n'),
  );
});

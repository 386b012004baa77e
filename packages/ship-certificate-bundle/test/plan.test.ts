// planBundle: the issue order within the DAG, a worked plan with its dates, cycles rejected, and a
// property that no plan ever violates the DAG.
import { civilDate, isValidImo, ValidationError } from '@gd-ftz/core';
import { imoArb, usccArb, workingDayArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ITEMS, type BundleItem, planBundle, type ShipFile } from '../src/index';
import { itemsBefore } from '../src/prerequisites';
import { transferFile } from './fixtures';

const asOf = civilDate('2024-09-27');

describe('planBundle', () => {
  it('a transfer: deregistration → ownership → nationality and mortgage → the rest, with due dates', () => {
    const plan = planBundle({ file: transferFile(), items: [...BUNDLE_ITEMS] }, asOf);
    expect(plan.unplanned).toEqual([]);
    expect(plan.steps.map((s) => [s.item, s.stage, s.startOn, s.dueBy])).toEqual([
      // deregistration: 7 assumed working days from 09-27: 09-29 (Sun, make-up) 1, 09-30 2,
      // [10-01..10-07 off] 10-08 3, 10-09 4, 10-10 5, 10-11 6, 10-12 (Sat, make-up) 7.
      ['deregistration', 0, '2024-09-27', '2024-10-12'],
      // ownership: 7 natural days from 10-12 → 10-19, a Saturday → 10-21 (Mon).
      ['ownership', 1, '2024-10-12', '2024-10-21'],
      // nationality: 7 assumed working days from 10-21 → 10-30; mortgage 7 days → 10-28.
      ['nationality', 2, '2024-10-21', '2024-10-30'],
      ['mortgage', 2, '2024-10-21', '2024-10-28'],
      // manning 5 working days → 11-06; radio and DOC/SMC 10 → 11-13.
      ['minimum-manning', 3, '2024-10-30', '2024-11-06'],
      ['radio-licence', 3, '2024-10-30', '2024-11-13'],
      ['safety-management', 3, '2024-10-30', '2024-11-13'],
      // maritime labour waits for manning (11-06): 10 working days → 11-20.
      ['maritime-labour', 4, '2024-11-06', '2024-11-20'],
    ]);
  });

  it('orders items by the DAG whatever the request order; a mortgage under 20 GT is unplanned with the reason', () => {
    const small = transferFile({
      kind: 'newbuild',
      ship: { imo: '9074729', grossTonnage: 19.9, international: false },
    });
    const plan = planBundle({ file: small, items: ['mortgage', 'nationality', 'ownership'] }, asOf);
    expect(plan.steps.map((s) => s.item)).toEqual(['ownership', 'nationality']);
    expect(
      plan.unplanned.map((u) => [u.item, u.missing.map((m) => m.kind === 'condition' && m.condition)]),
    ).toEqual([['mortgage', ['mortgage-tonnage']]]);
  });

  it('an item whose prerequisite is neither held nor requested is unplanned, naming it', () => {
    const plan = planBundle({ file: transferFile(), items: ['nationality'] }, asOf);
    expect(plan.steps).toEqual([]);
    expect(plan.unplanned.map((u) => [u.item, u.missing.map((m) => m.kind === 'item' && m.item)])).toEqual([
      ['nationality', ['ownership']],
    ]);
  });

  it('a stated DAG reorders the plan', () => {
    const plan = planBundle(
      {
        file: transferFile({ kind: 'newbuild' }),
        items: ['ownership', 'radio-licence', 'nationality'],
        prerequisites: { nationality: ['ownership', 'radio-licence'], 'radio-licence': ['ownership'] },
      },
      asOf,
    );
    expect(plan.steps.map((s) => [s.item, s.stage])).toEqual([
      ['ownership', 0],
      ['radio-licence', 1],
      ['nationality', 2],
    ]);
  });

  it('property: no plan violates the DAG (every prerequisite earlier, due before the item starts)', () => {
    const dagArb = fc.dictionary(fc.constantFrom(...BUNDLE_ITEMS), fc.subarray([...BUNDLE_ITEMS]), {
      maxKeys: 4,
    });
    const fileArb = fc.record({
      imo: imoArb,
      uscc: usccArb,
      gt: fc.double({ min: 0, max: 100_000, noNaN: true }),
      international: fc.boolean(),
      kind: fc.constantFrom('newbuild', 'transfer', 'import' as const),
      mortgaged: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fileArb,
        fc.subarray([...BUNDLE_ITEMS], { minLength: 1 }),
        dagArb,
        workingDayArb({ from: civilDate('2024-01-01'), to: civilDate('2025-10-01') }),
        (f, items, dag, day) => {
          const file: ShipFile = {
            ship: { imo: f.imo, grossTonnage: f.gt, international: f.international },
            owner: { uscc: f.uscc, dishonest: false, commits: true },
            kind: f.kind,
            mortgaged: f.mortgaged,
            certificates: [],
            documents: [],
          };
          let plan: ReturnType<typeof planBundle>;
          try {
            plan = planBundle({ file, items, prerequisites: dag }, day);
          } catch (e) {
            // Only a cycle may be refused, and then at a named item.
            expect(e).toBeInstanceOf(ValidationError);
            expect((e as ValidationError).paths[0]).toMatch(/^app\.prerequisites\./);
            return;
          }
          const at = new Map(plan.steps.map((s, i) => [s.item, { ...s, i }]));
          for (const s of plan.steps) {
            for (const p of itemsBefore(s.item, file, dag)) {
              if (!items.includes(p)) continue;
              const q = at.get(p);
              expect(q, `${p} before ${s.item}`).toBeDefined();
              if (!q) return;
              expect(q.i).toBeLessThan(at.get(s.item)?.i ?? -1);
              expect(q.stage).toBeLessThan(s.stage);
              expect(q.dueBy <= s.startOn).toBe(true);
            }
            expect(s.dueBy > s.startOn).toBe(true);
          }
          // Every requested item is planned or unplanned, never both, never lost.
          const seen = [...plan.steps.map((s) => s.item), ...plan.unplanned.map((u) => u.item)].sort();
          expect(seen).toEqual([...items].sort());
          expect(isValidImo(file.ship.imo)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planBundle: bad input', () => {
  const pathsOf = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };

  it('a cyclic DAG is refused naming the item that closes the cycle; the input is unchanged', () => {
    const app = Object.freeze({
      file: transferFile(),
      items: ['ownership', 'nationality'] as BundleItem[],
      prerequisites: Object.freeze({ ownership: ['nationality'] as BundleItem[] }),
    });
    let err: unknown;
    try {
      planBundle(app, asOf);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    // ownership → nationality (stated) → ownership (default 第十五条): closes at ownership.
    expect((err as ValidationError).paths).toEqual(['app.prerequisites.ownership']);
    expect((err as ValidationError).message).toContain('ownership → nationality → ownership');
    expect(app.prerequisites).toEqual({ ownership: ['nationality'] });
  });

  it('unknown or repeated items, unknown DAG keys, a bad IMO, a date outside the calendar', () => {
    expect(
      pathsOf(() =>
        planBundle({ file: transferFile(), items: ['ownership', 'hull' as never, 'ownership'] }, asOf),
      ),
    ).toEqual(['app.items[1]', 'app.items[2]']);
    expect(pathsOf(() => planBundle({ file: transferFile(), items: [] }, asOf))).toEqual(['app.items']);
    expect(
      pathsOf(() =>
        planBundle(
          { file: transferFile(), items: ['ownership'], prerequisites: { keel: ['ownership'] } as never },
          asOf,
        ),
      ),
    ).toEqual(['app.prerequisites.keel']);
    expect(
      pathsOf(() =>
        planBundle(
          {
            file: transferFile({ ship: { imo: '1234568', grossTonnage: 10, international: false } }),
            items: ['ownership'],
          },
          asOf,
        ),
      ),
    ).toEqual(['app.file.ship.imo']);
    expect(
      pathsOf(() => planBundle({ file: transferFile(), items: ['ownership'] }, '1999-01-04' as never)),
    ).toEqual(['asOf']);
    expect(pathsOf(() => planBundle(undefined as never, asOf))).toEqual(['app']);
  });
});

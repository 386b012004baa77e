// defineMachine's optional `context` schema: start and restore validate the context against it and
// name the bad field, so an engine declares its context once instead of re-checking it in a wrapper.
import { describe, expect, it } from 'vitest';
import {
  assumption,
  ConfigurationError,
  defineMachine,
  type MachineTypes,
  ValidationError,
  z,
} from '../src/index';

type Ev = { type: 'close'; at: string };
type Ctx = { lineId: string; qty: number };
const label = { zh: '标签', en: 'Label' };
const basis = assumption({ zh: '示例状态机', en: 'toy machine' });

const door = defineMachine({
  id: 'core-test.context',
  initial: 'open',
  types: {} as MachineTypes<Ctx, Ev>,
  context: z.object({ lineId: z.string().trim().min(1), qty: z.number().int().min(0) }),
  states: { open: { label }, closed: { label, final: true } },
  events: { close: { from: ['open'], to: 'closed', label, basis } },
});

function paths(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

describe('a machine with a context schema', () => {
  it('starts and restores a valid context, kept as given', () => {
    const ctx = { lineId: 'L1', qty: 3 };
    const s = door.start(ctx, '2025-03-04');
    expect(s.context).toBe(ctx);
    expect(door.restore({ state: 'open', context: ctx, at: null }).context).toBe(ctx);
    expect(door.apply(s, { type: 'close', at: '2025-03-05' }).state).toBe('closed');
  });
  it('start names the bad field under context', () => {
    expect(paths(() => door.start({ lineId: ' ', qty: 3 }, '2025-03-04'))).toEqual(['context.lineId']);
    expect(paths(() => door.start({ lineId: 'L1', qty: -1 }))).toEqual(['context.qty']);
    expect(paths(() => door.start(undefined as never, '2025-03-04'))).toEqual(['context']);
  });
  it('restore names it under view.context', () => {
    expect(
      paths(() => door.restore({ state: 'open', context: { lineId: 'L1', qty: 1.5 }, at: null })),
    ).toEqual(['view.context.qty']);
  });
  it('non-finite numbers are still named by the JSON walk first', () => {
    expect(paths(() => door.start({ lineId: 'L1', qty: Number.NaN }))).toEqual(['context.qty']);
  });
  it('a context that is not a zod schema is a ConfigurationError naming context', () => {
    try {
      defineMachine({
        id: 'core-test.bad-context',
        initial: 'open',
        types: {} as MachineTypes<Ctx, Ev>,
        context: { parse: () => 1 } as never,
        states: { open: { label }, closed: { label, final: true } },
        events: { close: { from: ['open'], to: 'closed', label, basis } },
      });
      expect.unreachable('expected a ConfigurationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).path).toBe('context');
    }
  });
});

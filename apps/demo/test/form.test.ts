import type { ParamsSchema } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { changedParams, fieldsOf, readField } from '../src/form/fields';

const label = { zh: '标签', en: 'Label' };
const schema = {
  n: { kind: 'integer', label, unit: { zh: '户', en: 'taxpayers' }, default: 10, min: 1, max: 100 },
  p: { kind: 'number', label, default: 0.5, min: 0, max: 1, step: 0.01, assumption: true },
  rate: { kind: 'decimal', label, default: '0.35', min: '0', max: '5' },
  flag: { kind: 'boolean', label, help: { zh: '说明', en: 'Help' }, default: false },
  mode: {
    kind: 'enum',
    label,
    default: 'a',
    options: [
      { value: 'a', label: { zh: '甲', en: 'A' } },
      { value: 'b', label: { zh: '乙', en: 'B' } },
    ],
  },
} as const satisfies ParamsSchema;

describe('form generation from a params schema', () => {
  it('draws one control per parameter kind, with ranges, units and labels in the language', () => {
    const f = fieldsOf(schema, 'en');
    expect(f.map((x) => [x.name, x.control])).toEqual([
      ['n', 'number'],
      ['p', 'number'],
      ['rate', 'text'],
      ['flag', 'checkbox'],
      ['mode', 'select'],
    ]);
    expect(f[0]).toMatchObject({
      min: '1',
      max: '100',
      step: '1',
      unit: 'taxpayers',
      inputMode: 'numeric',
      defaultValue: 10,
    });
    expect(f[1]).toMatchObject({ step: '0.01', assumption: true, inputMode: 'decimal' });
    expect(f[2]).toMatchObject({ min: '0', max: '5', inputMode: 'decimal', defaultValue: '0.35' });
    expect(f[3]).toMatchObject({ help: 'Help' });
    expect(f[4]?.options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ]);
    expect(fieldsOf(schema, 'zh')[0]?.unit).toBe('户');
  });
  it('reads control contents by kind and explains what is wrong in the language', () => {
    expect(readField(schema.n, 'n', '42', 'en')).toEqual({ ok: true, value: 42 });
    expect(readField(schema.flag, 'flag', true, 'en')).toEqual({ ok: true, value: true });
    expect(readField(schema.rate, 'rate', '1.25', 'en')).toEqual({ ok: true, value: '1.25' });
    expect(readField(schema.n, 'n', '0', 'en')).toEqual({ ok: false, message: 'must be between 1 and 100' });
    expect(readField(schema.n, 'n', '4.5', 'zh')).toEqual({ ok: false, message: '必须是整数' });
    expect(readField(schema.mode, 'mode', 'c', 'en').ok).toBe(false);
  });
  it('keeps only changed values for the URL', () => {
    expect(changedParams(schema, { n: 10, p: 0.7, rate: '0.35', flag: true, mode: 'a' })).toEqual({
      p: 0.7,
      flag: true,
    });
  });
});

import { REPLICATION_SCOPES } from '@gd-ftz/core';
import { catalog, registry } from '@gd-ftz/engines';
import { describe, expect, it } from 'vitest';
import { MESSAGES, t } from '../src/i18n/messages';

describe('i18n completeness', () => {
  it('has every message key in both languages, none empty', () => {
    const zh = Object.keys(MESSAGES.zh).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(zh);
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang]))
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });
  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) {
      expect(holes(MESSAGES.en[key]), key).toEqual(holes(MESSAGES.zh[key]));
    }
    expect(t('en', 'measureNo', { n: 7 })).toBe('Measure 7');
    expect(t('zh', 'measureNo', { n: 7 })).toBe('第7项');
  });
  it('finds both languages in every label the engines and the catalog give the app', () => {
    const both = (x: { zh: string; en: string } | undefined, where: string) => {
      expect(x?.zh.trim(), `${where}.zh`).toBeTruthy();
      expect(x?.en.trim(), `${where}.en`).toBeTruthy();
    };
    for (const { info } of catalog) {
      both(info.title, `measure ${info.id} title`);
      both(info.summary, `measure ${info.id} summary`);
      both(REPLICATION_SCOPES[info.scope], `scope ${info.scope}`);
    }
    for (const engine of registry.all) {
      for (const [name, spec] of Object.entries(engine.params)) {
        both(spec.label, `${engine.slug}.${name}.label`);
        if ('unit' in spec && spec.unit) both(spec.unit, `${engine.slug}.${name}.unit`);
        if (spec.kind === 'enum')
          for (const o of spec.options) both(o.label, `${engine.slug}.${name}.${o.value}`);
      }
    }
  });
});

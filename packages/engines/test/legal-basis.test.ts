// Every engine's sample traces speak both languages: each step's legal basis is cited with zh/en
// notes (and the original wording where quoted) or is an assumption with a zh/en reason, and no
// note points at internal research material (file paths, source keys, confidence tags).
import { type Citation, isLocalized } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/index';

const INTERNAL =
  /fact pack|shared\/domain|LRB:|\.md\b|\[(U|S|C|statute|official-reprint|practitioner)[\],\s]|\bS\d{1,2}\b/;

function checkCitation(c: Citation, where: string): void {
  expect(isLocalized(c.law), `${where} law`).toBe(true);
  if (c.note !== undefined) {
    expect(isLocalized(c.note), `${where} note`).toBe(true);
    expect(`${c.note.zh} ${c.note.en}`, `${where} note`).not.toMatch(INTERNAL);
  }
  if (c.quote !== undefined) {
    expect(c.quote, `${where} quote`).toMatch(/[\u4e00-\u9fff]/);
    expect(c.quote, `${where} quote`).not.toMatch(INTERNAL);
  }
  if (c.article !== undefined) expect(c.article, `${where} article`).toMatch(/^(第|附件)/);
}

describe.each(registry.all.map((m) => [m.slug, m] as const))(
  '%s: legal basis of the sample traces',
  (_, m) => {
    const report = m.simulate({}, { seed: 7 });
    const steps = report.samples.flatMap((s) => s.trace.steps.map((step) => ({ s, step })));

    it('has sample steps to check', () => {
      expect(steps.length).toBeGreaterThan(0);
    });

    it('gives every assumption a reason in zh and en, and glosses every citation in both', () => {
      for (const { s, step } of steps) {
        const where = `${s.id} ${step.id}`;
        if (step.basis.kind === 'assumption') {
          expect(isLocalized(step.basis.reason), `${where} reason`).toBe(true);
          expect(step.basis.reason.zh, `${where} reason`).toMatch(/[\u4e00-\u9fff]/);
          expect(`${step.basis.reason.zh} ${step.basis.reason.en}`, `${where} reason`).not.toMatch(INTERNAL);
        } else {
          expect(step.basis.citations.length, where).toBeGreaterThan(0);
        }
        for (const c of step.basis.citations ?? []) checkCitation(c, where);
      }
    });
  },
);

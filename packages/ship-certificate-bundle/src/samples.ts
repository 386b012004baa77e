// Sample ships with their full traces: every event of every item, each citing its basis.
import { cited, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { dateOf } from './days';
import type { CaseOutcome } from './handle';
import { ITEMS } from './items';
import { itemMachine } from './process';
import type { KeptCase } from './simulate';

function stepsOf(o: CaseOutcome): TraceStep[] {
  const rows: TraceStep[] = [];
  for (const it of o.items) {
    for (const e of it.events) {
      const spec = itemMachine.table.events[e.activity === 'file' ? 'resubmit' : e.activity];
      rows.push({
        id: `${it.item}.${e.activity}`,
        kind: 'step',
        title: {
          zh: `${ITEMS[it.item].label.zh}：${e.activity}`,
          en: `${ITEMS[it.item].label.en}: ${e.activity}`,
        },
        fired: true,
        inputs: { item: it.item },
        basis: e.activity === 'file' ? cited(ITEMS[it.item].basis) : spec.basis,
        at: dateOf(e.day),
      });
    }
    if (it.state === 'pending') {
      rows.push({
        id: `${it.item}.pending`,
        kind: 'step',
        title: {
          zh: `${ITEMS[it.item].label.zh}：待办（${it.reason}）`,
          en: `${ITEMS[it.item].label.en}: pending (${it.reason})`,
        },
        fired: true,
        inputs: { item: it.item, reason: it.reason ?? '' },
        basis: cited(ITEMS[it.item].basis),
      });
    }
  }
  return rows;
}

function sample(k: KeptCase, o: CaseOutcome): SampleCase {
  const s = k.ship;
  return {
    id: `${s.id}-${o.variant}`,
    variant: o.variant,
    title: {
      zh: `船舶 ${s.id}（IMO ${s.imo}，${s.grossTonnage} 总吨，${s.items.length} 项）`,
      en: `Ship ${s.id} (IMO ${s.imo}, ${s.grossTonnage} GT, ${s.items.length} items)`,
    },
    summary: {
      zh: `提交 ${o.submissions} 次，到窗口 ${o.visits} 次`,
      en: `${o.submissions} application(s), ${o.visits} counter visit(s)`,
    },
    trace: {
      subject: s.id,
      outcome: {
        zh: o.items.map((i) => `${i.item}:${i.state}`).join('，'),
        en: o.items.map((i) => `${i.item}: ${i.state}`).join(', '),
      },
      steps: stepsOf(o),
    },
  };
}

/**
 * Samples: the first kept ship with a tolerated gap in the reform (else the first ship), in both
 * variants.
 * @example
 * samplesOf(kept).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(kept: readonly KeptCase[]): SampleCase[] {
  const k = kept.find((c) => c.reform.gapsAccepted > 0) ?? kept[0];
  return k ? [sample(k, k.baseline), sample(k, k.reform)] : [];
}

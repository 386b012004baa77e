// Sample cases with their traces: one request whose channel the reform changes, in both variants,
// each step citing its basis. Internal: not exported from src/index.ts.
import { addDays, cited, type SampleCase, type TraceStep, type Variant } from '@gd-ftz/core';
import { CHANNELS, type ChannelOutcome } from './channels';
import { explainServiceDeadline } from './deadline';
import { CLASS_ORDER, ITEM_CLASSES } from './items';
import { DAY_OFF_RECEIPT } from './law';
import { routeRequest } from './route';
import type { BatchResult } from './simulate';

const MINUTES_PER_DAY = 1440;

function at(r: BatchResult, minute: number) {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return { date: addDays(r.pop.startDate, day), minute: Math.floor(minute - day * MINUTES_PER_DAY) };
}

function stepsOf(r: BatchResult, out: ChannelOutcome, i: number): TraceStep[] {
  const pop = r.pop;
  const itemClass = CLASS_ORDER[pop.cls[i]!]!;
  const spec = ITEM_CLASSES[itemClass];
  const route = routeRequest(
    { itemClass, digitallyReady: pop.ready[i] === 1, inPersonOnly: pop.inPerson[i] === 1 },
    out.variant,
  );
  const steps: TraceStep[] = [
    {
      id: 'request.route',
      kind: 'step',
      title: { zh: '分流', en: 'Routing' },
      fired: true,
      inputs: { itemClass, digitallyReady: pop.ready[i] === 1, inPersonOnly: pop.inPerson[i] === 1 },
      result: CHANNELS[out.channel[i]!]!,
      basis: route.basis,
      at: at(r, pop.arrival[i]!).date,
    },
  ];
  const done = out.completion[i]!;
  if (spec.deadline !== undefined && !Number.isNaN(out.frontEnd[i]!)) {
    const received = at(r, out.frontEnd[i]!).date;
    const why = explainServiceDeadline(spec.deadline, received);
    const [first, ...rest] = why.citations;
    steps.push({
      id: 'request.deadline',
      kind: 'step',
      title: { zh: '法定办结时限', en: 'Legal completion limit' },
      fired: true,
      inputs: { item: spec.deadline, receivedOn: received },
      result: why.deadline,
      basis: first === undefined ? DAY_OFF_RECEIPT : cited(first, ...rest),
      at: received,
    });
  }
  steps.push({
    id: 'request.complete',
    kind: 'step',
    title: Number.isNaN(done) ? { zh: '放弃', en: 'Abandoned' } : { zh: '办结', en: 'Completed' },
    fired: true,
    inputs: { waitMinutes: Number.isNaN(out.wait[i]!) ? 0 : Math.round(out.wait[i]!), trips: out.trips[i]! },
    basis: route.basis,
    at: at(r, Number.isNaN(done) ? pop.arrival[i]! : done).date,
  });
  return steps;
}

function sample(r: BatchResult, variant: Variant, i: number): SampleCase {
  const out = r[variant];
  const itemClass = CLASS_ORDER[r.pop.cls[i]!]!;
  const label = ITEM_CLASSES[itemClass].label;
  const channel = CHANNELS[out.channel[i]!]!;
  const id = `R${String(i + 1).padStart(7, '0')}`;
  return {
    id: `${id}-${variant}`,
    variant,
    title: { zh: `请求 ${id}（${label.zh}）`, en: `Request ${id} (${label.en})` },
    summary: {
      zh: `渠道 ${channel}，到厅 ${String(out.trips[i]!)} 次`,
      en: `channel ${channel}, ${String(out.trips[i]!)} hall trip(s)`,
    },
    trace: {
      subject: id,
      outcome: Number.isNaN(out.completion[i]!)
        ? { zh: '未办结', en: 'not completed' }
        : {
            zh: `${at(r, out.completion[i]!).date} 办结`,
            en: `completed on ${at(r, out.completion[i]!).date}`,
          },
      steps: stepsOf(r, out, i),
    },
  };
}

/**
 * The report's samples: the first request with a legal limit that moves from a window to a cloud
 * seat, in both variants (else the first request).
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  if (r.pop.n === 0) return [];
  let pick = 0;
  for (let i = 0; i < r.pop.n; i++) {
    const spec = ITEM_CLASSES[CLASS_ORDER[r.pop.cls[i]!]!];
    if (spec.deadline !== undefined && r.baseline.channel[i] === 1 && r.reform.channel[i] === 2) {
      pick = i;
      break;
    }
  }
  return [sample(r, 'baseline', pick), sample(r, 'reform', pick)];
}

// One run of measure 13 on core's simulation kernel: each port area has a desk (the 12395
// search-and-rescue coordinators; after the reform also the line's duty doctors) and a few boats,
// as resources with FIFO waiting lines; each case walks the shared timeline, waiting where a desk
// or a boat is busy. Baseline and reform run on the same world. Internal.
import { createResource, createSimulation, type Resource } from '@gd-ftz/core';
import type { CrewMedicalLineParams } from './params';
import {
  boatRoundTrip,
  type CaseInput,
  callAtOf,
  type Decided,
  decide,
  finish,
  LINE,
  needsBoat,
  type Prep,
  prepare,
  routeOf,
} from './timeline';
import { durationsOf, type World, workingDaysOf } from './world';

/** What one regime produced, per case (NaN where a step did not happen). */
export interface RegimeResult {
  readonly callAt: Float64Array;
  readonly adviceAt: Float64Array;
  readonly decisionAt: Float64Array;
  readonly ashoreAt: Float64Array;
  readonly careAt: Float64Array;
  readonly boatStart: Float64Array;
  readonly boatBack: Float64Array;
  readonly deskWait: Float64Array;
  readonly route: Uint8Array;
  readonly disposition: Uint8Array;
  readonly outcome: Uint8Array;
  readonly remote: Uint8Array;
  readonly calls: Uint8Array;
  /** Minutes of coordinator and duty-doctor time the case took. */
  readonly staffMinutes: Float64Array;
  /** Largest number of boats out at once in any area (≤ capacity by the kernel). */
  maxBoatsOut: number;
}

/** Both regimes of one port area's world (or a whole world, for the replications). */
export interface RunResult {
  readonly world: World;
  readonly baseline: RegimeResult;
  readonly reform: RegimeResult;
}

function emptyResult(n: number): RegimeResult {
  const nan = () => new Float64Array(n).fill(Number.NaN);
  return {
    callAt: nan(),
    adviceAt: nan(),
    decisionAt: nan(),
    ashoreAt: nan(),
    careAt: nan(),
    boatStart: nan(),
    boatBack: nan(),
    deskWait: new Float64Array(n),
    route: new Uint8Array(n),
    disposition: new Uint8Array(n),
    outcome: new Uint8Array(n),
    remote: new Uint8Array(n),
    calls: new Uint8Array(n),
    staffMinutes: new Float64Array(n),
    maxBoatsOut: 0,
  };
}

/** Runs one regime on the world. */
export function runRegime(w: World, p: CrewMedicalLineParams, reform: boolean): RegimeResult {
  const d = durationsOf(p);
  const working = workingDaysOf(w.start);
  const sim = createSimulation({ startDate: w.start });
  const res = emptyResult(w.count);
  const mrcc: Resource[] = [];
  const line: Resource[] = [];
  const boats: Resource[] = [];
  for (let a = 0; a < w.areas; a++) {
    mrcc.push(createResource(sim, { capacity: p.coordinators, keepWaits: false, name: `mrcc-${a}` }));
    if (reform)
      line.push(createResource(sim, { capacity: p.lineDoctors, keepWaits: false, name: `line-${a}` }));
    boats.push(createResource(sim, { capacity: p.boatsPerArea, keepWaits: false, name: `boats-${a}` }));
  }
  const inputs: CaseInput[] = new Array(w.count);
  const decided: (Decided | undefined)[] = new Array(w.count);
  const prepared: (Prep | undefined)[] = new Array(w.count);

  const done = (i: number, boatBack: number) => {
    const c = inputs[i] as CaseInput;
    const fin = finish(c, decided[i] as Decided, prepared[i] as Prep, boatBack, d, working);
    res.adviceAt[i] = fin.adviceAt;
    res.ashoreAt[i] = fin.ashoreAt;
    res.careAt[i] = fin.careAt;
    res.outcome[i] = fin.outcome;
  };
  const onBoatBack = (req: { data: number; wait: number }) => {
    const i = req.data;
    res.boatBack[i] = sim.now;
    res.boatStart[i] = sim.now - boatRoundTrip(inputs[i] as CaseInput, d);
    done(i, sim.now);
  };
  const askBoat = (i: number) => {
    const c = inputs[i] as CaseInput;
    const area = w.area[i] as number;
    const b = boats[area] as Resource;
    b.serve(boatRoundTrip(c, d), onBoatBack, 0, i);
    const out = b.busy;
    if (out > res.maxBoatsOut) res.maxBoatsOut = out;
  };
  const afterDecision = (i: number, route: number, dec: Decided) => {
    const c = inputs[i] as CaseInput;
    decided[i] = dec;
    res.decisionAt[i] = dec.decisionAt;
    res.disposition[i] = dec.disposition;
    res.remote[i] = dec.remote ? 1 : 0;
    const prep = prepare(c, route, dec, d, working);
    prepared[i] = prep;
    res.calls[i] = dec.calls + prep.calls;
    if (route === LINE && dec.disposition !== 0) {
      res.staffMinutes[i] =
        (res.staffMinutes[i] as number) - p.coordinationMinutes * Math.log(1 - (w.uCoord[i] as number));
    }
    if (needsBoat(c, dec.disposition)) sim.scheduleAt(prep.boatAt, askBoat, i);
    else done(i, Number.NaN);
  };
  const onDeskDone = (req: { data: number; wait: number }) => {
    const i = req.data;
    const route = res.route[i] as number;
    const service =
      -(route === LINE ? p.adviceMinutes : p.coordinationMinutes) * Math.log(1 - (w.uService[i] as number));
    res.deskWait[i] = req.wait;
    res.staffMinutes[i] = (res.staffMinutes[i] as number) + service;
    afterDecision(i, route, decide(inputs[i] as CaseInput, route, sim.now - service, service, d, working));
  };
  const onCall = (i: number) => {
    const route = res.route[i] as number;
    const c = inputs[i] as CaseInput;
    if (route === 0) {
      afterDecision(i, route, decide(c, route, sim.now, 0, d, working));
      return;
    }
    const mean = route === LINE ? p.adviceMinutes : p.coordinationMinutes;
    const service = -mean * Math.log(1 - (w.uService[i] as number));
    const desk = (route === LINE ? line : mrcc)[w.area[i] as number] as Resource;
    desk.serve(service, onDeskDone, 0, i);
  };
  for (let i = 0; i < w.count; i++) {
    const c: CaseInput = {
      t0: w.t0[i] as number,
      severity: w.severity[i] as number,
      position: w.position[i] as number,
      distanceNm: w.distanceNm[i] as number,
      international: w.international[i] === 1,
      guided: w.guided[i] === 1,
      aware: w.aware[i] === 1,
    };
    inputs[i] = c;
    const route = routeOf(c, reform);
    res.route[i] = route;
    const callAt = callAtOf(c, route, d);
    res.callAt[i] = callAt;
    sim.scheduleAt(callAt, onCall, i);
  }
  sim.run();
  return res;
}

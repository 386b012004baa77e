// Access decisions on one core at the scale (issue 23): a streamed space with 1,000,000
// grants (DSA_GRANTS), batches of 10,000 requests beside same-run baselines — the same check and
// decision without the log, over this index and over the previous one (test/access-reference.ts,
// built over the same grants and dropped before the scale run; and over ten batches of other
// principals taken in turn, so that cached slots do not flatter it), and SHA-256 of the same canonical
// bytes (node:crypto raw; core's auditHash with node:crypto and with its default JS SHA-256) — the
// streaming verifier, and a run of 10,000,000 logged decisions (DSA_DECISIONS) with the heap read
// after 1M and at the end. The clock is CPU time (core's cpu-clock). Ratios, never timed
// assertions; figures go to the README. Internals are imported from src/ for the unlogged rows.
import * as nodeCrypto from 'node:crypto';
import {
  type AuditRecord,
  auditHash,
  canonicalJson,
  civilDate,
  createAuditVerifier,
  GENESIS_HASH,
  type JsonValue,
  verifyAuditLog,
} from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import { cpuNow } from '../../core/bench/cpu-clock';
import { decideChecked } from '../src/access';
import { categoryBits } from '../src/categories';
import * as check from '../src/check';
import {
  type AccessRequest,
  createStreamedSpace,
  decideAccess,
  grant,
  type SpaceRecordData,
} from '../src/index';
import { type Grant, storeOf } from '../src/space';
import {
  decideOver,
  grantState,
  indexGrant,
  instantReference,
  type ReferenceIndex,
  referenceIndex,
} from '../test/access-reference';

const GRANTS = Number(process.env.DSA_GRANTS ?? 1_000_000);
const DECISIONS = Number(process.env.DSA_DECISIONS ?? 10_000_000);
const N = 10_000;
const VERIFY = 100_000;
// node:crypto's SHA-256 as the log's digest: the one-shot crypto.hash (node >= 20.12) where there is
// one, else a Hash object per text. The object-per-text form is measured too (the digest of the
// runs before 2026-12-04), so the gain from the code and the gain from the digest stay apart.
const hashObjectDigest = (s: string) => nodeCrypto.createHash('sha256').update(s).digest('hex');
const oneShot = (nodeCrypto as { hash?: (a: string, d: string, e: 'hex') => string }).hash;
const nodeDigest = oneShot ? (s: string) => oneShot('sha256', s, 'hex') : hashObjectDigest;
const digestName = oneShot ? 'crypto.hash' : 'createHash';
const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => {
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};
/** Heap plus ArrayBuffers (the typed-array index lives outside the JS heap), after a collection. */
const memoryMiB = () => {
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
const say = (line: string) => process.stdout.write(`${line}\n`);

// The log streams out: the sink is handed every record and counts it; none is kept (writing the
// lines to a file or socket is the consumer's cost, not measured here).
let streamed = 0;
const space = createStreamedSpace({
  digest: nodeDigest,
  sink: (r) => {
    streamed += r.seq > 0 ? 1 : 0;
  },
});
const subject = { kind: 'person', birthDate: civilDate('1990-05-01') } as const;
const memoryBefore = memoryMiB();
const t0 = cpuNow();
for (let i = 0; i < GRANTS; i++) {
  grant(space, {
    principal: `P${i}`,
    subject,
    holder: i % 2 === 0 ? 'hrss' : 'natural-resources',
    user: 'bank',
    purpose: 'loan',
    items: i % 2 === 0 ? ['social-insurance'] : ['property'],
    recipient: 'third-party',
    from: '2025-03-01',
    until: '2026-03-01',
    consent: 'separate',
    at: '2025-03-01T09:00',
  });
}
const heapAfterGrants = heapMiB();
say(
  `setup: ${GRANTS} grants in ${((cpuNow() - t0) / 1000).toFixed(1)} s CPU; heapUsed ${heapAfterGrants} MiB; node ${process.version}; gc ${gc ? 'exposed' : 'not exposed'}; digest ${digestName}`,
);
const store = storeOf(space);
const indexMiB = memoryMiB() - memoryBefore;

// The previous index (Map of principal → list of one state object per grant, each holding its
// Grant; test/access-reference.ts) over the same grants, as the named baseline of the unlogged
// decision. Built after the figures above and dropped after its bench, so the heap figures of
// the scale run do not include it.
let reference: ReferenceIndex | undefined = referenceIndex();
const referenceBefore = memoryMiB();
for (let i = 0; i < GRANTS; i++) {
  const items = Object.freeze(i % 2 === 0 ? ['social-insurance' as const] : ['property' as const]);
  const g: Grant = Object.freeze({
    id: `G${i + 1}`,
    principal: `P${i}`,
    holder: i % 2 === 0 ? 'hrss' : 'natural-resources',
    user: 'bank',
    purpose: 'loan',
    items,
    from: '2025-03-01',
    until: '2026-03-01',
    consent: 'separate',
    required: 'separate',
    grantedAt: '2025-03-01T09:00',
  });
  indexGrant(
    reference.grants,
    reference.byPrincipal,
    grantState(g, categoryBits(items, false), check.instant(g.from, 'from'), check.instant(g.until, 'until')),
  );
}
const referenceMiB = memoryMiB() - referenceBefore;
say(
  `index of ${GRANTS} grants (heapUsed + arrayBuffers after a collection): this space ${indexMiB.toFixed(1)} MiB (grants, index, chain head); the previous Map-of-states index ${referenceMiB.toFixed(1)} MiB`,
);

/** The previous request check (one object per request) and decision, as the baseline ran them. */
function referenceDecide(index: ReferenceIndex, x: unknown): boolean {
  const r = check.object(x, 'request');
  check.name(r.principal, 'request.principal');
  check.name(r.holder, 'request.holder');
  check.name(r.user, 'request.user');
  check.name(r.purpose, 'request.purpose');
  const items = check.categoryMask(r.items, 'request.items');
  const t = instantReference(r.at, 'request.at');
  const checked = { request: r as unknown as AccessRequest, items, t };
  const request = checked.request;
  return decideOver(index.byPrincipal.get(request.principal), request, checked.items, checked.t).permitted;
}

/** Request i: over every principal, a third out of purpose (denied), at varying minutes. */
const requestAt = (i: number): AccessRequest => ({
  principal: `P${(i * 7919) % GRANTS}`,
  holder: i % 2 === 0 ? 'hrss' : 'natural-resources',
  user: 'bank',
  purpose: i % 3 === 0 ? 'marketing' : 'loan',
  items: i % 2 === 0 ? ['social-insurance'] : ['property'],
  at: `2025-06-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:30`,
});
const requests: AccessRequest[] = Array.from({ length: N }, (_, i) => requestAt(i));
// Ten batches of other principals (100,000 in all, 6.4 MB of index slots: more than the L2 cache
// holds), taken in turn, so a batch's principals are not the ones the previous batch left in cache.
const ROTATE = 10;
const rotating: AccessRequest[][] = Array.from({ length: ROTATE }, (_, k) =>
  Array.from({ length: N }, (_, i) => requestAt(i + k * N)),
);
let turn = 0;
// The canonical content of each decision record, as the log hashes it.
const contents = requests.map((r, i) => ({
  seq: i + 1,
  at: r.at,
  actor: r.user,
  action: 'decide',
  data: { ...r, items: [...r.items], permitted: true, grantId: 'G1' } as unknown as JsonValue,
  prevHash: GENESIS_HASH,
}));
const bytes = contents.map((c) => canonicalJson(c as unknown as JsonValue));

// A chain of VERIFY decision records to read back (grants, then decisions, as a space writes them).
const chain: AuditRecord<SpaceRecordData>[] = [];
{
  const small = createStreamedSpace({ digest: nodeDigest, sink: (r) => chain.push(r) });
  for (let i = 0; i < 1000; i++) {
    grant(small, {
      principal: `P${i}`,
      subject,
      holder: 'hrss',
      user: 'bank',
      purpose: 'loan',
      items: ['social-insurance'],
      recipient: 'third-party',
      from: '2025-03-01',
      until: '2026-03-01',
      consent: 'separate',
      at: '2025-03-01T09:00',
    });
  }
  for (let i = chain.length; i < VERIFY; i++)
    decideAccess(small, { ...requestAt(i), principal: `P${i % 1000}` });
}
let sink = 0;
let scaleDone = false;
const opts = { time: 2000, warmupIterations: 2, now: cpuNow };

describe(`${N} unlogged decisions per iteration over ${GRANTS} grants: this index and the previous one`, () => {
  bench(
    'check + decide, unlogged (typed-array index)',
    () => {
      for (const r of requests) if (decideChecked(store.index, r) >= 0) sink++;
    },
    opts,
  );
  bench(
    'check + decide, unlogged (typed-array index), 10 batches of other principals in turn (100,000)',
    () => {
      const batch = rotating[turn] as AccessRequest[];
      turn = (turn + 1) % ROTATE;
      for (const r of batch) if (decideChecked(store.index, r) >= 0) sink++;
    },
    opts,
  );
  bench(
    'baseline: check + decide, unlogged, previous index (Map of state objects, test/access-reference.ts)',
    () => {
      const index = reference as ReferenceIndex;
      for (const r of requests) if (referenceDecide(index, r)) sink++;
    },
    opts,
  );
});

describe(`${N} decisions per iteration over ${GRANTS} grants (log streamed out)`, () => {
  bench(
    'baseline: check + decide, unlogged (typed-array index)',
    () => {
      for (const r of requests) if (decideChecked(store.index, r) >= 0) sink++;
    },
    opts,
  );
  bench(
    `decideAccess, logged (hash-chained, node:crypto ${digestName}, streamed)`,
    () => {
      for (const r of requests) if (decideAccess(space, r).permitted) sink++;
    },
    opts,
  );
  bench(
    `baseline: raw SHA-256 of the same canonical bytes (node:crypto, ${digestName})`,
    () => {
      for (const b of bytes) sink += nodeDigest(b).length;
    },
    opts,
  );
  bench(
    'baseline: raw SHA-256 of the same canonical bytes (node:crypto, createHash per text)',
    () => {
      for (const b of bytes) sink += hashObjectDigest(b).length;
    },
    opts,
  );
  bench(
    `baseline: core's auditHash of the same content, node:crypto ${digestName} (canonical JSON + SHA-256)`,
    () => {
      for (const c of contents) sink += auditHash(c, nodeDigest).length;
    },
    opts,
  );
  bench(
    "baseline: core's auditHash of the same content, default JS SHA-256",
    () => {
      for (const c of contents) sink += auditHash(c).length;
    },
    opts,
  );
});

describe(`verification of ${VERIFY} records (1,000 grants + decisions) per iteration`, () => {
  bench(
    `streaming verifier (createAuditVerifier, node:crypto ${digestName})`,
    () => {
      const v = createAuditVerifier({ digest: nodeDigest });
      for (const r of chain) v.push(r);
      if (v.end().ok) sink++;
    },
    { ...opts, warmupIterations: 1, iterations: 5 },
  );
  bench(
    'streaming verifier (createAuditVerifier, node:crypto createHash per text)',
    () => {
      const v = createAuditVerifier({ digest: hashObjectDigest });
      for (const r of chain) v.push(r);
      if (v.end().ok) sink++;
    },
    { ...opts, warmupIterations: 1, iterations: 5 },
  );
  bench(
    `verifyAuditLog, node:crypto ${digestName} (holds every hash)`,
    () => {
      if (verifyAuditLog(chain, { digest: nodeDigest }).ok) sink++;
    },
    { ...opts, warmupIterations: 1, iterations: 5 },
  );
});

describe(`scale: ${DECISIONS} logged decisions in one run`, () => {
  bench(
    `decideAccess x ${DECISIONS}, streamed (heap read after 1M and at the end)`,
    () => {
      // Once: tinybench may call a task again (warm-up); the figures are the line printed here.
      if (scaleDone) return;
      scaleDone = true;
      // The previous index was only for its baseline: drop it before the heap is read.
      reference = undefined;
      const start = cpuNow();
      let heap1M = 0;
      for (let i = 0; i < DECISIONS; i++) {
        if (decideAccess(space, requests[i % N] as AccessRequest).permitted) sink++;
        if ((i + 1) % 1_000_000 === 0) {
          // Progress per million (CPU time includes the collection that heapMiB forces).
          const heap = heapMiB();
          if (i + 1 === 1_000_000) heap1M = heap;
          const cpu = (cpuNow() - start) / 1000;
          say(
            `scale: ${i + 1} decisions, ${cpu.toFixed(1)} s CPU, ${Math.round((i + 1) / cpu)} /s, heapUsed ${heap} MiB`,
          );
        }
      }
      const cpu = (cpuNow() - start) / 1000;
      say(
        `scale: ${DECISIONS} logged decisions in ${cpu.toFixed(1)} s CPU = ${Math.round(DECISIONS / cpu)} /s; heapUsed after 1M ${heap1M} MiB, after ${DECISIONS} ${heapMiB()} MiB (after grants ${heapAfterGrants} MiB)`,
      );
    },
    { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0, now: cpuNow },
  );
});

afterAll(() => {
  if (sink < 0) throw new Error('unreachable');
  say(`records streamed: ${streamed}; chain head seq ${space.log.head.seq}; heapUsed ${heapMiB()} MiB`);
});

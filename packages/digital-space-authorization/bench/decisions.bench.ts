// Access decisions on one core, beside same-run baselines: the same check and decision without the
// log (what logging adds), and SHA-256 of the same canonical bytes, by node:crypto (native) and by
// core's auditHash (the JS hash the log uses, browser-safe). Internals are imported from src/ for
// the unlogged baseline. Ratios, never timed assertions; figures recorded in the README.
import { createHash } from 'node:crypto';
import { auditHash, canonicalJson, civilDate, GENESIS_HASH, type JsonValue } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import { checkRequest, decideOver } from '../src/access';
import { type AccessRequest, createSpace, decideAccess, grant } from '../src/index';
import { storeOf } from '../src/space';

const GRANTS = Number(process.env.DSA_GRANTS ?? 100_000);
const N = 10_000;
const subject = { kind: 'person', birthDate: civilDate('1990-05-01') } as const;
const space = createSpace();
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
const store = storeOf(space);
// Requests over every principal, a third of them out of scope (denied), at varying minutes.
const requests: AccessRequest[] = Array.from({ length: N }, (_, i) => ({
  principal: `P${(i * 7919) % GRANTS}`,
  holder: i % 2 === 0 ? 'hrss' : 'natural-resources',
  user: 'bank',
  purpose: i % 3 === 0 ? 'marketing' : 'loan',
  items: i % 2 === 0 ? ['social-insurance'] : ['property'],
  at: `2025-06-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:30`,
}));
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
let sink = 0;

describe(`${N} decisions per iteration over ${GRANTS} grants`, () => {
  bench('baseline: check + decide, unlogged', () => {
    for (const r of requests) {
      const { request, t } = checkRequest(r);
      if (decideOver(store.byPrincipal.get(request.principal), request, t).permitted) sink++;
    }
  });
  bench('decideAccess, logged (hash-chained)', () => {
    for (const r of requests) if (decideAccess(space, r).permitted) sink++;
  });
  bench('baseline: raw SHA-256 of the same canonical bytes (node:crypto)', () => {
    for (const b of bytes) sink += createHash('sha256').update(b).digest('hex').length;
  });
  bench("baseline: core's auditHash of the same content (canonical JSON + JS SHA-256)", () => {
    for (const c of contents) sink += auditHash(c).length;
  });
});

describe(`verification of the log, ${GRANTS} grant records + decisions`, () => {
  bench(
    'space.log.verify()',
    () => {
      if (space.log.verify().ok) sink++;
    },
    { iterations: 3 },
  );
});

afterAll(() => {
  if (sink < 0) throw new Error('unreachable');
  const records = space.log.length;
  const heap = process.memoryUsage().heapUsed;
  console.log(`log records at the end: ${records}; heapUsed ${(heap / 2 ** 20).toFixed(0)} MiB`);
});

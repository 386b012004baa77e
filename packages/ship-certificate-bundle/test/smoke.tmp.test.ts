import { it } from 'vitest';
import { measure } from '../src/index';
it('smoke', () => {
  const t = Date.now();
  const r = measure.simulate({}, { seed: 42 });
  for (const k of r.kpis) console.log(k.id, k.baseline, '→', k.reform, k.sensitivity ? `[${k.sensitivity.low.baseline}/${k.sensitivity.low.reform} .. ${k.sensitivity.high.baseline}/${k.sensitivity.high.reform}]` : '');
  console.log(r.notes[0]?.en, Date.now() - t, 'ms');
});

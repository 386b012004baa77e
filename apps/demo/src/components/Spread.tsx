import type { ReplicatedKpi } from '@gd-ftz/core';
import { useId, useMemo, useState } from 'react';
import { type Lang, t } from '../i18n/messages';
import { spreadOption } from '../uncertainty-option';
import type { KpiSpread } from '../worker/jobs';
import { LazyEChart as EChart } from './LazyEChart';

/** The spread of a chosen KPI over the replications, with its intervals. */
export function Spread({
  spread,
  replicated,
  lang,
}: {
  spread: readonly KpiSpread[];
  replicated: readonly ReplicatedKpi[];
  lang: Lang;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(replicated[0]?.id ?? '');
  const kpi = replicated.find((k) => k.id === chosen) ?? replicated[0];
  const s = spread.find((x) => x.id === kpi?.id);
  const option = useMemo(() => (kpi && s ? spreadOption(s, kpi, lang) : undefined), [kpi, s, lang]);
  if (!kpi || !s || !option) return null;
  return (
    <div className="spread" data-role="spread">
      <label htmlFor={id}>{t(lang, 'indicator')} </label>
      <select id={id} value={kpi.id} onChange={(e) => setChosen(e.currentTarget.value)}>
        {replicated.map((k) => (
          <option key={k.id} value={k.id}>
            {k.label[lang]}
          </option>
        ))}
      </select>
      <p className="help">{t(lang, 'spreadHelp')}</p>
      <EChart
        option={option}
        height={300}
        label={`${kpi.label[lang]} · ${t(lang, 'spread')}`}
        data-chart="spread"
      />
    </div>
  );
}

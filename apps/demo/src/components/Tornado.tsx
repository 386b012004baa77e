import type { KpiTornado } from '@gd-ftz/core';
import { useId, useMemo, useState } from 'react';
import { type Lang, t } from '../i18n/messages';
import { tornadoOption } from '../uncertainty-option';
import { LazyEChart as EChart } from './LazyEChart';

/** A chosen KPI's tornado chart over the assumption parameters, with its numbers as a table. */
export function Tornado({ tornado, lang }: { tornado: readonly KpiTornado[]; lang: Lang }) {
  const id = useId();
  const [chosen, setChosen] = useState(tornado[0]?.id ?? '');
  const k = tornado.find((x) => x.id === chosen) ?? tornado[0];
  const option = useMemo(() => (k ? tornadoOption(k, lang) : undefined), [k, lang]);
  if (!k || !option) return null;
  if (k.rows.length === 0) return <p data-role="no-assumptions">{t(lang, 'noAssumptions')}</p>;
  return (
    <div className="tornado" data-role="tornado">
      <label htmlFor={id}>{t(lang, 'indicator')} </label>
      <select id={id} value={k.id} onChange={(e) => setChosen(e.currentTarget.value)} data-role="tornado-kpi">
        {tornado.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label[lang]}
          </option>
        ))}
      </select>
      <p className="help">{t(lang, 'changeAtCurrent', { value: `${k.change} ${k.unit[lang]}` })}</p>
      <EChart
        option={option}
        height={Math.max(200, 48 * k.rows.length + 120)}
        label={`${k.label[lang]} · ${t(lang, 'sensitivityTitle')}`}
        data-chart="tornado"
      />
      <div className="table-scroll">
        <table className="tornado-table">
          <caption>{`${k.label[lang]} · ${t(lang, 'sensitivityTitle')}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'parameter')}</th>
              <th scope="col">{t(lang, 'atLow')}</th>
              <th scope="col">{t(lang, 'atHigh')}</th>
              <th scope="col">{t(lang, 'swing')}</th>
            </tr>
          </thead>
          <tbody>
            {k.rows.map((r) => (
              <tr key={r.param} data-param={r.param}>
                <th scope="row">{r.label[lang]}</th>
                <td>
                  {String(r.low.value)} → {r.low.change}
                </td>
                <td>
                  {String(r.high.value)} → {r.high.change}
                </td>
                <td>{r.swing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

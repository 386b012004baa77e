import type { DirectlyFollowsGraph } from '@gd-ftz/core';
import { GraphChart } from 'echarts/charts';
import { AriaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type Lang, t } from '../i18n/messages';
import { formatDuration, type ProcessLayout, processLayout, processMapOption } from '../process-map-option';
import type { LogFormat, ProcessMapData } from '../worker/protocol';

echarts.use([GraphChart, TitleComponent, TooltipComponent, AriaComponent, SVGRenderer]);

interface SideProps {
  readonly graph: DirectlyFollowsGraph;
  readonly layout: ProcessLayout;
  readonly lang: Lang;
  readonly unit: 'minutes' | 'days';
  readonly maxCount: number;
  readonly onSelect: (activity: string) => void;
}

function Side({ graph, layout, lang, unit, maxCount, onSelect }: SideProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const title = `${t(lang, graph.variant)} · ${t(lang, 'casesEvents', { cases: graph.cases, events: graph.events })}`;
    // The height follows the width so that the map keeps one scale in x and y.
    const draw = () => {
      const { option, height } = processMapOption(graph, layout, {
        lang,
        unit,
        maxCount,
        title,
        width: el.clientWidth,
      });
      el.style.height = `${height}px`;
      chart.resize();
      chart.setOption(option, true);
    };
    draw();
    chart.on('click', (p) => {
      const data = p.data as { id?: string } | undefined;
      if (p.dataType === 'node' && data?.id && !data.id.startsWith('__')) onSelect(data.id);
    });
    const resize = () => draw();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [graph, layout, lang, unit, maxCount, onSelect]);
  return (
    <div
      className="process-map-side"
      ref={ref}
      style={{ height: 320 }}
      role="img"
      aria-label={`${t(lang, 'processMap')}: ${t(lang, graph.variant)}`}
      data-variant={graph.variant}
    />
  );
}

function Details({ data, id, lang }: { data: ProcessMapData; id: string; lang: Lang }) {
  const label = [data.baseline, data.reform].flatMap((g) => g.activities).find((a) => a.id === id)?.label;
  return (
    <div className="activity-details" data-activity={id} aria-live="polite">
      <h5>
        {t(lang, 'activityDetails')}: {label?.[lang] ?? id}
      </h5>
      <dl>
        {[data.baseline, data.reform].map((g) => {
          const a = g.activities.find((x) => x.id === id);
          return (
            <div key={g.variant} data-variant={g.variant}>
              <dt>{t(lang, g.variant)}</dt>
              {a ? (
                <dd>
                  {t(lang, 'shareOfCases')}: {(a.share * 100).toFixed(1)}% ({a.cases}/{g.cases})
                  <br />
                  {t(lang, 'waitingTime')}:{' '}
                  {a.wait
                    ? `${t(lang, 'median')} ${formatDuration(a.wait.medianMs, data.timeUnit, lang)}, ${t(lang, 'p90')} ${formatDuration(a.wait.p90Ms, data.timeUnit, lang)}`
                    : '—'}
                </dd>
              ) : (
                <dd>{t(lang, 'notInVariant')}</dd>
              )}
            </div>
          );
        })}
      </dl>
    </div>
  );
}

/** The before/after process maps of a run, the chosen step's details, and the log downloads. */
export function ProcessMap({
  data,
  lang,
  onDownload,
}: {
  data: ProcessMapData;
  lang: Lang;
  onDownload: (format: LogFormat) => void;
}) {
  const [selected, setSelected] = useState<string>();
  const layout = useMemo(() => processLayout([data.baseline, data.reform]), [data]);
  const maxCount = Math.max(1, ...[data.baseline, data.reform].flatMap((g) => g.edges.map((e) => e.count)));
  const s = data.summary;
  const dropped = s.droppedCases.baseline + s.droppedCases.reform;
  return (
    <section className="process-map" aria-labelledby="process-map-h">
      <h4 id="process-map-h">{t(lang, 'processMap')}</h4>
      <p className="help">{t(lang, 'processMapHelp')}</p>
      {s.truncated && <p className="note">{t(lang, 'logTruncated', { kept: s.keptCaseIds, dropped })}</p>}
      <div className="exports">
        {(['ocel', 'xes', 'csv'] as const).map((f) => (
          <button key={f} type="button" onClick={() => onDownload(f)} data-export={`log-${f}`}>
            {t(lang, f === 'ocel' ? 'downloadOcel' : f === 'xes' ? 'downloadXes' : 'downloadCsv')}
          </button>
        ))}
      </div>
      <div className="process-map-pair">
        <Side
          graph={data.baseline}
          layout={layout}
          lang={lang}
          unit={data.timeUnit}
          maxCount={maxCount}
          onSelect={setSelected}
        />
        <Side
          graph={data.reform}
          layout={layout}
          lang={lang}
          unit={data.timeUnit}
          maxCount={maxCount}
          onSelect={setSelected}
        />
      </div>
      {selected ? (
        <Details data={data} id={selected} lang={lang} />
      ) : (
        <p className="help">{t(lang, 'clickActivity')}</p>
      )}
    </section>
  );
}

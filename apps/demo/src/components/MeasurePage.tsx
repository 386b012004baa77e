import {
  defaultParams,
  type Measure,
  type ParamValue,
  REPLICATION_SCOPES,
  type ScenarioReport,
} from '@gd-ftz/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { download, reportFiles } from '../export';
import { changedParams, readField } from '../form/fields';
import { type Lang, t } from '../i18n/messages';
import type { LogFormat, ProcessMapData } from '../worker/protocol';
import { SimulationClient } from '../worker/run-client';
import { Chart } from './Chart';
import { KpiCards } from './KpiCards';
import { ParamForm, rawFrom } from './ParamForm';
import { ProcessMap } from './ProcessMap';
import { TraceView } from './TraceView';

export interface MeasurePageProps {
  readonly engine: Measure;
  readonly lang: Lang;
  readonly initialParams: Readonly<Record<string, ParamValue>>;
  readonly initialSeed: number;
  /** Called after each run with what the URL must hold to reproduce it. */
  readonly onRunState: (params: Record<string, ParamValue>, seed: number) => void;
}

const client = new SimulationClient();

/** A measure: summary, the generated form, and the last run's KPIs, charts and traces. */
export function MeasurePage({ engine, lang, initialParams, initialSeed, onRunState }: MeasurePageProps) {
  const defaults = defaultParams(engine.params);
  const [raw, setRaw] = useState(() => rawFrom({ ...defaults, ...initialParams }));
  const [seed, setSeed] = useState(String(initialSeed));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [seedError, setSeedError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<ScenarioReport>();
  const [elapsed, setElapsed] = useState<number>();
  const [failure, setFailure] = useState<string>();
  // The process map needs the run's event log: once asked for, every later run records it too.
  const [withLog, setWithLog] = useState(false);
  const [processMap, setProcessMap] = useState<ProcessMapData>();
  const resultsRef = useRef<HTMLElement>(null);

  const execute = useCallback(
    (rawValues: Record<string, string | boolean>, seedText: string, log = withLog) => {
      const values: Record<string, ParamValue> = {};
      const errs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(engine.params)) {
        const r = readField(spec, name, rawValues[name] ?? '', lang);
        if (r.ok) values[name] = r.value;
        else errs[name] = r.message;
      }
      const seedOk = /^\d+$/.test(seedText.trim()) && Number.isSafeInteger(Number(seedText));
      setErrors(errs);
      setSeedError(seedOk ? undefined : lang === 'zh' ? '必须是非负整数' : 'must be a non-negative integer');
      if (Object.keys(errs).length > 0 || !seedOk) return;
      const seedValue = Number(seedText);
      setBusy(true);
      setFailure(undefined);
      setProgress(0);
      client
        .run(engine.slug, values, seedValue, setProgress, log)
        .then(({ report: r, ms, processMap: map }) => {
          setReport(r);
          setProcessMap(map);
          setElapsed(ms);
          onRunState(changedParams(engine.params, values), seedValue);
        })
        .catch((e: Error & { issues?: { path: string; message: { zh: string; en: string } }[] }) => {
          if (e.issues) setErrors(Object.fromEntries(e.issues.map((i) => [i.path, i.message[lang]])));
          setFailure(e.message);
        })
        .finally(() => setBusy(false));
    },
    [engine, lang, onRunState, withLog],
  );

  const showProcessMap = () => {
    setWithLog(true);
    execute(raw, seed, true);
  };
  const downloadLog = (format: LogFormat) => {
    client
      .logFile(format, lang)
      .then(download)
      .catch((e: Error) => setFailure(e.message));
  };

  // Open with a run of the state in the URL, so a shared link shows its numbers at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once per measure
  useEffect(() => {
    execute(raw, seed);
  }, [engine.slug]);

  const files = report ? reportFiles(report, lang) : undefined;
  return (
    <article className="measure-page" data-measure={engine.slug}>
      <header>
        <div className="measure-no">{t(lang, 'measureNo', { n: engine.id })}</div>
        <h2>{engine.title[lang]}</h2>
        <p>{engine.summary[lang]}</p>
        <p className="meta">
          {t(lang, 'leadAgencies')}:{' '}
          {engine.leadAgencies.map((a) => a[lang]).join(lang === 'zh' ? '、' : '; ')} · {t(lang, 'scope')}:{' '}
          {REPLICATION_SCOPES[engine.scope][lang]}
        </p>
      </header>
      <section aria-labelledby="params-h">
        <h3 id="params-h">{t(lang, 'parameters')}</h3>
        <ParamForm
          schema={engine.params}
          lang={lang}
          raw={raw}
          errors={errors}
          seed={seed}
          seedError={seedError}
          busy={busy}
          onChange={(name, value) => setRaw((r) => ({ ...r, [name]: value }))}
          onSeedChange={setSeed}
          onReset={() => {
            setRaw(rawFrom(defaults));
            setErrors({});
          }}
          onRun={() => execute(raw, seed)}
        />
        {busy && (
          <div className="progress" role="status" aria-live="polite">
            <progress max={1} value={progress} aria-label={t(lang, 'progress')} /> {t(lang, 'running')}
          </div>
        )}
        {failure && (
          <p className="failure" role="alert">
            {t(lang, 'error')}: {failure}
          </p>
        )}
      </section>
      {report && (
        <section
          ref={resultsRef}
          className="results"
          aria-labelledby="results-h"
          aria-busy={busy}
          data-seed={report.seed}
        >
          <h3 id="results-h">
            {t(lang, 'results')}{' '}
            <small>
              ({t(lang, 'seed')} {report.seed}
              {elapsed !== undefined ? `, ${Math.round(elapsed)} ms` : ''})
            </small>
          </h3>
          <div className="exports">
            {files && (
              <>
                <button type="button" onClick={() => download(files.json)} data-export="json">
                  {t(lang, 'exportJson')}
                </button>
                <button type="button" onClick={() => download(files.kpis)} data-export="csv-kpis">
                  {t(lang, 'exportCsvKpis')}
                </button>
                <button type="button" onClick={() => download(files.series)} data-export="csv-series">
                  {t(lang, 'exportCsvSeries')}
                </button>
                {!withLog && (
                  <button type="button" onClick={showProcessMap} data-action="process-map" disabled={busy}>
                    {t(lang, 'showProcessMap')}
                  </button>
                )}
              </>
            )}
          </div>
          <h4>{t(lang, 'kpis')}</h4>
          <KpiCards kpis={report.kpis} lang={lang} />
          {processMap && <ProcessMap data={processMap} lang={lang} onDownload={downloadLog} />}
          {report.series.length > 0 && (
            <>
              <h4>{t(lang, 'charts')}</h4>
              <div className="charts">
                {report.series.map((s) => (
                  <Chart key={s.id} series={s} lang={lang} />
                ))}
              </div>
            </>
          )}
          {report.notes && report.notes.length > 0 && (
            <>
              <h4>{t(lang, 'notes')}</h4>
              <ul className="notes">
                {report.notes.map((n) => (
                  <li key={n.en}>{n[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {report.samples.length > 0 && (
            <>
              <h4>{t(lang, 'samples')}</h4>
              {report.samples.map((s) => (
                <TraceView key={s.id} sample={s} lang={lang} />
              ))}
            </>
          )}
        </section>
      )}
    </article>
  );
}

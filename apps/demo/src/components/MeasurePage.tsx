import {
  defaultParams,
  type KpiTornado,
  type ParamValue,
  REPLICATION_SCOPES,
  replicatedKpis,
  tornadoParams,
} from '@gd-ftz/core';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { EngineDescriptor } from '../descriptor';
import { download, reportFiles } from '../export';
import { changedParams, readField } from '../form/fields';
import { type Lang, t } from '../i18n/messages';
import { DEFAULT_REPLICATIONS, MAX_REPLICATIONS } from '../url-state';
import type { ReplicatedRun } from '../worker/jobs';
import type { LogFormat, ProcessMapData } from '../worker/protocol';
import { CancelledError, client } from '../worker/run-client';
import { Chart } from './Chart';
import { KpiCards } from './KpiCards';
import { ParamForm, rawFrom } from './ParamForm';
import { PrintReport } from './PrintReport';
import { Spread } from './Spread';
import { Tornado } from './Tornado';
import { TraceView } from './TraceView';

// The process map (ECharts' graph chart) loads when first asked for.
const ProcessMap = lazy(() => import('./ProcessMap').then((m) => ({ default: m.ProcessMap })));

export interface MeasurePageProps {
  readonly engine: EngineDescriptor;
  readonly lang: Lang;
  readonly initialParams: Readonly<Record<string, ParamValue>>;
  readonly initialSeed: number;
  readonly initialReplications: number | undefined;
  /** Called after each run with what the URL must hold to reproduce it. */
  readonly onRunState: (params: Record<string, ParamValue>, seed: number, replications: number) => void;
}

type Busy = 'run' | 'tornado' | undefined;

/** A measure: summary, the generated form, and the last run's KPIs, charts and traces. */
export function MeasurePage({
  engine,
  lang,
  initialParams,
  initialSeed,
  initialReplications,
  onRunState,
}: MeasurePageProps) {
  const defaults = defaultParams(engine.params);
  const [raw, setRaw] = useState(() => rawFrom({ ...defaults, ...initialParams }));
  const [seed, setSeed] = useState(String(initialSeed));
  const [replications, setReplications] = useState(String(initialReplications ?? DEFAULT_REPLICATIONS));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [seedError, setSeedError] = useState<string>();
  const [replicationsError, setReplicationsError] = useState<string>();
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState(0);
  const [run, setRun] = useState<ReplicatedRun>();
  const [view, setView] = useState<'intervals' | 'single'>('intervals');
  const [elapsed, setElapsed] = useState<number>();
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [tornado, setTornado] = useState<readonly KpiTornado[]>();
  // The process map needs the run's event log: once asked for, every later run records it too.
  const [withLog, setWithLog] = useState(false);
  const [processMap, setProcessMap] = useState<ProcessMapData>();
  // The newest job: an answer to an older one (superseded, so cancelled by the worker) is ignored.
  const latest = useRef(0);

  const read = useCallback(
    (rawValues: Record<string, string | boolean>, seedText: string) => {
      const values: Record<string, ParamValue> = {};
      const errs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(engine.params)) {
        const r = readField(spec, name, rawValues[name] ?? '', lang);
        if (r.ok) values[name] = r.value;
        else errs[name] = r.message;
      }
      const seedOk = /^\d+$/.test(seedText.trim()) && Number.isSafeInteger(Number(seedText));
      setErrors(errs);
      setSeedError(seedOk ? undefined : t(lang, 'seedInvalid'));
      if (Object.keys(errs).length > 0 || !seedOk) return undefined;
      return { values, seedValue: Number(seedText) };
    },
    [engine, lang],
  );

  const fail = useCallback(
    (e: Error & { issues?: { path: string; message: { zh: string; en: string } }[] }) => {
      if (e instanceof CancelledError) {
        setNotice(t(lang, 'cancelled'));
        return;
      }
      if (e.issues) setErrors(Object.fromEntries(e.issues.map((i) => [i.path, i.message[lang]])));
      setFailure(e.message);
    },
    [lang],
  );

  const execute = useCallback(
    (rawValues: Record<string, string | boolean>, seedText: string, repText: string, log = withLog) => {
      const input = read(rawValues, seedText);
      const reps = Number(repText);
      const repsOk = /^\d+$/.test(repText.trim()) && reps >= 1 && reps <= MAX_REPLICATIONS;
      setReplicationsError(repsOk ? undefined : t(lang, 'replicationsInvalid'));
      if (!input || !repsOk) return;
      const { values, seedValue } = input;
      setBusy('run');
      setFailure(undefined);
      setNotice(undefined);
      setProgress(0);
      const token = ++latest.current;
      client
        .run(engine.slug, values, seedValue, reps, setProgress, log)
        .then(({ run: r, ms, processMap: map }) => {
          if (token !== latest.current) return;
          setRun(r);
          setTornado(undefined);
          setProcessMap(map);
          setElapsed(ms);
          onRunState(changedParams(engine.params, values), seedValue, reps);
          setBusy(undefined);
        })
        .catch((e) => {
          if (token !== latest.current) return;
          fail(e);
          setBusy(undefined);
        });
    },
    [engine, lang, onRunState, withLog, read, fail],
  );

  const sensitivity = () => {
    const input = read(raw, seed);
    if (!input) return;
    setBusy('tornado');
    setNotice(undefined);
    setProgress(0);
    const token = ++latest.current;
    client
      .tornado(engine.slug, input.values, input.seedValue, setProgress)
      .then((r) => {
        if (token !== latest.current) return;
        setTornado(r.tornado);
        setBusy(undefined);
      })
      .catch((e) => {
        if (token !== latest.current) return;
        fail(e);
        setBusy(undefined);
      });
  };

  const showProcessMap = () => {
    setWithLog(true);
    execute(raw, seed, replications, true);
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
    execute(raw, seed, replications);
  }, [engine.slug]);

  const report = run?.report;
  const replicated = view === 'intervals' ? run?.replicated : undefined;
  // Exports carry what the cards show: with intervals, the means and their intervals.
  const files = report
    ? reportFiles(replicated ? { ...report, kpis: replicatedKpis(report.kpis, replicated) } : report, lang)
    : undefined;
  const hasAssumptions = tornadoParams(engine.params).length > 0;
  return (
    <article className="measure-page" data-measure={engine.slug}>
      <header>
        <div className="measure-no">{t(lang, 'measureNo', { n: engine.id })}</div>
        <h2>{engine.title[lang]}</h2>
        <p>{engine.summary[lang]}</p>
        <p className="meta">
          {t(lang, 'leadAgencies')}: {engine.leadAgencies.map((a) => a[lang]).join(t(lang, 'listSeparator'))}{' '}
          · {t(lang, 'scope')}: {REPLICATION_SCOPES[engine.scope][lang]}
        </p>
      </header>
      <section aria-labelledby="params-h" className="params-section">
        <h3 id="params-h">{t(lang, 'parameters')}</h3>
        <ParamForm
          schema={engine.params}
          lang={lang}
          raw={raw}
          errors={errors}
          seed={seed}
          seedError={seedError}
          busy={busy !== undefined}
          onChange={(name, value) => setRaw((r) => ({ ...r, [name]: value }))}
          onSeedChange={setSeed}
          onReset={() => {
            setRaw(rawFrom(defaults));
            setErrors({});
          }}
          onRun={() => execute(raw, seed, replications)}
          replications={replications}
          replicationsError={replicationsError}
          onReplicationsChange={setReplications}
          onCancel={() => client.cancel()}
        />
        {busy && (
          <div className="progress" role="status" aria-live="polite" data-role="progress">
            <progress max={1} value={progress} aria-label={t(lang, 'progress')} /> {t(lang, 'running')}{' '}
            {Math.round(progress * 100)}%
          </div>
        )}
        {notice && (
          <p className="notice" role="status" data-role="notice">
            {notice}
          </p>
        )}
        {failure && (
          <p className="failure" role="alert">
            {t(lang, 'error')}: {failure}
          </p>
        )}
      </section>
      {report && run && (
        <section
          className="results"
          aria-labelledby="results-h"
          aria-busy={busy !== undefined}
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
                <button type="button" onClick={() => window.print()} data-action="print">
                  {t(lang, 'print')}
                </button>
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
                  <button
                    type="button"
                    onClick={showProcessMap}
                    data-action="process-map"
                    disabled={busy !== undefined}
                  >
                    {t(lang, 'showProcessMap')}
                  </button>
                )}
              </>
            )}
          </div>
          <PrintReport engine={engine} report={report} replicated={replicated} lang={lang} />
          <h4>{t(lang, 'kpis')}</h4>
          {run.replicated && (
            <fieldset className="view-switch">
              <legend>{t(lang, 'viewLabel')}</legend>
              <label>
                <input
                  type="radio"
                  name="view"
                  value="intervals"
                  checked={view === 'intervals'}
                  onChange={() => setView('intervals')}
                  data-view="intervals"
                />{' '}
                {t(lang, 'viewIntervals', { n: run.seeds.length })}
              </label>
              <label>
                <input
                  type="radio"
                  name="view"
                  value="single"
                  checked={view === 'single'}
                  onChange={() => setView('single')}
                  data-view="single"
                />{' '}
                {t(lang, 'viewSingle', { seed: report.seed })}
              </label>
            </fieldset>
          )}
          <KpiCards kpis={report.kpis} replicated={replicated} lang={lang} />
          {replicated && run.spread && (
            <>
              <h4>{t(lang, 'spread')}</h4>
              <Spread spread={run.spread} replicated={replicated} lang={lang} />
            </>
          )}
          <h4>{t(lang, 'sensitivityTitle')}</h4>
          <p className="help">{t(lang, 'tornadoHelp')}</p>
          {hasAssumptions ? (
            tornado ? (
              <Tornado tornado={tornado} lang={lang} />
            ) : (
              <button
                type="button"
                onClick={sensitivity}
                disabled={busy !== undefined}
                data-action="sensitivity"
              >
                {t(lang, 'runSensitivity')}
              </button>
            )
          ) : (
            <p data-role="no-assumptions">{t(lang, 'noAssumptions')}</p>
          )}
          {processMap && (
            <Suspense fallback={null}>
              <ProcessMap data={processMap} lang={lang} onDownload={downloadLog} />
            </Suspense>
          )}
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

import { kpisToCsv, type ScenarioReport, seriesToCsv } from '@gd-ftz/core';
import type { Lang } from './i18n/messages';

/** The three downloads of a report: file name, MIME type and content. */
export function reportFiles(report: ScenarioReport, lang: Lang) {
  const stem = `gd-ftz-${report.measure.slug}-seed${report.seed}`;
  return {
    json: { name: `${stem}.json`, type: 'application/json', content: `${JSON.stringify(report, null, 2)}\n` },
    kpis: {
      name: `${stem}-kpis.csv`,
      type: 'text/csv;charset=utf-8',
      content: `\uFEFF${kpisToCsv(report, lang)}`,
    },
    series: {
      name: `${stem}-series.csv`,
      type: 'text/csv;charset=utf-8',
      content: `\uFEFF${seriesToCsv(report, lang)}`,
    },
  } as const;
}

/** Starts a browser download of a text file. */
export function download(file: { name: string; type: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

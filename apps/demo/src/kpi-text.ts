import { KPI_CATEGORIES, KPI_ORIGINS, type Kpi, type KpiOrigin } from '@gd-ftz/core';
import { type Lang, type MessageKey, t } from './i18n/messages';

const ORIGIN_HELP: Record<KpiOrigin, MessageKey> = {
  model: 'originModel',
  assumption: 'originAssumption',
  calibrated: 'originCalibrated',
  definition: 'originDefinition',
};

/** The badges of a KPI card: where its effect comes from (with a one-line explanation) and what it measures. */
export function kpiBadges(kpi: Kpi, lang: Lang): { origin: string; originHelp: string; category: string } {
  return {
    origin: KPI_ORIGINS[kpi.origin][lang],
    originHelp: `${t(lang, 'origin')}: ${t(lang, ORIGIN_HELP[kpi.origin])}`,
    category: KPI_CATEGORIES[kpi.category][lang],
  };
}

/** The KPI's sensitivity range in one sentence, or undefined when the engine gives none. */
export function sensitivityText(kpi: Kpi, lang: Lang): string | undefined {
  const s = kpi.sensitivity;
  if (!s) return undefined;
  return t(lang, 'sensitivity', {
    param: s.label[lang],
    low: String(s.low.value),
    lowBaseline: s.low.baseline,
    lowReform: s.low.reform,
    high: String(s.high.value),
    highBaseline: s.high.baseline,
    highReform: s.high.reform,
  });
}

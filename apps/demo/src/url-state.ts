import { type ParamsSchema, type ParamValue, parseParamText, ValidationError } from '@gd-ftz/core';
import type { Lang } from './i18n/messages';

/** Everything a shared link must reproduce: page, language, parameters, seed. */
export interface AppState {
  readonly lang: Lang;
  /** The measure's slug, or undefined for the home page. */
  readonly measure: string | undefined;
  readonly seed: number;
  /** Only the parameters that differ from the defaults are in the URL. */
  readonly params: Readonly<Record<string, ParamValue>>;
  /** Replications of a measure's run, when not the default. */
  readonly replications?: number | undefined;
  /** The province overview (only without a measure). */
  readonly page?: 'overview' | undefined;
}

export const DEFAULT_SEED = 42;
/** Replications of a run unless the reader or the link says otherwise: enough for a usable 95% interval. */
export const DEFAULT_REPLICATIONS = 10;
/** The most replications a run may ask for. */
export const MAX_REPLICATIONS = 100;

/** Encodes the state as a query string: `?lang=en&m=<slug>&seed=7&r=20&p.population=500`, or `?page=overview`. */
export function encodeState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.lang !== 'zh') q.set('lang', state.lang);
  if (!state.measure && state.page === 'overview') q.set('page', 'overview');
  if (state.measure) {
    q.set('m', state.measure);
    q.set('seed', String(state.seed));
    if (state.replications !== undefined) q.set('r', String(state.replications));
    for (const [k, v] of Object.entries(state.params).sort(([a], [b]) => a.localeCompare(b)))
      q.set(`p.${k}`, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Decodes a query string. Parameters are parsed by the measure's schema when it is known; values
 * that do not fit are dropped and reported, so a stale link still opens.
 */
export function decodeState(
  search: string,
  schemaOf: (slug: string) => ParamsSchema | undefined,
): { state: AppState; dropped: string[] } {
  const q = new URLSearchParams(search);
  const lang: Lang = q.get('lang') === 'en' ? 'en' : 'zh';
  const measure = q.get('m') ?? undefined;
  const seedText = q.get('seed');
  const seed =
    seedText && /^\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText))
      ? Number(seedText)
      : DEFAULT_SEED;
  const params: Record<string, ParamValue> = {};
  const dropped: string[] = [];
  const schema = measure ? schemaOf(measure) : undefined;
  for (const [key, value] of q.entries()) {
    if (!key.startsWith('p.')) continue;
    const name = key.slice(2);
    const spec = schema?.[name];
    if (!spec) {
      dropped.push(name);
      continue;
    }
    try {
      params[name] = parseParamText(name, spec, value);
    } catch (e) {
      if (e instanceof ValidationError) dropped.push(name);
      else throw e;
    }
  }
  const rText = q.get('r');
  const replications =
    schema && rText && /^\d+$/.test(rText) && Number(rText) >= 1 && Number(rText) <= MAX_REPLICATIONS
      ? Number(rText)
      : undefined;
  const page = !schema && q.get('page') === 'overview' ? ('overview' as const) : undefined;
  return {
    state: {
      lang,
      measure: schema ? measure : undefined,
      seed,
      params,
      ...(replications !== undefined ? { replications } : {}),
      ...(page ? { page } : {}),
    },
    dropped,
  };
}

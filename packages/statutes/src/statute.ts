// The shape of one statute module and the checks every module passes when it is defined.
import {
  type Citation,
  ConfigurationError,
  type DatedParameter,
  defineParameter,
  isLocalized,
  type Localized,
} from '@gd-ftz/core';
import { YUAN } from './units';

/**
 * The text a module cites: when it was adopted or last revised, and from when that text applies.
 * Dates are ISO `YYYY-MM-DD`.
 */
export interface StatuteVersion {
  /** The date of adoption, promulgation or the revision cited. */
  readonly revised: string;
  /** The date that text came into force. */
  readonly inForce: string;
}

/**
 * One law, regulation or normative document, declared once: its name, the version cited, the
 * articles engines cite (each a {@link Citation} with a zh/en gloss and, where the text was
 * checked, its Chinese wording) and its dated, cited parameters, named `<key>.<name>`.
 * Built by {@link defineStatute}.
 */
export interface Statute<
  A extends Readonly<Record<string, Citation>> = Readonly<Record<string, Citation>>,
  P extends Readonly<Record<string, DatedParameter>> = Readonly<Record<string, DatedParameter>>,
> {
  /** The module's name and the prefix of its parameters, e.g. `taxCollection`. */
  readonly key: string;
  readonly law: Localized;
  readonly docNo?: string;
  /** The version cited; omitted where the dates could not be checked. */
  readonly version?: StatuteVersion;
  /** How the text was checked, or what it replaced: a short gloss, zh and en. */
  readonly note?: Localized;
  /** The whole law as a citation (no article): for a reference to the law as such. */
  readonly whole: Citation;
  /** The articles, keyed `art51`, `art32para1` …; each cites {@link Statute.law}. */
  readonly articles: A;
  /** The dated, cited legal numbers of this law, keyed by the part of their name after the dot. */
  readonly params: P;
}

/** The input of {@link defineStatute}: a {@link Statute} without its derived `whole` citation. */
export type StatuteDefinition<
  A extends Readonly<Record<string, Citation>>,
  P extends Readonly<Record<string, DatedParameter>>,
> = Omit<Statute<A, P>, 'whole'>;

/** An article reference in Chinese form: `第五十一条`, optionally with 款/项, or a list or range. */
const ARTICLE = /^第[零〇一二三四五六七八九十百千]+条/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkCitationOf(c: Citation, law: Localized, path: string): void {
  if (c.law !== law && (c.law?.zh !== law.zh || c.law?.en !== law.en)) {
    throw new ConfigurationError(`${path}.law`, `must cite ${law.zh}`);
  }
  if (c.article !== undefined && !ARTICLE.test(c.article)) {
    throw new ConfigurationError(`${path}.article`, `must be written 第…条, got '${c.article}'`);
  }
  if (c.note !== undefined && !isLocalized(c.note)) {
    throw new ConfigurationError(`${path}.note`, 'must have non-empty zh and en texts');
  }
  if (c.quote !== undefined && (typeof c.quote !== 'string' || c.quote.trim() === '')) {
    throw new ConfigurationError(`${path}.quote`, 'must be the non-empty Chinese wording');
  }
}

/**
 * Declares a statute module after checking it: a key in camelCase, zh/en names, version dates written
 * YYYY-MM-DD (revised on or before in force) where given, every article citing this law in Chinese form (第…条) with a
 * zh/en note, and every parameter named `<key>.<param key>`. A mistake is a ConfigurationError
 * naming the path (`taxCollection.articles.art51.article`).
 * @example
 * const law = { zh: '中华人民共和国某法', en: 'Some Law of the PRC' };
 * const some = defineStatute({
 *   key: 'someLaw',
 *   law,
 *   version: { revised: '2020-01-01', inForce: '2020-07-01' },
 *   articles: { art1: { law, article: '第一条', note: { zh: '立法目的', en: 'purpose' } } },
 *   params: {},
 * });
 * some.whole // { law }
 */
export function defineStatute<
  const A extends Readonly<Record<string, Citation>>,
  const P extends Readonly<Record<string, DatedParameter>>,
>(definition: StatuteDefinition<A, P>): Statute<A, P> {
  // Read from JavaScript too: a missing definition is named, not a bare TypeError of destructuring.
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition))
    throw new ConfigurationError('definition', 'must be a statute definition object');
  const { key, law, version } = definition;
  if (!/^[a-z][A-Za-z0-9]*$/.test(key))
    throw new ConfigurationError('key', `must be camelCase, got '${key}'`);
  if (!isLocalized(law)) throw new ConfigurationError(`${key}.law`, 'must have non-empty zh and en names');
  if (definition.note !== undefined && !isLocalized(definition.note)) {
    throw new ConfigurationError(`${key}.note`, 'must have non-empty zh and en texts');
  }
  if (version !== undefined) {
    for (const k of ['revised', 'inForce'] as const) {
      if (!ISO.test(version[k] ?? ''))
        throw new ConfigurationError(`${key}.version.${k}`, 'must be YYYY-MM-DD');
    }
    if (version.revised > version.inForce) {
      throw new ConfigurationError(`${key}.version.inForce`, `must not precede revised ${version.revised}`);
    }
  }
  for (const [name, c] of Object.entries(definition.articles)) {
    const path = `${key}.articles.${name}`;
    checkCitationOf(c, law, path);
    if (c.article === undefined) throw new ConfigurationError(`${path}.article`, 'must name the article');
    if (c.note === undefined) throw new ConfigurationError(`${path}.note`, 'must say what the article holds');
  }
  for (const [name, p] of Object.entries(definition.params)) {
    if (p.name !== `${key}.${name}`) {
      throw new ConfigurationError(
        `${key}.params.${name}`,
        `must be named '${key}.${name}', got '${p.name}'`,
      );
    }
  }
  const whole: Citation = Object.freeze({
    law,
    ...(definition.docNo === undefined ? {} : { docNo: definition.docNo }),
  });
  return Object.freeze({
    ...definition,
    whole,
    articles: Object.freeze({ ...definition.articles }),
    params: Object.freeze({ ...definition.params }),
  });
}

/**
 * A citation maker bound to one law: `art('第五十一条', note, quote?)`. Keeps every article of a
 * module on the same law object (and docNo), so a typo in a law name cannot split one law in two.
 * @example
 * const art = articleOf({ zh: '中华人民共和国民法典', en: 'Civil Code of the PRC' });
 * art('第二百零二条', { zh: '按年、月计算期间的最后一日', en: 'last day of a period in months or years' })
 */
export function articleOf(
  law: Localized,
  docNo?: string,
): (article: string, note: Localized, quote?: string) => Citation {
  return (article, note, quote) =>
    Object.freeze({
      law,
      ...(docNo === undefined ? {} : { docNo }),
      article,
      note,
      ...(quote === undefined ? {} : { quote }),
    });
}

/**
 * A shared citation with an engine's own gloss instead of the shared one (the article, law and
 * quote stay as declared).
 * @example
 * withNote(taxCollection.articles.art51, { zh: '纳税人三年内申请退还', en: 'taxpayer claim within 3 years' })
 */
export function withNote(citation: Citation, note: Localized): Citation {
  // Spreading anything else (an array, a number) would make a "citation" of its junk fields.
  if (
    typeof citation !== 'object' ||
    citation === null ||
    Array.isArray(citation) ||
    !isLocalized((citation as Partial<Citation>).law)
  )
    throw new ConfigurationError('citation', 'must be a citation naming its law (zh and en)');
  if (!isLocalized(note)) throw new ConfigurationError('note', 'must have non-empty zh and en texts');
  return Object.freeze({ ...citation, note });
}

/**
 * A parameter maker bound to one statute module and the date its text applies from:
 * `param(name, label, unit, value, source)` declares `<key>.<name>` with one dated entry citing the
 * article that sets it. Amounts in yuan are decimals; every other unit is an integer count.
 * @example
 * const param = parameterOf('civilProcedure', '2024-01-01');
 * param('detentionMaxDays', { zh: '拘留最长期限', en: 'Longest detention' }, DAYS, '15', articles.art118)
 */
export function parameterOf(
  key: string,
  from: string,
): (name: string, label: Localized, unit: Localized, value: string, source: Citation) => DatedParameter {
  return (name, label, unit, value, source) =>
    defineParameter({
      name: `${key}.${name}`,
      label,
      unit,
      kind: unit === YUAN ? 'decimal' : 'integer',
      entries: [{ from, value, source }],
    });
}

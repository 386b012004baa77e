import { describeValue } from './describe-value';
import { type Localized, ValidationError } from './errors';

/**
 * Where a rule, a parameter or a step comes from: the law (zh and en), the article, the document
 * number of a normative document, an optional URL, a short gloss in both languages (`note`) and,
 * where the text was checked, the article's original Chinese wording (`quote`). One shape for
 * every engine. The laws themselves (names, articles, quotes) live in `@gd-ftz/statutes`; core
 * holds only the shape.
 * @example
 * const art51: Citation = {
 *   law: { zh: '中华人民共和国税收征收管理法', en: 'Law of the PRC on the Administration of Tax Collection' },
 *   article: '第五十一条',
 *   note: { zh: '多缴税款的退还', en: 'refund of overpaid tax' },
 *   quote: '纳税人超过应纳税额缴纳的税款，税务机关发现后应当立即退还；……',
 * };
 */
export interface Citation {
  readonly law: Localized;
  /** In Chinese form: `第五十一条`, `第三十二条第一款第（四）项`. */
  readonly article?: string;
  readonly docNo?: string;
  readonly url?: string;
  /** A short gloss in both languages: what the article establishes here, or how sure the source is. */
  readonly note?: Localized;
  /** The article's original Chinese wording, verbatim (an excerpt marked with ……), where we have it. */
  readonly quote?: string;
}

/**
 * The legal basis of a rule or parameter: one or more citations, or an explicit modelling
 * assumption with its reason in both languages (the published texts leave many operational
 * numbers open; those are marked, never silently invented).
 */
export type LegalBasis =
  | { readonly kind: 'cited'; readonly citations: readonly [Citation, ...Citation[]] }
  | { readonly kind: 'assumption'; readonly reason: Localized; readonly citations?: readonly Citation[] };

/** A citation's shape where a basis is built: an object whose `law` has zh and en text. */
function checkCitation(c: unknown, path: string): void {
  const law = (c as { law?: { zh?: unknown; en?: unknown } } | null)?.law;
  const ok =
    typeof c === 'object' &&
    c !== null &&
    !Array.isArray(c) &&
    typeof law === 'object' &&
    law !== null &&
    typeof law.zh === 'string' &&
    typeof law.en === 'string';
  if (!ok) {
    throw ValidationError.of(
      path,
      `must be a citation { law: { zh, en }, … }, got ${describeValue(c)}`,
      `必须是引用 { law: { zh, en }, … }，收到 ${describeValue(c)}`,
    );
  }
}

/**
 * A cited legal basis.
 * @example
 * cited(taxCollection.articles.art32)
 */
export function cited(first: Citation, ...rest: Citation[]): LegalBasis {
  checkCitation(first, 'first');
  rest.forEach((c, i) => {
    checkCitation(c, `rest[${i}]`);
  });
  return { kind: 'cited', citations: [first, ...rest] };
}

/**
 * A modelling assumption, with a one-line reason in both languages and optionally the sources it
 * leans on.
 * @example
 * assumption({
 *   zh: '公开文本未给出审核时长分布，20–40 分钟为估计值',
 *   en: 'The published texts give no review-time distribution; 20–40 min is an estimate',
 * })
 */
export function assumption(reason: Localized, ...context: Citation[]): LegalBasis {
  const r = reason as { zh?: unknown; en?: unknown } | null;
  if (
    typeof reason !== 'object' ||
    reason === null ||
    typeof r?.zh !== 'string' ||
    typeof r.en !== 'string'
  ) {
    throw ValidationError.of(
      'reason',
      `must be { zh, en } text, got ${describeValue(reason)}`,
      `必须是 { zh, en } 文本，收到 ${describeValue(reason)}`,
    );
  }
  context.forEach((c, i) => {
    checkCitation(c, `context[${i}]`);
  });
  return context.length > 0
    ? { kind: 'assumption', reason, citations: context }
    : { kind: 'assumption', reason };
}

/**
 * The citations of a basis (empty for a bare assumption).
 * @example
 * citationsOf(cited(c)).length // 1
 */
export function citationsOf(basis: LegalBasis): readonly Citation[] {
  const b = basis as { citations?: unknown } | null;
  if (
    typeof basis !== 'object' ||
    basis === null ||
    (b?.citations !== undefined && !Array.isArray(b?.citations))
  ) {
    throw ValidationError.of(
      'basis',
      `must be a legal basis (cited or assumption), got ${describeValue(basis)}`,
      `必须是法律依据（cited 或 assumption），收到 ${describeValue(basis)}`,
    );
  }
  return basis.citations ?? [];
}

/**
 * A compact one-line rendering of where a citation points: `中华人民共和国税收征收管理法 第五十一条`.
 * The note and the quote are rendered separately (see {@link citationText}).
 * @example
 * formatCitation({ law: { zh: '中华人民共和国民法典', en: 'Civil Code of the PRC' }, article: '第二百零三条' }) // '中华人民共和国民法典 第二百零三条'
 */
export function formatCitation(c: Citation, lang: 'zh' | 'en' = 'zh'): string {
  if (lang !== 'zh' && lang !== 'en') {
    throw ValidationError.of(
      'lang',
      `must be 'zh' or 'en', got ${describeValue(lang)}`,
      `必须是 'zh' 或 'en'，实际为 ${describeValue(lang)}`,
    );
  }
  if (c === null || typeof c !== 'object' || !isLocalized(c.law)) {
    throw ValidationError.of(
      'citation.law',
      'must be a citation with zh and en law names',
      '必须是带中英文法律名称的引用',
    );
  }
  for (const key of ['docNo', 'article'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'string') {
      throw ValidationError.of(`citation.${key}`, 'must be a string or absent', '必须是字符串或省略');
    }
  }
  return [c.law[lang], c.docNo ? `(${c.docNo})` : '', c.article ?? ''].filter(Boolean).join(' ');
}

/**
 * A citation as the three texts a reader sees: where it points, the gloss in the reader's
 * language, and the original wording (always Chinese: the law's own words are not translated).
 * @example
 * citationText(c, 'en') // { ref: 'Civil Code of the PRC 第二百零三条', note: 'a last day off moves…', quote: '期间的最后一日是…' }
 */
export function citationText(
  c: Citation,
  lang: 'zh' | 'en' = 'zh',
): { readonly ref: string; readonly note?: string; readonly quote?: string } {
  return {
    ref: formatCitation(c, lang),
    ...(c.note === undefined ? {} : { note: c.note[lang] }),
    ...(c.quote === undefined ? {} : { quote: c.quote }),
  };
}

/**
 * Whether a value is a {@link Localized} text with non-empty zh and en strings.
 * @example
 * isLocalized({ zh: '假设', en: 'assumption' }) // true
 * isLocalized('assumption') // false
 */
export function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.zh === 'string' && v.zh.trim() !== '' && typeof v.en === 'string' && v.en.trim() !== '';
}

import type { Localized } from './errors';

/**
 * Where a rule, a parameter or a step comes from: the law (zh and en), the article, the document
 * number of a normative document, an optional URL and a short note. One shape for every engine.
 * @example
 * const art51: Citation = { law: LAWS.taxCollection, article: '第五十一条', note: 'refund within 10 days' };
 */
export interface Citation {
  readonly law: Localized;
  readonly article?: string;
  readonly docNo?: string;
  readonly url?: string;
  readonly note?: string;
}

/**
 * The legal basis of a rule or parameter: one or more citations, or an explicit modelling
 * assumption with its reason (the published texts leave many operational numbers open; those are
 * marked, never silently invented).
 */
export type LegalBasis =
  | { readonly kind: 'cited'; readonly citations: readonly [Citation, ...Citation[]] }
  | { readonly kind: 'assumption'; readonly reason: string; readonly citations?: readonly Citation[] };

/**
 * A cited legal basis.
 * @example
 * cited({ law: LAWS.taxCollection, article: '第三十二条' })
 */
export function cited(first: Citation, ...rest: Citation[]): LegalBasis {
  return { kind: 'cited', citations: [first, ...rest] };
}

/**
 * A modelling assumption, with a one-line reason and optionally the sources it leans on.
 * @example
 * assumption('The published texts give no review-time distribution; 20–40 min is an estimate.')
 */
export function assumption(reason: string, ...context: Citation[]): LegalBasis {
  return context.length > 0
    ? { kind: 'assumption', reason, citations: context }
    : { kind: 'assumption', reason };
}

/** The citations of a basis (empty for a bare assumption). */
export function citationsOf(basis: LegalBasis): readonly Citation[] {
  return basis.citations ?? [];
}

/** A compact one-line rendering: `中华人民共和国税收征收管理法 第五十一条`. */
export function formatCitation(c: Citation, lang: 'zh' | 'en' = 'zh'): string {
  return [c.law[lang], c.docNo ? `(${c.docNo})` : '', c.article ?? ''].filter(Boolean).join(' ');
}

/** Laws cited by more than one engine, named once. */
export const LAWS = {
  civilCode: { zh: '中华人民共和国民法典', en: 'Civil Code of the PRC' },
  taxCollection: {
    zh: '中华人民共和国税收征收管理法',
    en: 'Law of the PRC on the Administration of Tax Collection',
  },
  taxCollectionRules: {
    zh: '中华人民共和国税收征收管理法实施细则',
    en: 'Detailed Rules for the Implementation of the Tax Collection Administration Law',
  },
  administrativeLicensing: { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' },
  invoiceMeasures: {
    zh: '中华人民共和国发票管理办法',
    en: 'Measures of the PRC for the Administration of Invoices',
  },
  agriProductQuality: {
    zh: '中华人民共和国农产品质量安全法',
    en: 'Law of the PRC on the Quality and Safety of Agricultural Products',
  },
  seed: {
    zh: '广东省人民政府关于复制推广中国（广东）自由贸易试验区第八批改革创新经验的通知',
    en: 'Notice of the Guangdong Provincial Government on replicating the eighth batch of reform experiences of the Guangdong FTZ',
  },
} as const satisfies Record<string, Localized>;

/** The seed document itself, 粤府函〔2023〕59号. */
export const SEED_DOC_NO = '粤府函〔2023〕59号';

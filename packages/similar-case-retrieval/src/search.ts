// Similar-case search: a MiniSearch index over the judgments' text (CJK character bigrams), the
// three Art. 5 methods fused, then the Art. 4 scope, tier order and recent-first re-rank.
import { addMonths, type CivilDate, describeValue, integerAt, isParameterInForce } from '@gd-ftz/core';
import MiniSearch from 'minisearch';
import { RECENT_MONTHS } from './law';
import type { CaseQuery, CourtRef, Judgment, RankedHit, SearchMethod, Tier } from './model';
import { type LeanScorer, leanScorer, type ScoredIds } from './score';
import { tierOf } from './tier';
import { bigramTokens, segmenterTokens, TOKENIZERS, type Tokenizer } from './tokenize';
import { checkCourt, checkDate, checkInteger, checkPrecedent, checkText, fail, isRecord } from './validate';

/** A built index (opaque): the number of judgments it holds. */
export interface CaseIndex {
  readonly size: number;
}

/** One 案由's part of the index: a MiniSearch of its judgments only, and its documents per token. */
interface Partition {
  readonly mini: MiniSearch<Judgment>;
  readonly df: ReadonlyMap<string, number>;
  readonly size: number;
  /** The 案由 id (the cache's key). */
  readonly cause: string;
  /**
   * MiniSearch's scoring read from its own postings without its per-posting objects (`./score`):
   * the same answers; undefined if this MiniSearch is not laid out as 7.2's (then `mini.search`).
   */
  readonly score: LeanScorer | undefined;
}

interface Internal {
  /**
   * One MiniSearch per 案由 (owner's design decision, 2026-12-04): graded relevance is 0 for a
   * judgment of another 案由 and a judge searches within the case's 案由, so a query with a 案由 reads
   * only its partition's postings. Each partition's MiniSearch computes BM25 from its own document
   * count and frequencies; the search rescales each term to the whole index's (see `globalIdf`).
   */
  readonly partitions: ReadonlyMap<string, Partition>;
  readonly docs: ReadonlyMap<string, Judgment>;
  /** Documents holding each token (both fields, whole index), counted while indexing. */
  readonly df: ReadonlyMap<string, number>;
  /** The index's tokenizer and the boilerplate tokens it drops. */
  readonly tokens: (text: string) => string[];
  readonly stop: ReadonlySet<string>;
  /**
   * Recent MiniSearch answers by partition, fields and query tokens, before the day's filter (see
   * {@link RawHits}); least recently used first, at most {@link RAW_CACHE_ENTRIES}.
   */
  readonly cache: Map<string, RawHits>;
  /** Whether a partition's query goes to its lean scorer (true but in tests of the old path). */
  lean: boolean;
}

/**
 * One partition's MiniSearch answer to one tokenized query, best first, before the day's filter:
 * the index never changes once built (a search "as of" a day filters by effective date), so the same
 * tokens in the same partition and fields give the same answer on any day. Searches repeat tokens
 * often: a keyword search and then the fused search of the same case (the simulation's pattern), and
 * the statute-linked and case-linked queries, whose tokens are a 案由's article ids and a question's
 * wording, of which a 案由 has a handful.
 */
type RawHits = ScoredIds;

/**
 * How many answers an index keeps. The largest answer is a statute-linked query matching a whole
 * 案由 (every judgment holds the 案由's articles): at 100,000 judgments about 17,000 hits, ≈ 0.3 MB
 * as ids and scores, so the cache stays under about 20 MB.
 */
const RAW_CACHE_ENTRIES = 64;

function cachedSearch(cache: Map<string, RawHits>, key: string, run: () => RawHits): RawHits {
  const hit = cache.get(key);
  if (hit) {
    // Least recently used first: a hit moves to the end.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const raw = run();
  cache.set(key, raw);
  if (cache.size > RAW_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return raw;
}

/** `MiniSearch#search` results as ids and scores (the lean scorer's shape). */
function hitsOf(results: readonly { id: unknown; score: number }[]): RawHits {
  return { ids: results.map((r) => r.id as string), scores: Float64Array.from(results, (r) => r.score) };
}

const INTERNAL = new WeakMap<CaseIndex, Internal>();

/**
 * Not public (tests only): `false` makes an index's searches score with `MiniSearch#search`, the
 * code path before the lean scorer, so a test can compare the two answer by answer; returns whether
 * the lean scorer serves every partition (false if MiniSearch's layout was not recognised).
 */
export function useLeanScoring(index: CaseIndex, on: boolean): boolean {
  const internal = INTERNAL.get(index) as Internal;
  internal.lean = on;
  return [...internal.partitions.values()].every((p) => p.score !== undefined);
}

/** Candidates the re-rank sees: the top 50 by fused text score. */
const RERANK_DEPTH = 50;
/**
 * A candidate at least this share of the best fused score counts as similar enough to be ordered by
 * tier (Art. 6 leaves the similarity judgement to the judge; the floor stands in for it).
 */
const SIMILAR_FLOOR = 0.5;
const METHODS: readonly SearchMethod[] = ['keyword', 'statute', 'case-linked', 'all'];
const TEXT_FIELDS = ['text'];
/**
 * A query token held by more than this share of the documents is dropped (its postings cost most
 * and its weight is least), unless that would leave fewer than {@link MIN_QUERY_TOKENS}: then the
 * rarest are kept.
 */
const MAX_DF_SHARE = 0.1;
const MIN_QUERY_TOKENS = 3;
/**
 * Stop-bigrams of a 案由 (owner's decision, 2026-12-04): a query naming its 案由 drops a token held by
 * more than this share of that 案由's judgments, as a stop-word list drops words (when every query
 * token that 案由 holds is that frequent, all are kept). Each of the model's 案由 has three legal questions: a word shared by one
 * question's wordings is held by about a third of its 案由's judgments and weighs little there,
 * while a wording's own bigrams (about an eighth) still select the question. Its cost is the most
 * postings per token; its effect on the quality table is in the README.
 */
const STOP_SHARE = 0.2;
/**
 * Boilerplate every judgment carries (本案争议焦点为, 本院认为, 原告/被告, 涉案金额 …): its bigrams
 * match every document, cost time and rank nothing, so neither the index nor a query keeps them.
 */
const BOILERPLATE = '本案争议焦点为 本院认为 原告 被告 发生纠纷 涉案金额 另案曾涉及 元';
const STOP = new Set(bigramTokens(BOILERPLATE));
/** BM25's inverse document frequency as MiniSearch 7 computes it (`calcBM25Score`). */
const bm25Idf = (documents: number, holding: number) =>
  Math.log(1 + (documents - holding + 0.5) / (holding + 0.5));
/** A query is handed to MiniSearch already tokenized: its tokens joined by spaces. */
const splitTokens = (text: string) => text.split(' ');

function fieldOf(doc: Judgment, field: string): string {
  if (field === 'id') return doc.id;
  if (field === 'articles') return doc.articles.join(' ');
  return `${doc.cause} ${doc.facts} ${doc.issue} ${doc.reasoning}`;
}

function checkJudgment(path: string, x: unknown): Judgment {
  if (!isRecord(x)) fail(path, `must be a judgment, got ${describeValue(x)}`, '须为裁判文书');
  checkPrecedent(path, x);
  checkText(`${path}.id`, x.id);
  checkDate(`${path}.effectiveOn`, x.effectiveOn);
  for (const f of ['cause', 'facts', 'issue', 'reasoning'] as const) checkText(`${path}.${f}`, x[f]);
  if (!Array.isArray(x.articles) || x.articles.some((a) => typeof a !== 'string'))
    fail(`${path}.articles`, 'must be an array of article ids', '须为法条编号数组');
  return x as unknown as Judgment;
}

/**
 * Builds the search index of a case database: MiniSearch 7 over one text field (案由, 基本案情, 争议焦点,
 * 裁判理由) as CJK character bigrams without the boilerplate every judgment carries, and the article ids as exact tokens. The judgments are not copied or
 * changed; ids must be unique. `o.tokenizer: 'segmenter'` tokenizes by `Intl.Segmenter` words instead
 * (machine-dependent; used by the bench to compare).
 * @throws ValidationError naming `judgments[i]…` (a bad judgment or a repeated id) or `o.tokenizer`
 * (unknown, or `segmenter` without `Intl.Segmenter`).
 * @example
 * const index = buildCaseIndex(syntheticCorpus({ seed: 1, judgments: 200, from: '2021-01-01', to: '2023-12-31' }));
 * index.size; // 200 judgments + the published cases
 */
export function buildCaseIndex(
  judgments: readonly Judgment[],
  /**
   * `tokenizer`: `bigram` (default), CJK character bigrams, the same on every machine; `segmenter`,
   * `Intl.Segmenter('zh')` words, whose breaks depend on the runtime's ICU version (for comparison).
   */
  o: { readonly tokenizer?: 'bigram' | 'segmenter' } = {},
): CaseIndex {
  if (!Array.isArray(judgments))
    fail('judgments', `must be an array, got ${describeValue(judgments)}`, '须为数组');
  if (!isRecord(o)) fail('o', `must be an options object, got ${describeValue(o)}`, '须为选项对象');
  const tokenizer: Tokenizer = (o as { tokenizer?: Tokenizer }).tokenizer ?? 'bigram';
  if (!TOKENIZERS.includes(tokenizer))
    fail(
      'o.tokenizer',
      `must be one of ${TOKENIZERS.join(', ')}, got ${describeValue(tokenizer)}`,
      '分词方式无效',
    );
  const tokens = tokenizer === 'bigram' ? bigramTokens : segmenterTokens;
  const stop = tokenizer === 'bigram' ? STOP : new Set(tokens(BOILERPLATE));
  const keep = (term: string) => (stop.has(term) ? null : term);
  const docs = new Map<string, Judgment>();
  judgments.forEach((j, i) => {
    const doc = checkJudgment(`judgments[${i}]`, j);
    if (docs.has(doc.id)) fail(`judgments[${i}].id`, `repeats ${describeValue(doc.id)}`, '编号重复');
    docs.set(doc.id, doc);
  });
  const df = new Map<string, number>();
  const byCause = new Map<string, Judgment[]>();
  for (const doc of docs.values()) {
    const list = byCause.get(doc.causeId);
    if (list) list.push(doc);
    else byCause.set(doc.causeId, [doc]);
  }
  const partitions = new Map<string, Partition>();
  for (const [cause, list] of byCause) {
    const partDf = new Map<string, number>();
    const mini = new MiniSearch<Judgment>({
      fields: [...TEXT_FIELDS, 'articles'],
      storeFields: [],
      extractField: fieldOf as (doc: unknown, field: string) => string,
      // Counts each token's documents, in the whole index and in the partition, on the way (the
      // query pruning and the rescaling to the whole index's statistics read them).
      tokenize: (text) => {
        const ts = tokens(text);
        for (const t of new Set(ts)) {
          df.set(t, (df.get(t) ?? 0) + 1);
          partDf.set(t, (partDf.get(t) ?? 0) + 1);
        }
        return ts;
      },
      processTerm: keep,
      searchOptions: { tokenize: splitTokens, processTerm: keep },
    });
    mini.addAll(list);
    partitions.set(cause, { mini, df: partDf, size: list.length, cause, score: leanScorer(mini) });
  }
  const index: CaseIndex = Object.freeze({ size: docs.size });
  INTERNAL.set(index, { partitions, docs, df, tokens, stop, cache: new Map(), lean: true });
  return index;
}

/** Options of a search: how many hits, and the day it runs (nothing later, nothing not yet effective). */
export interface SearchOptions {
  readonly k: number;
  readonly asOf: CivilDate;
}

function checkQuery(
  q: unknown,
  { docs, tokens, partitions }: Internal,
): Required<Omit<CaseQuery, 'caseId' | 'causeId'>> & {
  caseId?: string;
  causeId?: string;
} {
  if (!isRecord(q)) fail('q', `must be a query, got ${describeValue(q)}`, '须为检索条件');
  const court = checkCourt('q.court', q.court);
  const method = (q.method ?? 'all') as SearchMethod;
  if (!METHODS.includes(method)) fail('q.method', `must be one of ${METHODS.join(', ')}`, '检索方法无效');
  const articles = q.articles ?? [];
  if (!Array.isArray(articles) || articles.some((a) => typeof a !== 'string' || bigramTokens(a).length === 0))
    fail('q.articles', 'must be an array of article ids', '须为法条编号数组');
  if (method === 'statute' && articles.length === 0)
    fail('q.articles', 'is needed by the statute-linked method', '法条关联检索须提供法条');
  const keywords = typeof q.keywords === 'string' ? q.keywords : '';
  if (method !== 'statute') {
    checkText('q.keywords', q.keywords);
    if (tokens(keywords).length === 0) fail('q.keywords', 'has no searchable characters', '无可检索的字符');
  }
  if (q.caseId !== undefined && (typeof q.caseId !== 'string' || !docs.has(q.caseId)))
    fail(
      'q.caseId',
      `must be the id of an indexed case, got ${describeValue(q.caseId)}`,
      '须为已收录案件的编号',
    );
  if (q.causeId !== undefined && (typeof q.causeId !== 'string' || !partitions.has(q.causeId)))
    fail(
      'q.causeId',
      `must be the 案由 id of indexed judgments, got ${describeValue(q.causeId)}`,
      '须为已收录裁判文书的案由编号',
    );
  if (q.tiers !== undefined && typeof q.tiers !== 'boolean')
    fail('q.tiers', `must be a boolean, got ${describeValue(q.tiers)}`, '须为布尔值');
  return {
    court,
    keywords,
    articles: articles as string[],
    method,
    tiers: q.tiers ?? true,
    ...(q.caseId === undefined ? {} : { caseId: q.caseId as string }),
    ...(q.causeId === undefined ? {} : { causeId: q.causeId as string }),
  };
}

/**
 * Searches the similar cases of a query as of a day, within the query's 案由 (`q.causeId`; without
 * it every 案由, merged by score): the Art. 5 methods (keyword over the text,
 * statute-linked on the article ids, case-linked from a known case or the best keyword hit; `all`
 * adds each method's score over its best), only effective judgments in effect by `asOf` (Art. 1),
 * the top 50 re-ranked: with `tiers` (default) only the Art. 4 scope of the deciding court, the
 * similar ones (at least half the best score) in tier order, recent (last 36 months, or a guiding
 * case) first, then by score.
 * Citation: 指导意见 第一条、第四条、第五条 (2020-07-31).
 * @throws ValidationError naming `index`, `q.keywords` (empty), `q.court`, `q.articles`, `q.caseId`, `q.causeId`
 * (not a 案由 of the index),
 * `q.method`, `o.k` (an integer 1..1000) or `o.asOf` (with tiers, before 2020-07-31).
 * @example
 * const hits = searchSimilarCases(index, { court: COURTS['gz-ns'], keywords: '违约金过高 调减' }, { k: 10, asOf: '2024-06-30' });
 * hits[0]?.tier; // 1..4
 */
export function searchSimilarCases(index: CaseIndex, q: CaseQuery, o: SearchOptions): RankedHit[] {
  const internal = typeof index === 'object' && index !== null ? INTERNAL.get(index) : undefined;
  if (!internal)
    fail('index', `must be built by buildCaseIndex, got ${describeValue(index)}`, '须由 buildCaseIndex 建立');
  const query = checkQuery(q, internal);
  if (!isRecord(o)) fail('o', `must be an options object, got ${describeValue(o)}`, '须为选项对象');
  checkInteger('o.k', o.k, 1, 1000);
  const asOf = checkDate('o.asOf', o.asOf);
  // Art. 4's order is in force from 2020-07-31; a plain text search runs on any day (nothing is
  // "recent" before the guidance).
  const inForceNow = isParameterInForce(RECENT_MONTHS, asOf);
  if (query.tiers && !inForceNow)
    fail(
      'o.asOf',
      `is before the guidance's tiers apply (2020-07-31), got ${asOf}`,
      '早于指导意见试行之日（2020-07-31）',
    );
  const { docs } = internal;
  const inForce = (id: string) => {
    const d = docs.get(id) as Judgment;
    return d.effective && d.effectiveOn <= asOf;
  };
  // The query's 案由 partition, or every partition (merged by score) when it names none.
  const parts =
    query.causeId === undefined
      ? [...internal.partitions.values()]
      : [internal.partitions.get(query.causeId) as Partition];
  const fused = new Map<string, number>();
  const prune = (text: string) => {
    const dfOf = (t: string) => internal.df.get(t) ?? 0;
    const tokens = [...new Set(internal.tokens(text))].filter((t) => !internal.stop.has(t) && dfOf(t) > 0);
    const rare = tokens.filter((t) => dfOf(t) <= MAX_DF_SHARE * index.size);
    if (rare.length >= Math.min(MIN_QUERY_TOKENS, tokens.length)) return rare;
    return tokens.sort((a, b) => dfOf(a) - dfOf(b) || (a < b ? -1 : 1)).slice(0, MIN_QUERY_TOKENS);
  };
  const textSearch = (text: string, fields: string[]) => {
    const results: { id: string; score: number }[] = [];
    const tokens = prune(text);
    if (tokens.length > 0) {
      for (const part of parts) {
        // A partition's BM25 weighs a token by its frequency in the partition: a question's words,
        // common in its 案由, would weigh less there than in another 案由 that mentions them once, and
        // the merge of partitions would rank the other 案由 first. Each token's weight is rescaled
        // to the whole index's (what one index over every judgment gave), so scores compare across
        // partitions and a search within a 案由 ranks as the whole index ranked that 案由's judgments
        // (up to the length normalisation, which stays the partition's average length).
        const globalIdf = (t: string) => {
          const inPart = part.df.get(t);
          return inPart ? bm25Idf(index.size, internal.df.get(t) ?? inPart) / bm25Idf(part.size, inPart) : 1;
        };
        // Stop-bigrams only within the 案由 the query names: over every 案由 a token common in its own
        // 案由 but kept in the others would rank the others first.
        const kept =
          query.causeId === undefined
            ? tokens
            : tokens.filter((t) => {
                const inPart = part.df.get(t) ?? 0;
                return inPart > 0 && inPart <= STOP_SHARE * part.size;
              });
        const terms = kept.length > 0 ? kept : tokens;
        // Already tokens: the index's search tokenizer splits them on the spaces.
        const text = terms.join(' ');
        const raw = cachedSearch(internal.cache, `${part.cause}|${fields.join(',')}|${text}`, () =>
          internal.lean && part.score
            ? part.score(terms, fields, globalIdf)
            : hitsOf(part.mini.search(text, { fields, boostTerm: globalIdf })),
        );
        for (let i = 0; i < raw.ids.length; i++) {
          const id = raw.ids[i] as string;
          if (inForce(id)) results.push({ id, score: raw.scores[i] as number });
        }
      }
      // One partition comes best first from MiniSearch; a merge of several is sorted again, equal
      // scores by id, so it does not depend on the partitions' order.
      if (parts.length > 1) results.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    }
    return results;
  };
  const add = (text: string, fields: string[]) => {
    const rs = textSearch(text, fields);
    const best = rs[0]?.score ?? 0;
    for (const r of rs) fused.set(r.id, (fused.get(r.id) ?? 0) + r.score / best);
    return rs;
  };
  const m = query.method;
  let anchor = query.caseId;
  if (m === 'keyword' || m === 'all' || (m === 'case-linked' && anchor === undefined)) {
    const rs =
      m === 'case-linked' ? textSearch(query.keywords, TEXT_FIELDS) : add(query.keywords, TEXT_FIELDS);
    anchor ??= rs[0]?.id;
  }
  if ((m === 'statute' || m === 'all') && query.articles.length > 0)
    add(query.articles.join(' '), ['articles']);
  if ((m === 'case-linked' || m === 'all') && anchor !== undefined) {
    const a = docs.get(anchor) as Judgment;
    add(`${a.issue} ${a.articles.join(' ')}`, ['text', 'articles']);
  }
  const top = [...fused].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, RERANK_DEPTH);
  const recentFrom = inForceNow ? addMonths(asOf, -integerAt(RECENT_MONTHS, asOf)) : asOf;
  const court: CourtRef = query.court;
  let hits = top.map(([id, score]) => {
    const d = docs.get(id) as Judgment;
    return {
      id,
      score,
      tier: tierOf(d, court),
      recent: d.kind === 'guiding-case' || d.decidedOn >= recentFrom,
    };
  });
  if (query.tiers) {
    const best = hits.reduce((b, h) => (h.tier === null ? b : Math.max(b, h.score)), 0);
    const key = (h: (typeof hits)[number]) => (h.score >= SIMILAR_FLOOR * best ? 0 : 1);
    hits = hits
      .filter((h) => h.tier !== null)
      .sort(
        (x, y) =>
          key(x) - key(y) ||
          (key(x) === 0 ? (x.tier as Tier) - (y.tier as Tier) || Number(y.recent) - Number(x.recent) : 0) ||
          y.score - x.score ||
          (x.id < y.id ? -1 : 1),
      );
  }
  return hits.slice(0, o.k).map((h, i) => ({ ...h, rank: i + 1 }));
}

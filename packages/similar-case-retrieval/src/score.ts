// The BM25 scoring of one partition's query, read straight from MiniSearch's own index: the same ids,
// scores (bit for bit) and order as `MiniSearch#search` gives for the index's queries, without the
// objects MiniSearch allocates per posting (a result object, a terms array and a match object per
// matching document and term, merged map by map, then one more object per result). At 100,000
// judgments a keyword query reads 2,000–14,000 postings, and that garbage triggered the young-
// generation collections that made the slowest queries (issue #28; README, Performance 2026-12-05b).
// The index stays MiniSearch's: nothing here indexes a document, it only reads the postings.

/**
 * The parts of a MiniSearch 7 instance the scorer reads (TypeScript-private fields of MiniSearch
 * 7.2; `leanScorer` checks their shape and returns undefined, so the caller keeps
 * `MiniSearch#search`, when a MiniSearch version lays them out otherwise).
 */
interface MiniInternals {
  readonly _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _fieldLength: Map<number, number[]>;
  readonly _avgFieldLength: readonly number[];
  readonly _documentCount: number;
  readonly _documentIds: Map<number, unknown>;
  readonly _nextId: number;
  readonly _options: {
    readonly searchOptions: {
      readonly bm25?: { readonly k: number; readonly b: number; readonly d: number };
      readonly combineWith?: string;
      readonly prefix?: unknown;
      readonly fuzzy?: unknown;
      readonly boost?: Readonly<Record<string, number>>;
      readonly boostDocument?: unknown;
      readonly filter?: unknown;
    };
  };
}

/** A partition's answer: ids best first, their scores (what `MiniSearch#search` returns, less the rest). */
export interface ScoredIds {
  readonly ids: readonly string[];
  readonly scores: Float64Array;
}

/**
 * Scores a query of exact terms (already tokenized and stop-filtered, as the index's `processTerm`
 * would leave them), each weighted by `boost(term)`, OR-combined over `fields`, as MiniSearch 7's
 * `search(terms.join(' '), { fields, boostTerm })` does for this index's options (no prefix, no
 * fuzzy, no field or document boost, default BM25 parameters).
 */
export type LeanScorer = (
  terms: readonly string[],
  fields: readonly string[],
  boost: (term: string) => number,
) => ScoredIds;

function isInternals(x: unknown): x is MiniInternals {
  const m = x as Partial<MiniInternals> | undefined;
  return (
    m !== undefined &&
    typeof m._index?.get === 'function' &&
    typeof m._fieldIds === 'object' &&
    m._fieldLength instanceof Map &&
    Array.isArray(m._avgFieldLength) &&
    typeof m._documentCount === 'number' &&
    m._documentIds instanceof Map &&
    typeof m._nextId === 'number' &&
    typeof m._options?.searchOptions === 'object'
  );
}

/**
 * A scorer for a built MiniSearch that is never changed again (the case index is built once), or
 * undefined when the instance is not laid out as MiniSearch 7.2's, has removed documents, or uses
 * search options the scorer does not reproduce; the caller then searches with MiniSearch itself.
 * Precomputes each document's BM25 length term per field (`k·(1 − b + b·length/average)`, the same
 * expression MiniSearch evaluates per posting, so the same double).
 */
export function leanScorer(mini: object): LeanScorer | undefined {
  const m: unknown = mini;
  if (!isInternals(m)) return undefined;
  const so = m._options.searchOptions;
  const bm25 = so.bm25;
  const plain =
    bm25 !== undefined &&
    typeof bm25.k === 'number' &&
    typeof bm25.b === 'number' &&
    typeof bm25.d === 'number' &&
    (so.combineWith ?? 'or').toLowerCase() === 'or' &&
    !so.prefix &&
    !so.fuzzy &&
    so.boostDocument == null &&
    so.filter == null &&
    Object.values(so.boost ?? {}).every((x) => !x);
  // Short ids 0..n−1, all present: MiniSearch skips (and deletes) postings of removed documents.
  const n = m._nextId;
  if (!plain || m._documentIds.size !== n || m._documentCount !== n) return undefined;
  const { k, b, d } = bm25;
  const k1 = k + 1;
  const ids: string[] = new Array(n);
  for (const [short, id] of m._documentIds) {
    if (typeof id !== 'string' || !Number.isInteger(short) || short < 0 || short >= n) return undefined;
    ids[short] = id;
  }
  const lengthTerms: Float64Array[] = [];
  for (const fid of Object.values(m._fieldIds)) {
    if (typeof fid !== 'number') return undefined;
    const avg = m._avgFieldLength[fid] as number;
    const lt = new Float64Array(n);
    for (let doc = 0; doc < n; doc++) {
      const fieldLength = m._fieldLength.get(doc)?.[fid] as number;
      // MiniSearch's `termFreq + k * (1 - b + b * fieldLength / avgFieldLength)`, less termFreq.
      lt[doc] = k * (1 - b + (b * fieldLength) / avg);
    }
    lengthTerms[fid] = lt;
  }
  const totalCount = m._documentCount;
  // Work arrays, reused query after query (a search runs to its end before the next starts).
  const termScore = new Float64Array(n);
  const termMark = new Int32Array(n);
  const touched = new Int32Array(n);
  const total = new Float64Array(n);
  const matched = new Int32Array(n);
  const seenMark = new Int32Array(n);
  const order = new Int32Array(n);
  // Marks tell this query's (and this term's) documents from earlier ones without clearing arrays.
  let stamp = 0;

  return (terms, queryFields, boost) => {
    if (stamp > 0x3fffffff - terms.length) {
      termMark.fill(0);
      seenMark.fill(0);
      stamp = 0;
    }
    const queryStamp = ++stamp;
    let found = 0;
    const done = new Set<string>();
    for (const term of terms) {
      const data = m._index.get(term);
      if (data === undefined) continue;
      // MiniSearch's `termWeight * termBoost * fieldBoost * docBoost * rawScore`, with the three
      // others 1 (exact in floating point).
      const termBoost = boost(term);
      const mark = ++stamp;
      let count = 0;
      // Object.keys of MiniSearch's per-field boosts: each field once, in the query's order.
      for (const field of new Set(queryFields)) {
        const fid = m._fieldIds[field];
        const freqs = fid === undefined ? undefined : data.get(fid);
        if (freqs === undefined) continue;
        const lt = lengthTerms[fid as number] as Float64Array;
        const matchingCount = freqs.size;
        const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
        freqs.forEach((termFreq, doc) => {
          const rawScore = invDocFreq * (d + (termFreq * k1) / (termFreq + (lt[doc] as number)));
          const weighted = termBoost * rawScore;
          if (termMark[doc] === mark) termScore[doc] = (termScore[doc] as number) + weighted;
          else {
            termMark[doc] = mark;
            termScore[doc] = weighted;
            touched[count++] = doc;
          }
        });
      }
      // MiniSearch's OR: a document's score sums its terms' scores in query order; the distinct
      // query terms it matched multiply the sum at the end ("quality").
      const repeat = done.has(term);
      done.add(term);
      for (let i = 0; i < count; i++) {
        const doc = touched[i] as number;
        if (seenMark[doc] !== queryStamp) {
          seenMark[doc] = queryStamp;
          total[doc] = termScore[doc] as number;
          matched[doc] = 1;
          order[found++] = doc;
        } else {
          total[doc] = (total[doc] as number) + (termScore[doc] as number);
          if (!repeat) matched[doc] = (matched[doc] as number) + 1;
        }
      }
    }
    const scores = new Float64Array(found);
    for (let i = 0; i < found; i++) {
      const doc = order[i] as number;
      scores[i] = (total[doc] as number) * (matched[doc] as number);
    }
    // MiniSearch sorts by score, stably: equal scores keep the order documents were first matched.
    const rank = new Int32Array(found);
    for (let i = 0; i < found; i++) rank[i] = i;
    rank.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
    const outIds: string[] = new Array(found);
    const outScores = new Float64Array(found);
    for (let i = 0; i < found; i++) {
      const r = rank[i] as number;
      outIds[i] = ids[order[r] as number] as string;
      outScores[i] = scores[r] as number;
    }
    return { ids: outIds, scores: outScores };
  };
}

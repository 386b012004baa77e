// Public surface of @gd-ftz/similar-case-retrieval: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation internals stay inside.
export type { CorpusOptions } from './corpus';
export { syntheticCorpus } from './corpus';
export { COURT_NAMES, COURTS } from './courts';
export { CITES, EFFECTIVE_LAG_DAYS, RECENT_MONTHS } from './law';
export { measure } from './measure';
export { ndcgAtK, precisionAtK, RELEVANT_GRADE, recallAtK } from './metrics';
export type {
  CaseQuery,
  CaseRecord,
  CourtLevel,
  CourtRef,
  Docket,
  Grade,
  HiddenTruth,
  Judgment,
  Party,
  Precedent,
  PrecedentKind,
  RankedHit,
  RelatedLink,
  RelationKind,
  Rule,
  SearchMethod,
  Tier,
} from './model';
export type { SimilarCaseRetrievalParams } from './params';
export { PARAMS } from './params';
export { linkRelatedCases } from './related';
export type { CaseIndex, SearchOptions } from './search';
export { buildCaseIndex, searchSimilarCases } from './search';
export { precedentTier } from './tier';
export { bigramTokens } from './tokenize';

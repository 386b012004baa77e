// The domain of measure 16: courts, precedents, the judgments of the case database, the query a
// judge runs, the hits it returns, and the docket the related-case check reads.
import type { CivilDate, Money } from '@gd-ftz/core';

/** The four levels of the people's courts. */
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

/** A court: its level, province and the court one level up (null for the SPC). */
export interface CourtRef {
  readonly id: string;
  readonly level: CourtLevel;
  /** A province code (`GD`, `ZJ`); the SPC's is `CN`. */
  readonly province: string;
  readonly parentId: string | null;
}

/** What a precedent is: published cases (指导性/典型/参考性案例) or an ordinary judgment. */
export type PrecedentKind = 'guiding-case' | 'typical-case' | 'reference-case' | 'judgment';

/** The Art. 4 tier of a precedent for one deciding court (1 searched first). */
export type Tier = 1 | 2 | 3 | 4;

/** Graded truth of a judgment for a query: 3 same question and key facts, 2 same question, 1 same 案由. */
export type Grade = 0 | 1 | 2 | 3;

/** One of the two positions courts take on a legal question (hidden from search). */
export type Rule = 'A' | 'B';

/**
 * A precedent as Art. 4 sees it. `court` published the first three kinds and decided a judgment.
 */
export interface Precedent {
  readonly kind: PrecedentKind;
  readonly court: CourtRef;
  readonly effective: boolean;
  readonly decidedOn: CivilDate;
}

/** A party: a firm (统一社会信用代码) or a person (居民身份证号码). */
export interface Party {
  readonly name: string;
  readonly id: string;
}

/** What the search must not see: the legal question and key facts the graded truth is built on. */
export interface HiddenTruth {
  readonly questionId: string;
  /** Which of the question's two key-fact patterns the case has. */
  readonly keyFacts: 0 | 1;
}

/** One judgment (or published case) of the database, with its searchable Chinese text. */
export interface Judgment extends Precedent {
  readonly id: string;
  /** 案由 id and name. */
  readonly causeId: string;
  readonly cause: string;
  readonly parties: readonly Party[];
  /** What the dispute is about (a contract, a vehicle, a project), shared by related cases. */
  readonly subject: string;
  readonly amount: Money;
  /** Article ids as exact tokens (`CC585` = 民法典第五百八十五条). */
  readonly articles: readonly string[];
  /** The day it took effect (when `effective`). */
  readonly effectiveOn: CivilDate;
  /** 基本案情, 争议焦点, 裁判理由. */
  readonly facts: string;
  readonly issue: string;
  readonly reasoning: string;
  /** The case this one continues (the first instance of an appeal, the judgment enforced). */
  readonly originId?: string;
  readonly hidden: HiddenTruth;
}

/** The Art. 5 search methods; `all` runs the three and fuses them. */
export type SearchMethod = 'keyword' | 'statute' | 'case-linked' | 'all';

/** A judge's query. */
export interface CaseQuery {
  /** The deciding court: fixes the Art. 4 tiers. */
  readonly court: CourtRef;
  /** Keywords (Chinese text; tokenized into character bigrams). */
  readonly keywords: string;
  /** Article ids for the statute-linked method. */
  readonly articles?: readonly string[];
  /**
   * The case's 案由 (a `Judgment.causeId`): the search reads only that 案由's judgments, since a
   * 类案 shares it (a judgment of another 案由 has grade 0). Without it every 案由 is searched.
   */
  readonly causeId?: string;
  /** A known case to search from (case-linked method); else the top keyword hit. */
  readonly caseId?: string;
  /** Default `all`. */
  readonly method?: SearchMethod;
  /** Art. 4 scope and tier order (default true); false = the whole database by text score. */
  readonly tiers?: boolean;
}

/** One ranked hit. */
export interface RankedHit {
  readonly id: string;
  readonly rank: number;
  /** The fused text score (each method's score over its best). */
  readonly score: number;
  readonly tier: Tier | null;
  /** Decided within the recent window (guiding cases always count as recent). */
  readonly recent: boolean;
}

/** A case on the docket, decided or pending, as the related-case check reads it. */
export interface CaseRecord {
  readonly id: string;
  readonly stage: 'first-instance' | 'second-instance' | 'retrial' | 'enforcement';
  readonly partyIds: readonly string[];
  readonly subject: string;
  /** The case this one continues: the first instance of an appeal, the judgment enforced. */
  readonly originId?: string;
}

/** The docket the check searches. */
export type Docket = readonly CaseRecord[];

/** Why two cases are related (关联案件). */
export type RelationKind = 'same-party' | 'same-subject' | 'other-instance' | 'enforcement';

/** One related case and why. */
export interface RelatedLink {
  readonly caseId: string;
  readonly otherId: string;
  readonly kinds: readonly RelationKind[];
}

// The domain of measure 15: seafarers with their 适任证书 and 健康证明, ships with their 最低安全配员证书,
// the crew on board, the 服务簿 (service record), and what a check finds. Dates are 'YYYY-MM-DD'
// strings (checked as real dates), validity periods inclusive at both ends.
import type { Trace } from '@gd-ftz/core';

/**
 * Every post on board that a 适任证书 can cover: deck officers (驾驶员: master, chief, second and
 * third officer), engineer officers (轮机员: 轮机长, 大管轮, 二管轮, 三管轮) and watch ratings
 * (值班水手, 值班机工).
 */
export type Rank =
  | 'master'
  | 'chief-officer'
  | 'second-officer'
  | 'third-officer'
  | 'chief-engineer'
  | 'second-engineer'
  | 'third-engineer'
  | 'fourth-engineer'
  | 'deck-rating'
  | 'engine-rating';

/** 航区: unlimited (无限航区) or coastal (沿海航区). */
export type Area = 'unlimited' | 'coastal';
/**
 * The ship class on a certificate: by gross tonnage for deck posts (`gt…`), by propulsion power for
 * engine posts (`kw…`).
 */
export type ShipClass = 'gt3000+' | 'gt500-3000' | 'gt-under-500' | 'kw3000+' | 'kw750-3000' | 'kw-under-750';

/** How a seafarer is identified: a 公民身份号码 or a passport. */
export type SeafarerId =
  | { readonly kind: 'resident-id'; readonly number: string }
  | { readonly kind: 'passport'; readonly country: string; readonly number: string };

/** 适任证书 (船员条例 第七条: area, class, post, validity). */
export interface Certificate {
  readonly rank: Rank;
  readonly area: Area;
  readonly shipClass: ShipClass;
  /** First day of validity, YYYY-MM-DD. */
  readonly validFrom: string;
  /** Last day of validity, YYYY-MM-DD (inclusive). */
  readonly validUntil: string;
}

/** 健康证明 (海上交通安全法 第十三条). */
export interface HealthCertificate {
  /** Last day of validity, YYYY-MM-DD (inclusive). */
  readonly validUntil: string;
}

/** A seafarer as the maritime authority's records hold them. */
export interface Seafarer {
  readonly id: SeafarerId;
  readonly certificate: Certificate | null;
  readonly health: HealthCertificate | null;
}

/** A post on a ship. */
export interface Post {
  readonly rank: Rank;
}

/** A ship; `minimumSafeManning` is its 最低安全配员证书 (rank → people). */
export interface Ship {
  /** IMO number, or null for a ship without one (small domestic ships). */
  readonly imo: string | null;
  /** ISO 3166 alpha-2 flag state, 'CN' for a Chinese ship. */
  readonly flag: string;
  readonly area: Area;
  readonly grossTonnage: number;
  readonly propulsionKw: number;
  readonly minimumSafeManning: Readonly<Partial<Record<Rank, number>>>;
}

/** One person on board in one post. */
export interface CrewOnBoard {
  readonly seafarer: Seafarer;
  readonly post: Post;
}

/** What a post check can find, in the order it is checked. */
export type FindingCode =
  | 'id-invalid'
  | 'master-not-chinese'
  | 'no-certificate'
  | 'certificate-not-yet-valid'
  | 'certificate-expired'
  | 'rank-not-covered'
  | 'area-not-covered'
  | 'class-not-covered'
  | 'health-missing'
  | 'health-expired';

/** The answer of {@link checkCrewPost}; `trace` only when asked for. */
export interface PostCheck {
  readonly ok: boolean;
  readonly findings: readonly FindingCode[];
  readonly trace: Trace | null;
}

/** A rank short of the ship's minimum safe manning. */
export interface Shortfall {
  readonly rank: Rank;
  readonly required: number;
  /** People in this post whose check passed. */
  readonly competent: number;
  /** `required − competent`, at least 1 (ranks without a shortfall are not listed). */
  readonly missing: number;
}

/** One period of sea service in the 服务簿, sign-on to sign-off inclusive. */
export interface ServicePeriod {
  readonly rank: Rank;
  /** YYYY-MM-DD. */
  readonly signOn: string;
  /** YYYY-MM-DD, on or after `signOn`. */
  readonly signOff: string;
}

/** The 船员服务簿: the seafarer's periods of service. */
export interface ServiceRecord {
  readonly periods: readonly ServicePeriod[];
}

/** The answer of {@link revalidationEligible}. */
export interface Eligibility {
  readonly eligible: boolean;
  /** Which service test was met: 12 months in 5 years, or 3 months in the last 6. */
  readonly route: 'five-years' | 'six-months' | null;
  /** Why it is refused: `certificate-expired`, `too-early`, `insufficient-service`. */
  readonly reasons: readonly ('certificate-expired' | 'too-early' | 'insufficient-service')[];
  /** Days of matching service in the last 5 years and in the last 6 months. */
  readonly serviceDaysFiveYears: number;
  readonly serviceDaysSixMonths: number;
}

// checkCrewPost: may this seafarer serve in this post on this ship on this day? The law-fixed
// check every reform filing runs (海上交通安全法 第十三条, 船员条例 第七条、第八条), in the
// finding order of issue #27; with `trace: true` every test is a cited step.
import {
  type CivilDate,
  cited,
  isValidResidentId,
  type JsonValue,
  type LegalBasis,
  residentIdBirthDate,
  type TraceStep,
  type ValidationIssue,
} from '@gd-ftz/core';
import { CITES, HIGHER_COVERS_LOWER } from './law';
import type { FindingCode, Post, PostCheck, Seafarer, Ship, ShipClass } from './model';
import { bandsAt, CLASS_INFO, classNeeded, RANK_INFO } from './ranks';
import { checkDate, checkPost, checkSeafarer, checkShip, throwIfAny } from './validate';

/** Options of {@link checkCrewPost}. */
export interface CheckOptions {
  /** Build the cited trace (slower; off by default). */
  readonly trace?: boolean;
  /** Whether a higher rank, wider area or larger class covers a lower one (assumption; default true). */
  readonly higherCovers?: boolean;
}

const PASSPORT_NUMBER = /^[A-Z0-9]{5,20}$/;
const BASIS = {
  id: cited(CITES.competence),
  master: cited(CITES.chineseMaster),
  certificate: cited(CITES.competence, CITES.certificateScope),
  scope: cited(CITES.competence, CITES.certificateScope),
  health: cited(CITES.competence),
} as const;

const TITLES: Readonly<Record<FindingCode, { zh: string; en: string }>> = {
  'id-invalid': { zh: '身份证件号码校验', en: 'Identity number check' },
  'master-not-chinese': { zh: '中国籍船舶船长国籍', en: 'Nationality of a Chinese ship’s master' },
  'no-certificate': { zh: '持有适任证书', en: 'Holds a competency certificate' },
  'certificate-not-yet-valid': { zh: '适任证书已生效', en: 'Certificate in force' },
  'certificate-expired': { zh: '适任证书未过期', en: 'Certificate not expired' },
  'rank-not-covered': { zh: '证书职务覆盖任职职务', en: 'Certificate rank covers the post' },
  'area-not-covered': { zh: '证书航区覆盖船舶航区', en: 'Certificate area covers the ship’s area' },
  'class-not-covered': { zh: '证书等级覆盖船舶等级', en: 'Certificate class covers the ship’s class' },
  'health-missing': { zh: '持有健康证明', en: 'Holds a health certificate' },
  'health-expired': { zh: '健康证明未过期', en: 'Health certificate not expired' },
};

/**
 * Checks one seafarer for one post on one ship on `asOf` and lists what fails, in this order:
 * `id-invalid` (the resident ID's GB 11643 check character, or a passport number's format),
 * `master-not-chinese` (a CN-flag ship's master on a foreign passport, 船员条例 第八条),
 * `no-certificate`, `certificate-not-yet-valid`, `certificate-expired` (dates inclusive),
 * `rank-not-covered`, `area-not-covered`, `class-not-covered` (skipped without a certificate;
 * ratings carry no class), `health-missing`, `health-expired` (海上交通安全法 第十三条).
 * Permits under 船员条例 第十五条 and step-ups (第九条) are out of scope.
 * @throws ValidationError naming `seafarer…`, `post.rank`, `ship…` (negative GT, bad IMO …) or `asOf`.
 * @example
 * checkCrewPost(seafarer, { rank: 'third-officer' }, ship, '2026-06-30').findings // []
 * checkCrewPost(seafarer, { rank: 'chief-officer' }, ship, '2026-07-01').findings // ['certificate-expired', 'rank-not-covered']
 */
export function checkCrewPost(
  seafarer: Seafarer,
  post: Post,
  ship: Ship,
  asOf: string,
  options: CheckOptions = {},
): PostCheck {
  const issues: ValidationIssue[] = [];
  checkSeafarer(seafarer, 'seafarer', issues);
  checkPost(post, 'post', issues);
  checkShip(ship, 'ship', issues);
  checkDate(asOf, 'asOf', issues);
  throwIfAny(issues);
  return checkValid(seafarer, post, ship, asOf, options);
}

// The resident-ID verdict of core's check, per number: valid ignoring the date, and the birth
// date, so that "birth date after asOf" is one string comparison per call. Cleared when large.
const residentIds = new Map<string, { readonly valid: boolean; readonly birth: string }>();

/** Core's isValidResidentId(number, { asOf }), memoised per number. */
function residentIdOk(number: string, asOf: string): boolean {
  let v = residentIds.get(number);
  if (v === undefined) {
    if (residentIds.size >= 65_536) residentIds.clear();
    v = { valid: isValidResidentId(number), birth: residentIdBirthDate(number) ?? '' };
    residentIds.set(number, v);
  }
  return v.valid && v.birth <= asOf;
}

const NO_INPUTS: Readonly<Record<string, JsonValue>> = Object.freeze({});

/** The check on validated input (the simulation's inner loop calls it directly). */
export function checkValid(
  seafarer: Seafarer,
  post: Post,
  ship: Ship,
  asOf: string,
  options: CheckOptions = {},
): PostCheck {
  const higher = options.higherCovers ?? true;
  const id = seafarer.id;
  const idBad = !(id.kind === 'resident-id'
    ? residentIdOk(id.number, asOf)
    : PASSPORT_NUMBER.test(id.number));
  const foreignMaster =
    post.rank === 'master' && ship.flag === 'CN' && id.kind === 'passport' && id.country !== 'CN';
  const cert = seafarer.certificate;
  let notYet = false;
  let expired = false;
  let rankBad = false;
  let areaBad = false;
  let classBad = false;
  let needed: ShipClass | null = null;
  if (cert !== null) {
    notYet = asOf < cert.validFrom;
    expired = asOf > cert.validUntil;
    const held = RANK_INFO[cert.rank];
    const wanted = RANK_INFO[post.rank];
    rankBad = !(
      held.dept === wanted.dept && (higher ? held.level >= wanted.level : held.level === wanted.level)
    );
    areaBad = !(cert.area === ship.area || (higher && cert.area === 'unlimited'));
    needed = classNeeded(post.rank, ship, bandsAt(asOf as CivilDate));
    if (needed !== null) {
      const has = CLASS_INFO[cert.shipClass];
      const want = CLASS_INFO[needed];
      classBad = !(has.kind === want.kind && (higher ? has.level >= want.level : has.level === want.level));
    }
  }
  const health = seafarer.health;
  const healthExpired = health !== null && asOf > health.validUntil;
  const findings: FindingCode[] = [];
  if (idBad) findings.push('id-invalid');
  if (foreignMaster) findings.push('master-not-chinese');
  if (cert === null) findings.push('no-certificate');
  if (notYet) findings.push('certificate-not-yet-valid');
  if (expired) findings.push('certificate-expired');
  if (rankBad) findings.push('rank-not-covered');
  if (areaBad) findings.push('area-not-covered');
  if (classBad) findings.push('class-not-covered');
  if (health === null) findings.push('health-missing');
  if (healthExpired) findings.push('health-expired');
  const ok = findings.length === 0;
  if (options.trace !== true) return { ok, findings, trace: null };

  // The trace: one cited rule step per test, in the finding order, fired where a finding is.
  const scope = higher ? HIGHER_COVERS_LOWER : BASIS.scope;
  const steps: TraceStep[] = [];
  const step = (code: FindingCode, fired: boolean, basis: LegalBasis, inputs: Record<string, JsonValue>) =>
    steps.push({ id: `crew.${code}`, kind: 'rule', title: TITLES[code], fired, inputs, basis, at: asOf });
  step('id-invalid', idBad, BASIS.id, { kind: id.kind, number: id.number });
  step('master-not-chinese', foreignMaster, BASIS.master, {
    flag: ship.flag,
    rank: post.rank,
    country: id.kind === 'passport' ? id.country : 'CN',
  });
  step('no-certificate', cert === null, BASIS.certificate, NO_INPUTS);
  if (cert !== null) {
    step('certificate-not-yet-valid', notYet, BASIS.certificate, { validFrom: cert.validFrom });
    step('certificate-expired', expired, BASIS.certificate, { validUntil: cert.validUntil });
    step('rank-not-covered', rankBad, scope, { certificate: cert.rank, post: post.rank });
    step('area-not-covered', areaBad, scope, { certificate: cert.area, ship: ship.area });
    step('class-not-covered', classBad, scope, {
      certificate: cert.shipClass,
      needed,
      grossTonnage: ship.grossTonnage,
      propulsionKw: ship.propulsionKw,
    });
  }
  step('health-missing', health === null, BASIS.health, NO_INPUTS);
  if (health !== null) step('health-expired', healthExpired, BASIS.health, { validUntil: health.validUntil });
  return {
    ok,
    findings,
    trace: {
      subject: `${id.kind}:${id.number}@${post.rank}`,
      outcome: ok
        ? { zh: '适任，可以任职', en: 'competent for the post' }
        : { zh: `不适任：${findings.join('、')}`, en: `not competent: ${findings.join(', ')}` },
      steps,
    },
  };
}

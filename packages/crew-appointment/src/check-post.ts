// checkCrewPost: may this seafarer serve in this post on this ship on this day? The law-fixed
// check every reform filing runs (海上交通安全法 第十三条, 船员条例 第七条、第八条), in the
// finding order of issue #27; with `trace: true` every test is a cited step.
import {
  type CivilDate,
  cited,
  isValidResidentId,
  type JsonValue,
  type LegalBasis,
  type TraceStep,
  type ValidationIssue,
} from '@gd-ftz/core';
import { CITES, HIGHER_COVERS_LOWER } from './law';
import type { FindingCode, Post, PostCheck, Seafarer, Ship } from './model';
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

/** The check on validated input (the simulation's inner loop calls it directly). */
export function checkValid(
  seafarer: Seafarer,
  post: Post,
  ship: Ship,
  asOf: string,
  options: CheckOptions = {},
): PostCheck {
  const higher = options.higherCovers ?? true;
  const steps: TraceStep[] | null = options.trace === true ? [] : null;
  const findings: FindingCode[] = [];
  const test = (code: FindingCode, fails: boolean, basis: LegalBasis, inputs: Record<string, JsonValue>) => {
    if (fails) findings.push(code);
    if (steps) {
      steps.push({
        id: `crew.${code}`,
        kind: 'rule',
        title: TITLES[code],
        fired: fails,
        inputs,
        basis,
        at: asOf,
      });
    }
  };
  const id = seafarer.id;
  const idOk =
    id.kind === 'resident-id'
      ? isValidResidentId(id.number, { asOf: asOf as CivilDate })
      : PASSPORT_NUMBER.test(id.number);
  test('id-invalid', !idOk, BASIS.id, steps ? { kind: id.kind, number: id.number } : {});
  const foreignMaster =
    post.rank === 'master' && ship.flag === 'CN' && id.kind === 'passport' && id.country !== 'CN';
  test(
    'master-not-chinese',
    foreignMaster,
    BASIS.master,
    steps ? { flag: ship.flag, rank: post.rank, country: id.kind === 'passport' ? id.country : 'CN' } : {},
  );
  const cert = seafarer.certificate;
  test('no-certificate', cert === null, BASIS.certificate, {});
  if (cert !== null) {
    test(
      'certificate-not-yet-valid',
      asOf < cert.validFrom,
      BASIS.certificate,
      steps ? { validFrom: cert.validFrom } : {},
    );
    test(
      'certificate-expired',
      asOf > cert.validUntil,
      BASIS.certificate,
      steps ? { validUntil: cert.validUntil } : {},
    );
    const held = RANK_INFO[cert.rank];
    const wanted = RANK_INFO[post.rank];
    const rankOk =
      held.dept === wanted.dept && (higher ? held.level >= wanted.level : held.level === wanted.level);
    test(
      'rank-not-covered',
      !rankOk,
      higher ? HIGHER_COVERS_LOWER : BASIS.scope,
      steps ? { certificate: cert.rank, post: post.rank } : {},
    );
    const areaOk = cert.area === ship.area || (higher && cert.area === 'unlimited');
    test(
      'area-not-covered',
      !areaOk,
      higher ? HIGHER_COVERS_LOWER : BASIS.scope,
      steps ? { certificate: cert.area, ship: ship.area } : {},
    );
    const needed = classNeeded(post.rank, ship, bandsAt(asOf as CivilDate));
    let classOk = true;
    if (needed !== null) {
      const has = CLASS_INFO[cert.shipClass];
      const want = CLASS_INFO[needed];
      classOk = has.kind === want.kind && (higher ? has.level >= want.level : has.level === want.level);
    }
    test(
      'class-not-covered',
      !classOk,
      higher ? HIGHER_COVERS_LOWER : BASIS.scope,
      steps
        ? {
            certificate: cert.shipClass,
            needed,
            grossTonnage: ship.grossTonnage,
            propulsionKw: ship.propulsionKw,
          }
        : {},
    );
  }
  const health = seafarer.health;
  test('health-missing', health === null, BASIS.health, {});
  if (health !== null) {
    test(
      'health-expired',
      asOf > health.validUntil,
      BASIS.health,
      steps ? { validUntil: health.validUntil } : {},
    );
  }
  const ok = findings.length === 0;
  return {
    ok,
    findings,
    trace: steps
      ? {
          subject: `${id.kind}:${id.number}@${post.rank}`,
          outcome: ok
            ? { zh: '适任，可以任职', en: 'competent for the post' }
            : { zh: `不适任：${findings.join('、')}`, en: `not competent: ${findings.join(', ')}` },
          steps,
        }
      : null,
  };
}

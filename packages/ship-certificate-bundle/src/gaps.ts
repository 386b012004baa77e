// 容缺受理 [S]: main materials complete, only secondary ones missing, a written commitment, one
// notice of what is due and by when (never after the item's promised time); 失信 applicants excluded.
import { addWorkingDays, type CivilDate, cited, integerAt, minDate } from '@gd-ftz/core';
import { itemDueBy } from './deadline';
import { type BundleItem, ITEMS, type Material, SPLIT_BASIS } from './items';
import { CITES, SUPPLY_WORKING_DAYS } from './law';
import type { Acceptance, Applicant, Finding } from './model';
import { checkApplicant, checkDate, checkItem, checkMaterials, throwIfAny } from './validate';

/** The supply deadline of a gap accepted on `asOf`: the supply period, capped by the promised time. */
export function supplyDeadline(item: BundleItem, asOf: CivilDate): CivilDate {
  return minDate(addWorkingDays(asOf, integerAt(SUPPLY_WORKING_DAYS, asOf)), itemDueBy(item, asOf));
}

/** The decision, unchecked input (callers validated). */
export function acceptanceOf(
  item: BundleItem,
  materials: readonly Material[],
  applicant: Applicant,
  asOf: CivilDate,
): Acceptance {
  const given = new Set(materials);
  const spec = ITEMS[item];
  const mainMissing = spec.main.filter((m) => !given.has(m));
  if (mainMissing.length > 0) {
    return {
      accepted: false,
      reasons: mainMissing.map(
        (m): Finding => ({
          code: 'main-missing',
          material: m,
          message: {
            zh: `主要材料缺失：${m}，不予容缺，一次告知补正`,
            en: `main material missing: ${m}; no tolerated gap, one notice to complete`,
          },
          basis: cited(CITES.incompleteness, CITES.toleratedGaps),
        }),
      ),
    };
  }
  const gaps = spec.secondary.filter((m) => !given.has(m));
  if (gaps.length === 0) return { accepted: true, reasons: [] };
  if (applicant.dishonest) {
    return {
      accepted: false,
      reasons: [
        {
          code: 'dishonest',
          message: { zh: '失信主体不适用容缺受理', en: 'a 失信 applicant cannot be accepted with gaps' },
          basis: cited(CITES.toleratedGaps),
        },
      ],
    };
  }
  if (!applicant.commits) {
    return {
      accepted: false,
      reasons: [
        {
          code: 'no-commitment',
          message: {
            zh: '未签署书面承诺，不适用容缺受理',
            en: 'no written commitment: no acceptance with gaps',
          },
          basis: cited(CITES.toleratedGaps),
        },
      ],
    };
  }
  const supplyBy = supplyDeadline(item, asOf);
  return {
    accepted: true,
    supplyBy,
    reasons: gaps.map(
      (m): Finding => ({
        code: 'secondary-missing',
        material: m,
        message: {
          zh: `次要材料 ${m} 须于 ${supplyBy} 前补正，逾期终止办理`,
          en: `secondary material ${m} due by ${supplyBy}; not supplied → terminated`,
        },
        basis: SPLIT_BASIS,
      }),
    ),
  };
}

/**
 * Whether `item` can be accepted with the materials handed in (容缺受理 [S]): all main materials
 * present; secondary ones may be missing when the applicant is not 失信 and signs the written
 * commitment; then `supplyBy` is the single notice's deadline, never after the item's promised time.
 * @throws ValidationError naming `item`, `materials[i]`, `applicant.uscc`, `asOf`, …; nothing mutated.
 * @example
 * acceptWithGaps('nationality', ['application-form', 'identity', 'technical-data'], applicant, civilDate('2024-06-03'))
 * // { accepted: true, supplyBy: '2024-06-11' (06-10 is 端午节), reasons: [secondary-missing ship-photos] }
 */
export function acceptWithGaps(
  item: BundleItem,
  materials: readonly Material[],
  applicant: Applicant,
  asOf: CivilDate,
): Acceptance {
  const issues: Parameters<typeof throwIfAny>[0] = [];
  checkItem(item, 'item', issues);
  checkMaterials(materials, 'materials', issues);
  checkApplicant(applicant, 'applicant', issues);
  checkDate(asOf, 'asOf', issues);
  throwIfAny(issues);
  return acceptanceOf(item, materials, applicant, asOf);
}

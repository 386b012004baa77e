// The innocent party's costs the abuser must pay: the extra costs of late evidence (民诉法解释
// 第一百零二条第三款) or, for abuse of procedure, also reasonable attorney fees (法发〔2016〕21号).
import { Money, ValidationError } from '@gd-ftz/core';
import { amountOf, oneOf } from './input';
import { COST_KINDS, type CostBasis, type CostItem, type CostKind, type RecoverableCosts } from './model';

const BASES: readonly CostBasis[] = ['late-evidence', 'procedural-abuse'];

/** The extra costs 第一百零二条第三款 names: travel, lodging, meals, lost work, witness. */
const ART_102_KINDS: readonly CostKind[] = ['travel', 'lodging', 'meals', 'lost-work', 'witness'];

/** Which kinds each basis covers: abuse of procedure adds the reasonable attorney fee. */
const COVERED: Readonly<Record<CostBasis, readonly CostKind[]>> = {
  'late-evidence': ART_102_KINDS,
  'procedural-abuse': [...ART_102_KINDS, 'attorney-fee'],
};

/**
 * Sorts the innocent party's claimed costs into what the abuser pays and what is refused.
 * @param items - the claims: kind and amount in yuan (decimal string, at most two decimals).
 * @param basis - `'late-evidence'` (解释 第一百零二条第三款: travel, lodging, meals, lost work,
 * witness) or `'procedural-abuse'` (the same plus reasonable attorney fees, 法发〔2016〕21号).
 * @throws ValidationError naming `items`, `items[i].kind`, `items[i].amount` or `basis`; nothing is
 * returned half-checked, and `items` is never changed.
 * @example
 * recoverableCosts([{ kind: 'travel', amount: '1200.00' }, { kind: 'lodging', amount: '800.00' },
 *   { kind: 'lost-work', amount: '650.50' }], 'late-evidence').recoverable.toString() // '2650.50'
 */
export function recoverableCosts(items: readonly CostItem[], basis: CostBasis): RecoverableCosts {
  if (!Array.isArray(items)) throw ValidationError.of('items', 'must be an array', '必须是数组');
  const on = oneOf(basis, BASES, 'basis');
  const parsed = items.map((item: CostItem, i) => {
    if (typeof item !== 'object' || item === null) {
      throw ValidationError.of(`items[${i}]`, 'must be an object', '必须是对象');
    }
    return {
      item,
      kind: oneOf(item.kind, COST_KINDS, `items[${i}].kind`),
      amount: amountOf(item.amount, `items[${i}].amount`),
    };
  });
  const covered = COVERED[on];
  const accepted = parsed.filter((p) => covered.includes(p.kind));
  return {
    recoverable: Money.sum(accepted.map((p) => p.amount)),
    rejected: parsed.filter((p) => !covered.includes(p.kind)).map((p) => p.item),
  };
}

/**
 * Whether a basis covers a kind of cost (the rule {@link recoverableCosts} applies, for the simulation).
 * @example
 * coversKind('late-evidence', 'attorney-fee') // false
 */
export function coversKind(basis: CostBasis, kind: CostKind): boolean {
  return COVERED[basis].includes(kind);
}

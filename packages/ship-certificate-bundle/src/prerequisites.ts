// What an item needs before it can be issued: the conditions of the ship (a transfer, 20 GT and
// a mortgage, international voyages), the earlier items of the DAG, and documents from others.
import { addYears, type CivilDate, cited, integerAt } from '@gd-ftz/core';
import { type BundleItem, ITEMS } from './items';
import { CITES, MORTGAGE_MIN_GROSS_TONNAGE, NATIONALITY_VALID_YEARS } from './law';
import type { Prerequisite, ShipFile } from './model';
import { checkDate, checkFile, checkItem, throwIfAny } from './validate';

/** The DAG in force: the default `after` lists unless an application states its own. */
export type Dag = Readonly<Partial<Record<BundleItem, readonly BundleItem[]>>>;

/** The conditions of the ship the item applies to, unmet on this file. */
export function unmetConditions(item: BundleItem, file: ShipFile, asOf: CivilDate): Prerequisite[] {
  const out: Prerequisite[] = [];
  if (item === 'deregistration' && file.kind !== 'transfer')
    out.push({ kind: 'condition', condition: 'transfer', basis: cited(CITES.deregistration) });
  if (item === 'mortgage') {
    if (!file.mortgaged)
      out.push({ kind: 'condition', condition: 'mortgaged', basis: cited(CITES.mortgage) });
    // 第二十条 "20总吨以上": 以上 includes 20 (民法典 第一千二百五十九条).
    if (file.ship.grossTonnage < integerAt(MORTGAGE_MIN_GROSS_TONNAGE, asOf))
      out.push({
        kind: 'condition',
        condition: 'mortgage-tonnage',
        basis: cited(CITES.mortgage, CITES.inclusive),
      });
  }
  if (item === 'maritime-labour' && !file.ship.international)
    out.push({ kind: 'condition', condition: 'international', basis: cited(CITES.maritimeLabour) });
  return out;
}

/** The earlier items `item` waits for on this file, under `dag`. */
export function itemsBefore(item: BundleItem, file: ShipFile, dag: Dag = {}): BundleItem[] {
  const after = dag[item] ?? ITEMS[item].after;
  // Only a transfer has a seller to deregister (第十三、三十九条); other cases skip that edge.
  return after.filter((p) => p !== 'deregistration' || file.kind === 'transfer');
}

/** Whether the file holds `item` in force on `asOf` (the nationality certificate for 5 years). */
export function holds(file: ShipFile, item: BundleItem, asOf: CivilDate): boolean {
  return file.certificates.some(
    (c) =>
      c.item === item &&
      c.issuedOn <= asOf &&
      (item !== 'nationality' || asOf < addYears(c.issuedOn, integerAt(NATIONALITY_VALID_YEARS, c.issuedOn))),
  );
}

function hasDocument(file: ShipFile, kind: string, asOf: CivilDate): boolean {
  return file.documents.some((d) => d.kind === kind && d.on <= asOf);
}

/** The missing prerequisites, unchecked input (callers validated). */
export function missingOf(item: BundleItem, file: ShipFile, asOf: CivilDate, dag: Dag = {}): Prerequisite[] {
  const out = unmetConditions(item, file, asOf);
  const spec = ITEMS[item];
  for (const p of itemsBefore(item, file, dag)) {
    // A mortgage on a ship under construction rests on the building contract instead (第二十一条).
    if (item === 'mortgage' && p === 'ownership' && hasDocument(file, 'building-contract', asOf)) continue;
    if (!holds(file, p, asOf)) out.push({ kind: 'item', item: p, basis: spec.afterBasis });
  }
  for (const d of spec.documents)
    if (!hasDocument(file, d, asOf)) out.push({ kind: 'document', document: d, basis: cited(spec.basis) });
  if (item === 'nationality' && file.kind === 'import' && !hasDocument(file, 'foreign-deregistration', asOf))
    out.push({ kind: 'document', document: 'foreign-deregistration', basis: cited(CITES.nationality) });
  return out;
}

/**
 * What `item` still lacks on `file` as of `asOf`: unmet conditions of the ship (a mortgage needs
 * 20 GT and above, 船舶登记条例 第二十条; the maritime labour certificate an international ship,
 * 海上交通安全法 第十四条), earlier items not yet issued (the nationality certificate needs the
 * ownership certificate, 第十五条; the buyer's ownership the seller's deregistration, 第十三、三十九条)
 * and documents from others (the classification society's technical certificates; from abroad the
 * foreign deregistration). Empty when the item can be issued.
 * @throws ValidationError naming the bad field (`item`, `file.ship.imo`, `file.owner.uscc`,
 * `file.ship.grossTonnage`, `asOf`, …); the input is never changed.
 * @example
 * missingPrerequisites('nationality', file, civilDate('2024-06-03')).map((p) => p.kind === 'item' && p.item) // ['ownership']
 */
export function missingPrerequisites(item: BundleItem, file: ShipFile, asOf: CivilDate): Prerequisite[] {
  const issues: Parameters<typeof throwIfAny>[0] = [];
  checkItem(item, 'item', issues);
  checkFile(file, 'file', issues);
  checkDate(asOf, 'asOf', issues);
  throwIfAny(issues);
  return missingOf(item, file, asOf);
}

// MLC 2006 Std A4.1 para. 4(b)–(c): who must be able to give medical care on board.
import { type CivilDate, integerAt, isCivilDate, ValidationError } from '@gd-ftz/core';
import { MLC_DOCTOR_MIN_PERSONS, MLC_DOCTOR_MIN_VOYAGE_HOURS } from './law';
import { checkProvisionShip } from './validate';

/** The ship fields the provision depends on. */
export interface ProvisionShip {
  readonly personsOnBoard: number;
  readonly international: boolean;
  readonly ordinaryVoyageHours: number;
}

/**
 * The minimum medical provision on board under MLC 2006 Std A4.1: `'doctor'` iff the ship is on
 * international voyages, carries 100 or more persons and its ordinary voyage lasts more than three
 * days (> 72 h) (para. 4(b)); otherwise a seafarer in charge of medical care or competent in first
 * aid (para. 4(c)). In force for China from 2016-11-12.
 * @throws ValidationError naming `ship.personsOnBoard` (not an integer ≥ 1), `ship.international`,
 * `ship.ordinaryVoyageHours` (negative or not finite) or `asOf`; ParameterNotInForceError before
 * 2016-11-12.
 * @example
 * mlcMinimumMedicalProvision({ personsOnBoard: 100, international: true, ordinaryVoyageHours: 73 }, civilDate('2024-06-30')) // 'doctor'
 * mlcMinimumMedicalProvision({ personsOnBoard: 100, international: true, ordinaryVoyageHours: 72 }, civilDate('2024-06-30')) // 'medical-care-or-first-aid'
 */
export function mlcMinimumMedicalProvision(
  ship: ProvisionShip,
  asOf: CivilDate,
): 'doctor' | 'medical-care-or-first-aid' {
  checkProvisionShip(ship, 'ship');
  if (!isCivilDate(asOf))
    throw ValidationError.of('asOf', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  const persons = integerAt(MLC_DOCTOR_MIN_PERSONS, asOf);
  const hours = integerAt(MLC_DOCTOR_MIN_VOYAGE_HOURS, asOf);
  return ship.international && ship.personsOnBoard >= persons && ship.ordinaryVoyageHours > hours
    ? 'doctor'
    : 'medical-care-or-first-aid';
}

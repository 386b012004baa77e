// missingPrerequisites: the DAG of 船舶登记条例 第十三、十五、二十、三十九条, the 20 GT line, bad input.
import { civilDate, isValidImo, isValidUscc, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { missingPrerequisites, type Prerequisite } from '../src/index';
import { IMO, transferFile, USCC } from './fixtures';

const names = (ps: Prerequisite[]) =>
  ps.map((p) => (p.kind === 'item' ? p.item : p.kind === 'document' ? p.document : p.condition));
const asOf = civilDate('2024-09-27');

describe('missingPrerequisites', () => {
  it('the fixtures are valid identifiers', () => {
    expect([isValidImo(IMO), isValidUscc(USCC)]).toEqual([true, true]);
  });

  it('nationality before ownership → missing ownership (第十五条)', () => {
    expect(names(missingPrerequisites('nationality', transferFile(), asOf))).toEqual(['ownership']);
  });

  it('the buyer’s ownership waits for the seller’s deregistration on a transfer, not on a newbuild', () => {
    expect(names(missingPrerequisites('ownership', transferFile(), asOf))).toEqual(['deregistration']);
    expect(names(missingPrerequisites('ownership', transferFile({ kind: 'newbuild' }), asOf))).toEqual([]);
    expect(names(missingPrerequisites('deregistration', transferFile({ kind: 'newbuild' }), asOf))).toEqual([
      'transfer',
    ]);
  });

  it('technical certificates are needed, and held only from the day they were had', () => {
    const file = transferFile({ kind: 'newbuild', documents: [] });
    expect(names(missingPrerequisites('ownership', file, asOf))).toEqual(['technical-certificates']);
    const later = transferFile({
      kind: 'newbuild',
      documents: [{ kind: 'technical-certificates', on: civilDate('2024-09-28') }],
    });
    expect(names(missingPrerequisites('ownership', later, asOf))).toEqual(['technical-certificates']);
  });

  it('from abroad the nationality certificate also needs the foreign deregistration', () => {
    const file = transferFile({
      kind: 'import',
      certificates: [{ item: 'ownership', issuedOn: civilDate('2024-09-20') }],
    });
    expect(names(missingPrerequisites('nationality', file, asOf))).toEqual(['foreign-deregistration']);
  });

  it('mortgage: 19.9 GT no, 20 GT yes ("20总吨以上" includes 20, 民法典 第一千二百五十九条)', () => {
    const held = [{ item: 'ownership' as const, issuedOn: civilDate('2024-09-20') }];
    const at = (gt: number) =>
      names(
        missingPrerequisites(
          'mortgage',
          transferFile({ ship: { imo: IMO, grossTonnage: gt, international: false }, certificates: held }),
          asOf,
        ),
      );
    expect(at(19.9)).toEqual(['mortgage-tonnage']);
    expect(at(20)).toEqual([]);
  });

  it('a newbuild’s mortgage rests on the building contract before ownership is registered', () => {
    const file = transferFile({
      kind: 'newbuild',
      documents: [{ kind: 'building-contract', on: civilDate('2024-01-05') }],
    });
    expect(names(missingPrerequisites('mortgage', file, asOf))).toEqual([]);
  });

  it('the maritime labour certificate applies to international ships and follows nationality and manning', () => {
    const domestic = transferFile({ ship: { imo: IMO, grossTonnage: 500, international: false } });
    expect(names(missingPrerequisites('maritime-labour', domestic, asOf))).toEqual([
      'international',
      'nationality',
      'minimum-manning',
    ]);
  });

  it('a nationality certificate older than 5 years (第十六条) no longer counts', () => {
    const file = transferFile({ certificates: [{ item: 'nationality', issuedOn: civilDate('2019-09-27') }] });
    expect(names(missingPrerequisites('radio-licence', file, civilDate('2024-09-26')))).toEqual([]);
    expect(names(missingPrerequisites('radio-licence', file, civilDate('2024-09-27')))).toEqual([
      'nationality',
    ]);
  });
});

describe('missingPrerequisites: bad input', () => {
  const pathsOf = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };

  it('names each bad field and leaves the input unchanged', () => {
    const file = Object.freeze(
      transferFile({ ship: Object.freeze({ imo: '9074728', grossTonnage: -1, international: true }) }),
    );
    const copy = structuredClone(file);
    expect(pathsOf(() => missingPrerequisites('hull' as never, file, asOf))).toEqual([
      'item',
      'file.ship.imo',
      'file.ship.grossTonnage',
    ]);
    expect(file).toEqual(copy);
    const badOwner = transferFile({ owner: { uscc: '91350100M000100Y44', dishonest: false, commits: true } });
    expect(pathsOf(() => missingPrerequisites('ownership', badOwner, asOf))).toEqual(['file.owner.uscc']);
    expect(pathsOf(() => missingPrerequisites('ownership', transferFile(), '2017-05-01' as never))).toEqual([
      'asOf',
    ]);
    expect(pathsOf(() => missingPrerequisites('ownership', null as never, asOf))).toEqual(['file']);
  });
});

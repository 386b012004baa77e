// Art. 4 of the SPC's guidance: the order in which similar cases are searched, per deciding court.
import type { CourtRef, Precedent, Tier } from './model';
import { checkCourt, checkPrecedent } from './validate';

/**
 * The Art. 4 tier of a precedent for a deciding court: the first item that applies —
 * 1 SPC 指导性案例; 2 SPC 典型案例 or effective SPC judgment; 3 参考性案例 or effective judgment of
 * the deciding court's provincial high court; 4 effective judgment of the court one level up or of
 * the deciding court itself; otherwise (another court, another province) or if not effective, null.
 * Citation: 最高人民法院关于统一法律适用加强类案检索的指导意见（试行） 第四条 (2020-07-31); a 类案
 * is effective by 第一条.
 * @throws ValidationError naming the field (`precedent.court` for a guiding case not from the SPC).
 * @example
 * const spc = { id: 'spc', level: 'supreme', province: 'CN', parentId: null } as const;
 * const nansha = { id: 'gz-ns', level: 'basic', province: 'GD', parentId: 'gz-int' } as const;
 * precedentTier({ kind: 'judgment', court: spc, effective: true, decidedOn: '2023-05-04' }, nansha); // 2
 */
export function precedentTier(precedent: Precedent, deciding: CourtRef): Tier | null {
  return tierOf(checkPrecedent('precedent', precedent), checkCourt('deciding', deciding));
}

/** {@link precedentTier} on checked input (the search calls it for every candidate). */
export function tierOf(p: Precedent, d: CourtRef): Tier | null {
  if (!p.effective) return null;
  const c = p.court;
  if (c.level === 'supreme') return p.kind === 'guiding-case' ? 1 : 2;
  if (c.level === 'high' && c.province === d.province && p.kind !== 'typical-case') return 3;
  if (p.kind === 'judgment' && (c.id === d.parentId || c.id === d.id)) return 4;
  return null;
}

// Which channel serves a request, before and after the reform, with the reasons.
import {
  cited,
  describeValue,
  type LegalBasis,
  type Localized,
  ValidationError,
  type Variant,
} from '@gd-ftz/core';
import { CLASS_ORDER, ITEM_CLASSES, type ItemClass } from './items';
import { CITES } from './law';

/** One taxpayer's request, as the router sees it. */
export interface ServiceRequest {
  readonly itemClass: ItemClass;
  /** The taxpayer manages the e-tax bureau alone for this item. */
  readonly digitallyReady: boolean;
  /** The item cannot be done online (34 of 523 items in Guangdong c.2016 [S19]). */
  readonly inPersonOnly: boolean;
}

/** The channels of the model. */
export type Channel = 'e-tax' | 'window' | 'cloud' | 'lounge' | 'joint-room';

/** Where a request goes and why. */
export interface Route {
  readonly channel: Channel;
  /** Hall trips the route takes when it is served (会商 before the reform: 2). */
  readonly trips: number;
  readonly reasons: readonly Localized[];
  readonly basis: LegalBasis;
}

const ROUTE_ASSUMPTION: LegalBasis = {
  kind: 'assumption',
  reason: {
    zh: '假设：分流规则按粤府函〔2023〕59号第3项的描述建模',
    en: 'Assumption: routing modelled on the description of measure 3 of 粤府函〔2023〕59号',
  },
  citations: [CITES.seed],
};

function route(channel: Channel, trips: number, reason: Localized, basis: LegalBasis): Route {
  return { channel, trips, reasons: [reason], basis };
}

function check(req: ServiceRequest, mode: Variant): void {
  if (req === null || typeof req !== 'object')
    throw ValidationError.of('req', 'must be an object', '必须是对象');
  const issues = [];
  if (!CLASS_ORDER.includes(req.itemClass)) {
    issues.push({
      path: 'req.itemClass',
      message: {
        en: `must be one of ${CLASS_ORDER.join(', ')}, got ${describeValue(req.itemClass)}`,
        zh: `必须是 ${CLASS_ORDER.join('、')} 之一`,
      },
    });
  }
  for (const k of ['digitallyReady', 'inPersonOnly'] as const) {
    if (typeof req[k] !== 'boolean')
      issues.push({ path: `req.${k}`, message: { en: 'must be a boolean', zh: '必须是布尔值' } });
  }
  if (mode !== 'baseline' && mode !== 'reform') {
    issues.push({
      path: 'mode',
      message: { en: "must be 'baseline' or 'reform'", zh: "必须是 'baseline' 或 'reform'" },
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * The channel of a request. Baseline: one take-a-number queue at the windows for everything the
 * taxpayer does not do alone online (会商: referred on, a second trip). Reform (粤府函〔2023〕59号
 * 第3项: 零办税窗口、会客厅式服务): online-capable items self-service or a cloud seat; consultation and
 * relief at the lounge; 会商 in a booked room; in-person-only items at the lounge's any-item desk.
 * @throws ValidationError naming `req.itemClass`, `req.digitallyReady`, `req.inPersonOnly` or `mode`.
 * @example
 * routeRequest({ itemClass: 'filing', digitallyReady: false, inPersonOnly: false }, 'reform').channel // 'cloud'
 */
export function routeRequest(req: ServiceRequest, mode: Variant): Route {
  check(req, mode);
  const spec = ITEM_CLASSES[req.itemClass];
  if (mode === 'baseline') {
    if (spec.onSite) {
      return route(
        'window',
        spec.baselineTrips,
        {
          zh: `${spec.label.zh}：到厅取号，窗口办理${spec.baselineTrips > 1 ? '，再转其他部门' : ''}`,
          en: `${spec.label.en}: a number at the hall, served at a window${spec.baselineTrips > 1 ? ', then referred to the other department' : ''}`,
        },
        ROUTE_ASSUMPTION,
      );
    }
    if (req.inPersonOnly) {
      return route(
        'window',
        1,
        { zh: '该事项不能网上办理：窗口办理', en: 'Not available online: served at a window' },
        ROUTE_ASSUMPTION,
      );
    }
    if (req.digitallyReady) {
      return route(
        'e-tax',
        0,
        { zh: '纳税人自行网上办理', en: 'Done online by the taxpayer alone' },
        ROUTE_ASSUMPTION,
      );
    }
    return route(
      'window',
      1,
      {
        zh: '纳税人不会网上办理：到厅窗口办理',
        en: 'The taxpayer cannot do it online alone: served at a window',
      },
      ROUTE_ASSUMPTION,
    );
  }
  const basis = cited(CITES.seed);
  if (req.itemClass === 'joint-consultation') {
    return route(
      'joint-room',
      1,
      {
        zh: '多方会商：预约会商室，两名税务人员与其他部门共同办理',
        en: '会商: a booked room, two tax officers with the other department',
      },
      basis,
    );
  }
  if (spec.onSite) {
    return route(
      'lounge',
      1,
      { zh: `${spec.label.zh}：会客厅式服务`, en: `${spec.label.en}: lounge service` },
      basis,
    );
  }
  if (req.inPersonOnly) {
    return route(
      'lounge',
      1,
      {
        zh: '该事项不能网上办理：会客厅全业务台办理',
        en: 'Not available online: the lounge’s any-item desk',
      },
      basis,
    );
  }
  if (req.digitallyReady) {
    return route('e-tax', 0, { zh: '纳税人自行网上办理', en: 'Done online by the taxpayer alone' }, basis);
  }
  return route(
    'cloud',
    0,
    { zh: '云端坐席远程辅导办理（零办税窗口）', en: 'A cloud seat helps remotely (no windows)' },
    basis,
  );
}

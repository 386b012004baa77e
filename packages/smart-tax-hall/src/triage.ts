// 精准化分流分类导办: the face kiosk at the door names the taxpayer and the matter, and sends the
// visitor to a lane. Pure: the same visit and snapshot always give the same decision.
import { describeValue, type Localized, ValidationError } from '@gd-ftz/core';
import type { HallSnapshot, Lane, TriageDecision, Visit } from './model';
import { bool, count, itemClass, objectAt, oneOf } from './validate';

function checkVisit(visit: unknown): Visit {
  const v = objectAt(visit, 'visit');
  if (typeof v.id !== 'string') {
    throw ValidationError.of(
      'visit.id',
      `must be a string, got ${describeValue(v.id)}`,
      `必须是字符串，收到 ${describeValue(v.id)}`,
    );
  }
  itemClass(v.item, 'visit.item');
  oneOf(v.complexity, ['simple', 'complex'], 'visit.complexity');
  oneOf(v.idStatus, ['verified', 'unverified'], 'visit.idStatus');
  oneOf(v.skill, ['high', 'low'], 'visit.skill');
  bool(v.plaza, 'visit.plaza');
  bool(v.booked, 'visit.booked');
  return visit as Visit;
}

function checkHall(hall: unknown): HallSnapshot {
  const h = objectAt(hall, 'hall');
  count(h.plazaSeatsFree, 'hall.plazaSeatsFree');
  count(h.windowQueue, 'hall.windowQueue');
  return hall as HallSnapshot;
}

const WHY_NOT: Record<Exclude<Lane, 'window'>, Localized> = {
  appointment: {
    zh: '已预约，到预约窗口按时办理',
    en: 'booked: served at the appointment window at the slot',
  },
  remote: {
    zh: '可由云税厅坐席远程协助办理，无需窗口',
    en: 'a 云税厅 remote agent can help at a terminal; no window needed',
  },
  terminal: { zh: '简单事项，可在自助终端办理', en: 'a simple matter the self-service terminal handles' },
  plaza: {
    zh: '简单事项，可先在学习广场学习后自助办理',
    en: 'a simple matter the visitor can learn to do at the plaza, then self-serve',
  },
};

/** What would have sent the visitor to a window instead (the nearest change of input). */
const TO_WINDOW: Localized = {
  zh: '若人脸无法识别或事项为复杂事项，则分至窗口',
  en: 'an unrecognised face or a complex matter would send the visitor to a window',
};

function decide(lane: Lane, rule: string, reason: Localized, hall: HallSnapshot): TriageDecision {
  if (lane === 'window') {
    return {
      lane,
      rule,
      reasons: [
        reason,
        {
          zh: `窗口排队 ${String(hall.windowQueue)} 人`,
          en: `${String(hall.windowQueue)} waiting for a window`,
        },
      ],
    };
  }
  return { lane, rule, reasons: [reason], whyNotWindow: [WHY_NOT[lane], TO_WINDOW] };
}

/**
 * The lane for a visitor at the door (精准化分流分类导办, 粤府函〔2023〕59号 附件 第5项), rules in order:
 * a booking goes to its appointment; an unrecognised face to a window (identity is checked there);
 * an enquiry to a 云税厅 remote agent; a complex matter to a window; a high-skill visitor to a
 * terminal; a low-skill visitor to the plaza when willing and a seat is free, else to a terminal
 * with remote help. The rule order is the model's reading ({@link TRIAGE_BASIS}).
 * @throws ValidationError naming the bad field of `visit` or `hall`.
 * @example
 * triage({ id: 'V1', item: 'invoice', complexity: 'simple', idStatus: 'verified', skill: 'high', plaza: false, booked: false },
 *   { plazaSeatsFree: 3, windowQueue: 12 }).lane // 'terminal'
 */
export function triage(visit: Visit, hall: HallSnapshot): TriageDecision {
  const v = checkVisit(visit);
  const h = checkHall(hall);
  const { lane, rule } = laneOf(v, h.plazaSeatsFree);
  return decide(lane, rule, REASONS[rule] as Localized, h);
}

const REASONS: Record<string, Localized> = {
  booked: { zh: '已预约', en: 'booked' },
  identity: {
    zh: '人脸无法识别，需窗口核验身份',
    en: 'face not recognised: identity is checked at a window',
  },
  enquiry: { zh: '咨询事项，转云税厅坐席', en: 'an enquiry: to a 云税厅 agent' },
  complex: { zh: '复杂事项，需窗口人工办理', en: 'a complex matter: an officer at a window' },
  'self-service': { zh: '简单事项，自助办理', en: 'a simple matter: self-service' },
  plaza: { zh: '先到学习广场学习', en: 'to the learning plaza first' },
  assisted: { zh: '终端办理，云税厅远程协助', en: 'at a terminal with 云税厅 remote help' },
};

const RULE = (lane: Lane, rule: string) => Object.freeze({ lane, rule });
const BOOKED = RULE('appointment', 'booked');
const IDENTITY = RULE('window', 'identity');
const ENQUIRY = RULE('remote', 'enquiry');
const COMPLEX = RULE('window', 'complex');
const SELF = RULE('terminal', 'self-service');
const PLAZA = RULE('plaza', 'plaza');
const ASSISTED = RULE('remote', 'assisted');

/**
 * The triage rules in order, on a checked visit (the simulation's hot path; {@link triage} adds the
 * checks and the reasons).
 */
export function laneOf(v: Visit, plazaSeatsFree: number): { readonly lane: Lane; readonly rule: string } {
  if (v.booked) return BOOKED;
  if (v.idStatus === 'unverified') return IDENTITY;
  if (v.item === 'enquiry') return ENQUIRY;
  if (v.complexity === 'complex') return COMPLEX;
  if (v.skill === 'high') return SELF;
  if (v.plaza && plazaSeatsFree > 0) return PLAZA;
  return ASSISTED;
}

// The domain of measure 5: one visit to a tax hall, the hall's state the triage sees, the lanes it
// can send a visitor to, and the appointment book.
import type { CivilDate, CivilDateTime, Localized } from '@gd-ftz/core';

/** The matter a visitor comes for. */
export type ItemClass = 'filing' | 'invoice' | 'registration' | 'certificate' | 'enquiry';

/** Every item class, in a fixed order (draws and tables index it). */
export const ITEM_CLASSES: readonly ItemClass[] = Object.freeze([
  'filing',
  'invoice',
  'registration',
  'certificate',
  'enquiry',
]);

/** A visitor as the hall receives them; the same draws serve baseline and reform. */
export interface Visit {
  readonly id: string;
  readonly item: ItemClass;
  /** Complex matters need an officer (a window or a booked appointment). */
  readonly complexity: 'simple' | 'complex';
  /** Whether the face kiosk recognises a real-name registered taxpayer. */
  readonly idStatus: 'verified' | 'unverified';
  /** Digital skill: low-skill visitors need help at a terminal. */
  readonly skill: 'high' | 'low';
  /** Willing to learn at the plaza first. */
  readonly plaza: boolean;
  /** Comes at a booked appointment. */
  readonly booked: boolean;
}

/** What the triage sees of the hall when the visitor arrives. */
export interface HallSnapshot {
  /** Free seats in the learning plaza. */
  readonly plazaSeatsFree: number;
  /** Visitors waiting for a window. */
  readonly windowQueue: number;
}

/** Where the triage sends a visitor. */
export type Lane = 'terminal' | 'plaza' | 'remote' | 'window' | 'appointment';

/** The triage's decision with its reasons and why the window was not chosen. */
export interface TriageDecision {
  readonly lane: Lane;
  /** The id of the triage rule that fired. */
  readonly rule: string;
  readonly reasons: readonly Localized[];
  /** Why not a window (absent when the lane is the window), and what would send the visitor there. */
  readonly whyNotWindow?: readonly Localized[];
}

/** The appointment book of a hall: a day's slots and the bookings taken. */
export interface AppointmentBook {
  /** Start minute (since 00:00) of each slot of a working day, ascending. */
  readonly slotMinutes: readonly number[];
  /** Appointments each slot holds. */
  readonly capacityPerSlot: number;
  /** Appointments taken, by slot key 'YYYY-MM-DDTHH:mm'. */
  readonly taken: Readonly<Record<string, number>>;
  /** Item classes the book takes. */
  readonly items: readonly ItemClass[];
  /** Working days ahead searched before a refusal. */
  readonly horizonDays: number;
}

/** An accepted booking and the book with it taken. */
export interface Booking {
  readonly kind: 'booking';
  readonly slot: CivilDateTime;
  /** Working days from the requested day to the slot's day (0: the same day). */
  readonly delayWorkingDays: number;
  readonly book: AppointmentBook;
}

/** A booking refused, with the reason. */
export interface Refusal {
  readonly kind: 'refusal';
  readonly reason: 'item-not-bookable' | 'fully-booked';
  readonly message: Localized;
}

/** A day of the simulated year: its date and whether it is in the peak before a filing deadline. */
export interface HallDay {
  readonly date: CivilDate;
  /** Relative demand (1 = an ordinary day). */
  readonly weight: number;
  /** One of the last peak days up to the filing deadline. */
  readonly deadlineDay: boolean;
}

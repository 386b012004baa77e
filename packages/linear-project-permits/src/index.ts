// Public surface of @gd-ftz/linear-project-permits: named re-exports only.

export { ALLOWED_EVENTS, applyEvent, draftApplication, isTerminal, transition } from './application-machine';
export type {
  AcceptedState,
  ApplicationEvent,
  ApplicationEventType,
  ApplicationState,
  ApplicationStatus,
  ApprovedState,
  DraftedState,
  EventFor,
  ExtendedState,
  IncompleteState,
  IssuedState,
  NextState,
  RejectedState,
  SubmittedState,
  SupplementedState,
  TransitionTable,
  UnderReviewState,
} from './application-states';
export { applicationMachine } from './application-table';
export type { RunOptions } from './baseline';
export { runBaseline } from './baseline';
export type { CompareOptions, ProjectComparison } from './compare';
export { compareProject } from './compare';
export { canExtend, decisionDeadline, issueDeadline, jointDeadline, noticeDeadline } from './deadlines';
export type { ItemDraws, ProjectDraws } from './draws';
export { DRAW_RANGES, drawProject } from './draws';
export {
  DECISION_EXTENSION,
  DECISION_LIMIT,
  EIA_FORM_LIMIT,
  EIA_REPORT_LIMIT,
  ISSUE_LIMIT,
  JOINT_EXTENSION,
  JOINT_LIMIT,
  NOTICE_LIMIT,
  PROJECT_CODE_LEAD,
  SITING_LIMIT,
} from './law';
export { measure } from './measure';
export type {
  ApplicationRecord,
  OfficerTouches,
  PermitOutcome,
  PermitResult,
  ProcessSettings,
  ProjectOutcome,
  SegmentReadiness,
} from './outcome';
export type { LinearProjectPermitsParams } from './params';
export { PARAMS, START_DATES } from './params';
export type {
  DecisionLimit,
  MaterialId,
  PermitFamily,
  PermitKind,
  PermitScope,
  PermitSpec,
  Procedure,
  ReviewEffort,
} from './permits';
export {
  CATALOGUE,
  COMMON_MATERIALS,
  isPermitKind,
  PERMIT_KINDS,
  permitSpec,
  SPECIFIC_MATERIALS,
} from './permits';
export type { PortfolioOptions } from './portfolio';
export { drawPortfolioProject, generatePortfolio, PORTFOLIO_MIX } from './portfolio';
export type { PermitGraph, PrerequisiteOverrides } from './prerequisite-graph';
export { buildPermitGraph, DEFAULT_GRAPH, transitivePrerequisites } from './prerequisite-graph';
export type { Project, ProjectInput, ProjectType, Segment, SplitMethod } from './project';
export { defineProject, PROJECT_TYPES } from './project';
export { totalLengthM } from './project-check';
export { runReform } from './reform';
export { portfolioKpis } from './report';
export { eventCoverage, portfolioSeries, timelineBars } from './series';
export { checkDraws, checkSettings, DEFAULT_SETTINGS } from './settings';
export { segmentReadiness } from './summary';

// Public surface of @gd-ftz/linear-project-permits: named re-exports only. The measure, the domain
// API a developer calls case by case (project, permit graph, deadlines, application machine,
// one project's comparison), the law, and the types those need. Simulation and report internals
// stay inside.
export { ALLOWED_EVENTS, applyEvent, draftApplication, isTerminal, transition } from './application-machine';
export type { ApplicationEvent, ApplicationState, ApplicationStatus, EventFor } from './application-states';
export type { CompareOptions, ProjectComparison } from './compare';
export { compareProject } from './compare';
export { canExtend, decisionDeadline, issueDeadline, jointDeadline, noticeDeadline } from './deadlines';
export { CITES, LAW_PARAMS } from './law';
export { measure } from './measure';
export type { PermitResult, ProjectOutcome, SegmentReadiness } from './outcome';
export type { LinearProjectPermitsParams } from './params';
export type { PermitKind, PermitSpec } from './permits';
export { PERMIT_KINDS, permitSpec } from './permits';
export type { PermitGraph, PrerequisiteOverrides } from './prerequisite-graph';
export { buildPermitGraph, DEFAULT_GRAPH, transitivePrerequisites } from './prerequisite-graph';
export type { Project, ProjectInput, ProjectType, Segment } from './project';
export { defineProject } from './project';
export { segmentReadiness } from './summary';

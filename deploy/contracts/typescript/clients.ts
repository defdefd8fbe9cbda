// What a front-end gets from the four OpenAPI documents as they are: .ci/run generates a client of each with
// openapi-typescript into target/ and type-checks this file against them with tsc --strict. Each assignment below
// compiles only if the answer's property is typed as always present; each @ts-expect-error only if the property
// that may be missing is typed so (tsc fails on an expected error that does not occur).
import type { components as CaseService } from "./target/case-service";
import type { components as IngaService } from "./target/inga-service";
import type { components as AccessService } from "./target/access-service";
import type { components as ReportingService } from "./target/reporting-service";

declare function answer<T>(): T;

// case-service
const opened = answer<CaseService["schemas"]["CaseView"]>();
export const caseId: string = opened.id;
export const phase: string = opened.phase;
export const version: number = opened.version;
export const allowedActions: string[] = opened.allowedActions;
// @ts-expect-error a case is closed or not
export const closedAt: string = opened.closedAt;
// @ts-expect-error the goal is set in the second phase
export const goal: CaseService["schemas"]["GoalView"] = opened.goal;

// inga-service
const enrollment = answer<IngaService["schemas"]["EnrollmentView"]>();
export const enrollmentId: string = enrollment.id;
export const latestEndDate: string = enrollment.latestEndDate;
// @ts-expect-error an open enrollment has no exit date
export const exitDate: string = enrollment.exitDate;
const referral = answer<IngaService["schemas"]["ReferralView"]>();
export const referralStatus: string = referral.status;

// access-service
const membership = answer<AccessService["schemas"]["MembershipView"]>();
export const memberId: string = membership.userId;
export const startDate: string = membership.startDate;
// @ts-expect-error a membership ends or not
export const endDate: string = membership.endDate;

// reporting-service
const caseload = answer<ReportingService["schemas"]["CaseloadRow"]>();
export const openEnrollments: number = caseload.openEnrollments;
const misSteering = answer<ReportingService["schemas"]["MisSteeringRow"]>();
export const exits: number = misSteering.exits;
export const flag: string = misSteering.flag;
const worklist = answer<ReportingService["schemas"]["WorklistPage"]>();
export const items: ReportingService["schemas"]["WorklistRow"][] = worklist.items;
export const dueOn: string = worklist.items[0].dueOn;
export const daysLeft: number = worklist.items[0].daysLeft;
// @ts-expect-error a due date passes unmet or not
export const timerFiredAt: string = worklist.items[0].timerFiredAt;

// every answer's problem
const problem = answer<CaseService["schemas"]["Problem"]>();
export const title: string = problem.title;
export const status: number = problem.status;
// @ts-expect-error only a 422 names a rule
export const rule: string = problem.rule;

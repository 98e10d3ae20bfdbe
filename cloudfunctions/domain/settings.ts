// Default promises (SLA) until admins can set them per community. Clock time for now; working-day
// spans come with the working calendar.
export interface SlaSettings {
  /** the department accepts a new (or reopened, or transferred) request within … */
  acceptMinutes: number;
  urgentAcceptMinutes: number;
  /** … and resolves an accepted one within … */
  resolveMinutes: number;
  urgentResolveMinutes: number;
}

export interface ServiceSettings {
  sla: SlaSettings;
  /** ratings at or below this send the request back to the department */
  unsatisfiedAtOrBelow: number;
  /** an owner urges (催办) an overdue request at most once in this many minutes */
  urgeSpanMinutes: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  sla: {
    acceptMinutes: 15,
    urgentAcceptMinutes: 5,
    resolveMinutes: 24 * 60,
    urgentResolveMinutes: 4 * 60,
  },
  unsatisfiedAtOrBelow: 2,
  urgeSpanMinutes: 12 * 60,
};

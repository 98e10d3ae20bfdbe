// Which department a new request goes to. One function, so the rule engine can replace the
// default table later without touching its callers.
import type { Category, Channel, Department, Urgency } from './model';

export const DEFAULT_ROUTES: Readonly<Record<Category, Department>> = {
  repair: 'engineering',
  complaint: 'service',
  consultation: 'service',
  suggestion: 'service',
  other: 'service',
  after_sales: 'after_sales',
  praise: 'quality',
  paid_service: 'environment',
  emergency: 'security',
};

export interface RoutingInput {
  category: Category;
  urgency: Urgency;
  channel: Channel;
  communityId: string;
  description: string;
}

export function routeTicket(input: RoutingInput): Department {
  return DEFAULT_ROUTES[input.category];
}

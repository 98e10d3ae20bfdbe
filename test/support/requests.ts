// Payloads the tests send, as the app would.
import type { CreateTicketInput } from '../../cloudfunctions/domain/schemas';

let sequence = 0;

/** A fresh clientRequestId, as the app makes one per form. */
export const newClientRequestId = () => `test-request-${Date.now().toString(36)}-${(sequence += 1)}`;

export function aRepairRequest(overrides: Partial<CreateTicketInput> = {}): CreateTicketInput & { action: 'create' } {
  return {
    action: 'create',
    clientRequestId: newClientRequestId(),
    category: 'repair',
    description: '厨房水龙头一直滴水，关不紧',
    photos: ['cloud://local/photos/tap.jpg'],
    location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
    urgency: 'normal',
    contactPhone: '13812345678',
    preferredVisitTime: '工作日晚上7点后',
    ...overrides,
  };
}

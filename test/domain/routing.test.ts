import { routeTicket } from '../../cloudfunctions/domain/routing';
import type { Category, Department } from '../../cloudfunctions/domain/model';

const route = (category: Category) =>
  routeTicket({
    category,
    urgency: 'normal',
    channel: 'miniprogram',
    communityId: 'demo-cuihu',
    description: '描述描述描述',
  });

describe('routeTicket with the default table', () => {
  it.each<[Category, Department]>([
    ['repair', 'engineering'],
    ['complaint', 'service'],
    ['consultation', 'service'],
    ['suggestion', 'service'],
    ['other', 'service'],
    ['after_sales', 'after_sales'],
    ['praise', 'quality'],
    ['paid_service', 'environment'],
    ['emergency', 'security'],
  ])('sends %s to %s', (category, department) => {
    expect(route(category)).toBe(department);
  });
});

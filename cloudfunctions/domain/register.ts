// The owner register (业主名册): who lives in each unit, as the company knows it — imported from
// its workbook or kept by the service desk. A person binding a home is checked against it.
import type { Relation } from './model';

export interface RegisterEntry {
  id: string;
  communityId: string;
  unitId: string;
  name: string;
  /** mainland mobile number, 11 digits */
  phone: string;
  relation: Relation;
  /** a tenancy's last day (YYYY-MM-DD, China time); absent for owners and family */
  tenancyEndsOn?: string;
}

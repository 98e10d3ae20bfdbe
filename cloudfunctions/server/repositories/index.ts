import type { Database } from '../cloud';
import { CloudCounterRepository, CloudSeedRepository, CloudUserRepository } from './cloud-directory';
import { CloudTicketRepository } from './cloud-tickets';
import { CloudAuditRepository } from './cloud-audit';
import { CloudRegisterRepository } from './cloud-register';
import { CloudHomeRepository } from './cloud-homes';
import type { Repositories } from './types';

export function createRepositories(db: Database): Repositories {
  return {
    audit: new CloudAuditRepository(db),
    register: new CloudRegisterRepository(db),
    homes: new CloudHomeRepository(db),
    tickets: new CloudTicketRepository(db),
    users: new CloudUserRepository(db),
    counters: new CloudCounterRepository(db),
    seed: new CloudSeedRepository(db),
  };
}

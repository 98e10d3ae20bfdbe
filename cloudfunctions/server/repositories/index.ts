import type { Database } from '../cloud';
import {
  CloudCounterRepository,
  CloudPlaceRepository,
  CloudSeedRepository,
  CloudUserRepository,
} from './cloud-directory';
import { CloudTicketRepository } from './cloud-tickets';
import type { Repositories } from './types';

export function createRepositories(db: Database): Repositories {
  return {
    tickets: new CloudTicketRepository(db),
    users: new CloudUserRepository(db),
    places: new CloudPlaceRepository(db),
    counters: new CloudCounterRepository(db),
    seed: new CloudSeedRepository(db),
  };
}

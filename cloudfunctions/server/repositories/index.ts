import type { Database } from '../cloud';
import { CloudCounterRepository, CloudSeedRepository, CloudUserRepository } from './cloud-directory';
import { CloudTicketRepository } from './cloud-tickets';
import { CloudAuditRepository } from './cloud-audit';
import { CloudRegisterRepository } from './cloud-register';
import { CloudPlaceRepository } from './cloud-places';
import { CloudRegisterImportRepository } from './cloud-register-import';
import { CloudAdminSetupRepository } from './cloud-admin-setup';
import { CloudStaffRepository } from './cloud-staff';
import { CloudHomeRepository } from './cloud-homes';
import { CloudVisitRepository } from './cloud-visits';
import { CloudEffectRepository } from './cloud-effects';
import { CloudMessageRepository } from './cloud-messages';
import { CloudRoutingRuleRepository } from './cloud-routing-rules';
import { CloudDeskRepository } from './cloud-desk';
import { CloudGuideRepository } from './cloud-guides';
import { CloudPromiseSettingsRepository } from './cloud-promises';
import { CloudSurveyRepository } from './cloud-surveys';
import { CloudAnnouncementRepository } from './cloud-announcements';
import { CloudMediaCheckRepository } from './cloud-media-checks';
import { CloudAccessLogRepository, CloudPurgeRepository, CloudRetentionRepository } from './cloud-records';
import { CloudLogbookRepository } from './cloud-logbook';
import { CloudSubscriptionRepository } from './cloud-subscriptions';
import { CloudArchiveRepository } from './cloud-archive';
import { CloudFigureRepository } from './cloud-figures';
import type { Repositories } from './types';

export function createRepositories(db: Database): Repositories {
  return {
    surveys: new CloudSurveyRepository(db),
    announcements: new CloudAnnouncementRepository(db),
    mediaChecks: new CloudMediaCheckRepository(db),
    accessLog: new CloudAccessLogRepository(db),
    retention: new CloudRetentionRepository(db),
    purge: new CloudPurgeRepository(db),
    logbook: new CloudLogbookRepository(db),
    subscriptions: new CloudSubscriptionRepository(db),
    archive: new CloudArchiveRepository(db),
    visits: new CloudVisitRepository(db),
    effects: new CloudEffectRepository(db),
    messages: new CloudMessageRepository(db),
    routingRules: new CloudRoutingRuleRepository(db),
    guides: new CloudGuideRepository(db),
    desk: new CloudDeskRepository(db),
    promiseSettings: new CloudPromiseSettingsRepository(db),
    places: new CloudPlaceRepository(db),
    registerImport: new CloudRegisterImportRepository(db),
    adminSetup: new CloudAdminSetupRepository(db),
    staff: new CloudStaffRepository(db),
    audit: new CloudAuditRepository(db),
    register: new CloudRegisterRepository(db),
    homes: new CloudHomeRepository(db),
    tickets: new CloudTicketRepository(db),
    users: new CloudUserRepository(db),
    counters: new CloudCounterRepository(db),
    seed: new CloudSeedRepository(db),
    figures: new CloudFigureRepository(db),
  };
}

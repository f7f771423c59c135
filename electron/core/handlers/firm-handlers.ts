import type { Handlers } from '../../../shared/ipc/contract';
import type { firmContract } from '../../../shared/ipc/firm-contract';
import type { FirmService } from '../firm/firm-service';

export function createFirmHandlers(firm: FirmService): Pick<Handlers, keyof typeof firmContract> {
  return {
    'firm:status': () => firm.status(),
    'firm:save-settings': ({ settings, password }) => firm.saveSettings(settings, password),
    'firm:choose-ca-file': () => firm.chooseCaFile(),
    'firm:forget-password': () => firm.forgetPassword(),
    'firm:test': () => firm.test(),
    'firm:publish': (choice) => firm.publish(choice),
    'firm:publish-pending': () => firm.publishPending(),
    'firm:publication': ({ engagementId }) => firm.publication(engagementId),
    'firm:benchmark': ({ engagementId }) => firm.benchmark(engagementId),
    'firm:search': ({ query }) => firm.search(query),
    'firm:recurring-findings': ({ filter }) => firm.recurringFindings(filter),
    'firm:admin-migrate': ({ admin }) => firm.adminMigrate(admin),
    'firm:share-template': ({ templateId }) => firm.shareTemplate(templateId),
    'firm:shared-templates': () => firm.sharedTemplates(),
    'firm:use-shared-template': ({ id }) => firm.useSharedTemplate(id),
    'firm:admin-add-consultant': async ({ admin, consultant, password }) => {
      await firm.adminAddConsultant(admin, { name: consultant, password });
      return {};
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/ipc/contract';
import { openDatabase, type OpenDatabaseOptions } from './db/connection';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { createCostScenariosRepository } from './db/repositories/cost-scenarios-repository';
import { createEngagementsRepository } from './db/repositories/engagements-repository';
import { createMetaRepository } from './db/repositories/meta-repository';
import { translateStorageError } from './db/storage-errors';
import { createAppHandlers } from './handlers/app-handlers';
import { createCostHandlers } from './handlers/cost-handlers';
import { createEngagementsHandlers } from './handlers/engagements-handlers';
import { createCostScenariosService } from './services/cost-scenarios-service';
import { createEngagementsService } from './services/engagements-service';
import type { ServiceContext } from './services/service-context';

export interface AppCoreOptions extends OpenDatabaseOptions {
  dbPath: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
}

export interface AppCore {
  handlers: Handlers;
  db: Database;
  deviceId: string;
  close(): void;
}

/**
 * Opens (and migrates) the database and builds the handler for every contract channel. The
 * Electron main process and the test harness both call this, so tests exercise what ships.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const db = openDatabase(options.dbPath, options);
  const meta = createMetaRepository(db);
  let deviceId = meta.get('device_id');
  if (!deviceId) {
    deviceId = randomUUID();
    meta.set('device_id', deviceId);
  }
  const ctx: ServiceContext = {
    db,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    deviceId,
  };

  const engagementsRepository = createEngagementsRepository(db);
  const engagements = createEngagementsService(ctx, engagementsRepository);
  const costScenarios = createCostScenariosService(ctx, createCostScenariosRepository(db), engagementsRepository);

  const handlers: Handlers = {
    ...createAppHandlers({
      name: 'Audit Workshop',
      version: options.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      deviceId,
    }),
    ...createEngagementsHandlers(engagements),
    ...createCostHandlers(costScenarios),
  };

  return {
    handlers: withStorageErrors(handlers),
    db,
    deviceId,
    close: () => db.close(),
  };
}

function withStorageErrors(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[channel] = (input) => {
      try {
        return handler(input);
      } catch (error) {
        throw translateStorageError(error);
      }
    };
  }
  return wrapped as Handlers;
}

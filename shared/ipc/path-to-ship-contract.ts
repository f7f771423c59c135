import { z } from 'zod';
import { Id } from '../domain/common';
import {
  MovePhaseInput,
  PathToShip,
  Phase,
  AddPhaseInput,
  UpdatePhaseInput,
  SaveSystemInput,
  SetRaciInput,
  SetRecommendationInput,
} from '../domain/path-to-ship';
import type { ContractSection } from './contract-types';

export const pathToShipContract = {
  'path:get': { input: z.object({ engagementId: Id }), output: PathToShip },
  'path:set-recommendation': { input: SetRecommendationInput, output: PathToShip },
  'path:add-phase': { input: AddPhaseInput, output: PathToShip },
  'path:update-phase': { input: UpdatePhaseInput, output: PathToShip },
  'path:move-phase': { input: MovePhaseInput, output: PathToShip },
  'path:delete-phase': { input: z.object({ id: Id }), output: Phase },
  'path:restore-phase': { input: Phase, output: PathToShip },
  'path:set-raci': { input: SetRaciInput, output: PathToShip },
  'path:save-system': { input: SaveSystemInput, output: PathToShip },
  'path:delete-system': { input: z.object({ id: Id }), output: PathToShip },
} satisfies ContractSection;

import type { ComponentType } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import type { WorkspaceSection } from '../../store/route';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { CaptureScreen } from '../capture/CaptureScreen';
import { SetupScreen } from '../setup/SetupScreen';
import { AssessmentScreen } from '../assessment/AssessmentScreen';
import { CostModelScreen } from '../cost-model/CostModelScreen';
import { PathToShipScreen } from '../path-to-ship/PathToShipScreen';
import { DeliverablesScreen } from '../deliverables/DeliverablesScreen';

export interface SectionScreenProps {
  engagement: Engagement;
}

/**
 * The screen for each workspace section. A section without an entry shows "not built yet";
 * each feature adds its line here.
 */
export const SECTION_SCREENS: Partial<Record<WorkspaceSection, ComponentType<SectionScreenProps>>> = {
  setup: SetupScreen,
  agenda: AgendaScreen,
  capture: CaptureScreen,
  assessment: AssessmentScreen,
  'cost-model': CostModelScreen,
  'path-to-ship': PathToShipScreen,
  deliverables: DeliverablesScreen,
};

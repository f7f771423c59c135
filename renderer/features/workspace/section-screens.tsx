import type { ComponentType } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import type { WorkspaceSection } from '../../store/route';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { CaptureScreen } from '../capture/CaptureScreen';
import { BoardScreen } from '../board/BoardScreen';
import { SetupScreen } from '../setup/SetupScreen';
import { AssessmentScreen } from '../assessment/AssessmentScreen';
import { CostModelScreen } from '../cost-model/CostModelScreen';
import { PathToShipScreen } from '../path-to-ship/PathToShipScreen';
import { DeliverablesScreen } from '../deliverables/DeliverablesScreen';

export interface SectionScreenProps {
  engagement: Engagement;
}

/** The screen for each workspace section; the type makes a section without a screen a compile error. */
export const SECTION_SCREENS: Record<WorkspaceSection, ComponentType<SectionScreenProps>> = {
  setup: SetupScreen,
  agenda: AgendaScreen,
  capture: CaptureScreen,
  board: BoardScreen,
  assessment: AssessmentScreen,
  'cost-model': CostModelScreen,
  'path-to-ship': PathToShipScreen,
  deliverables: DeliverablesScreen,
};

import type { ComponentType } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import type { WorkspaceSection } from '../../store/route';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { BoardScreen } from '../board/BoardScreen';
import { SetupScreen } from '../setup/SetupScreen';
import { AssessmentScreen } from '../assessment/AssessmentScreen';
import { CostModelScreen } from '../cost-model/CostModelScreen';

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
  board: BoardScreen,
  assessment: AssessmentScreen,
  'cost-model': CostModelScreen,
};

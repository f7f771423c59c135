import type { SectionScreenProps } from '../workspace/section-screens';
import { EngagementForm } from './EngagementForm';
import { ParticipantsPanel } from './ParticipantsPanel';
import './setup.css';

/** Preparing the week: the engagement, the pilot's numbers and who is in the room. */
export function SetupScreen({ engagement }: SectionScreenProps) {
  return (
    <div className="setup-screen">
      <EngagementForm engagement={engagement} />
      <ParticipantsPanel engagementId={engagement.id} dayCount={engagement.dayCount} />
    </div>
  );
}

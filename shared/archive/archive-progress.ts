import type { ArchiveProgress } from '../domain/archive';

/** About a hundred steps per stage: enough for a smooth bar, few enough to cost nothing to send. */
const STEPS = 100;

/**
 * One stage's progress, told to `post` only when it has moved by a step since last told, and
 * always at its start and its end (done === total), so every stage is seen to finish.
 */
export function stageProgress(stage: ArchiveProgress['stage'], total: number, post: (progress: ArchiveProgress) => void) {
  const step = Math.max(1, Math.floor(total / STEPS));
  let told = -1;
  const tell = (done: number) => {
    told = done;
    post({ stage, done, total });
  };
  tell(0);
  return {
    update(done: number): void {
      if (done === total ? told !== total : done - told >= step) tell(done);
    },
    finish(): void {
      if (told !== total) tell(total);
    },
  };
}

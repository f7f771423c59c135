import type { Dispatch } from '../../../shared/ipc/dispatch';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ReleaseCheck } from '../../../shared/report/release-check-schema';
import { TRUSTED } from './core';

/** Exports as the window does: asks for the release check, then confirms exactly the list it gave. */
export async function confirmedExport(dispatch: Dispatch, request: { engagementId: string; options?: unknown; scope?: unknown }): Promise<IpcResult<unknown>> {
  const check = await dispatch(TRUSTED, 'deliverables:release-check', request);
  if (!check.ok) return check;
  return dispatch(TRUSTED, 'deliverables:export', { ...request, releaseCheck: { confirmedDigest: (check.value as ReleaseCheck).digest } });
}

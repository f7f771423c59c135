/** The four questions every audit answers; their order is the order of the week and of the report. */
export const AUDIT_AREAS = ['problem-fit', 'approach', 'production-requirements', 'path-to-ship'] as const;

export type AuditArea = (typeof AUDIT_AREAS)[number];

export interface AuditAreaInfo {
  readonly id: AuditArea;
  readonly label: string;
  readonly question: string;
}

export const AUDIT_AREA_INFO: Readonly<Record<AuditArea, AuditAreaInfo>> = {
  'problem-fit': { id: 'problem-fit', label: 'Problem fit', question: 'Is this the right problem?' },
  approach: { id: 'approach', label: 'Approach', question: 'Is this the right approach?' },
  'production-requirements': {
    id: 'production-requirements',
    label: 'Production requirements',
    question: 'What does production actually require?',
  },
  'path-to-ship': { id: 'path-to-ship', label: 'Path to ship', question: 'What is the realistic path to get there?' },
};

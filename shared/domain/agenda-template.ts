import type { AuditArea } from './audit-areas';

/** Where a guiding question comes from, when it is drawn from a published framework. */
export interface QuestionSource {
  framework: 'ML Test Score' | 'NIST AI RMF' | 'PAIR Guidebook' | 'Hidden Technical Debt in ML' | 'Microsoft RAI Impact Assessment' | 'MLOps maturity';
  /** The framework's own reference, e.g. "Monitor 4", "MAP 3.2", "Chapter 1". */
  ref: string;
}

export interface TemplateQuestion {
  text: string;
  source?: QuestionSource;
}

export type SessionKind = 'session' | 'readout' | 'break';

export interface TemplateSession {
  title: string;
  kind: SessionKind;
  /** The area the session works on; null for general sessions such as kickoff or a break. */
  area: AuditArea | null;
  /** Local wall-clock times on the day, HH:MM, 24-hour. */
  start: string;
  end: string;
  goal: string;
  questions: TemplateQuestion[];
}

export interface TemplateDay {
  title: string;
  /** The area the day is mostly about; null for the readout day. */
  area: AuditArea | null;
  sessions: TemplateSession[];
}

export interface AgendaTemplate {
  name: string;
  description: string;
  days: TemplateDay[];
}

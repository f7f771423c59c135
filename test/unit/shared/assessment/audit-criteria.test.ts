import { describe, expect, it } from 'vitest';
import { AUDIT_CRITERIA, NIST_SUBCATEGORIES, criteriaForArea, isCriterionId } from '../../../../shared/assessment/audit-criteria';
import { PURGATORY_CAUSES } from '../../../../shared/assessment/purgatory-diagnostic';
import { AUDIT_AREAS, type AuditArea } from '../../../../shared/domain/audit-areas';

/**
 * Every point of DESIGN.md's area table, with words that must appear in one criterion of that
 * area (title, question or rationale). All keywords of a row must be in the same criterion.
 */
const DESIGN_POINTS: [AuditArea, string, RegExp[]][] = [
  ['problem-fit', 'business value in numbers vs today', [/value/i, /numbers/i, /today/i]],
  ['problem-fit', 'current process and its cost', [/current process/i, /cost/i]],
  ['problem-fit', 'success metrics', [/success/i, /metrics/i]],
  ['problem-fit', 'who owns the outcome', [/outcome/i, /owner|accountable/i]],
  ['problem-fit', 'simpler non-AI alternatives', [/non-AI/i, /simpler/i]],
  ['approach', 'clean pilot data vs messy production data', [/pilot/i, /production/i, /messy/i, /data/i]],
  ['approach', 'evaluation on production-like data', [/evaluat/i, /production-like/i]],
  ['approach', 'model and vendor choice', [/model/i, /vendor/i]],
  ['approach', 'simpler models', [/simpler/i, /model/i]],
  ['approach', 'build vs buy', [/build/i, /buy/i]],
  ['production-requirements', 'failure modes and downstream consequences', [/failure mode|ways the system can be wrong/i, /downstream/i]],
  ['production-requirements', 'who reviews edge cases, and how', [/edge case/i, /review/i, /how/i]],
  ['production-requirements', 'integration with CRM / ERP / workflow, each with an owner', [/CRM/, /ERP/, /workflow/i, /owner/i]],
  ['production-requirements', 'monitoring', [/monitor/i, /drift/i]],
  ['production-requirements', 'model updates and retraining', [/retrain/i, /update/i]],
  ['production-requirements', 'the 2am incident: who is paged', [/2am/i, /paged/i]],
  ['production-requirements', 'the operating owner', [/operating owner/i]],
  ['production-requirements', 'cost at production volume', [/cost/i, /production volume/i]],
  ['production-requirements', 'storage growth over a year', [/storage|store/i, /year/i]],
  ['production-requirements', 'accuracy threshold as wrong outputs per day', [/accura/i, /wrong outputs per day/i, /production volume/i]],
  ['path-to-ship', 'go / conditional go / pivot / stop with reasons', [/\bgo\b/i, /conditional go/i, /pivot/i, /stop/i, /reasons/i]],
  ['path-to-ship', 'phases, milestones, owners, exit criteria', [/phases/i, /milestones/i, /owner/i, /exit criteria/i]],
  ['path-to-ship', 'full-lifecycle budget approved, not just the pilot', [/budget/i, /lifecycle/i, /approved/i, /not only the pilot/i]],
  ['path-to-ship', 'who operates it', [/operate|run the system/i]],
];

describe('audit criteria catalogue', () => {
  it('has unique ids, each prefixed for its area', () => {
    const ids = AUDIT_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix: Record<AuditArea, string> = { 'problem-fit': 'pf-', approach: 'ap-', 'production-requirements': 'pr-', 'path-to-ship': 'ps-' };
    for (const c of AUDIT_CRITERIA) expect(c.id.startsWith(prefix[c.area]), c.id).toBe(true);
  });

  it('names a valid area for every criterion, and every area has criteria', () => {
    for (const c of AUDIT_CRITERIA) expect(AUDIT_AREAS).toContain(c.area);
    for (const area of AUDIT_AREAS) expect(criteriaForArea(area).length, area).toBeGreaterThanOrEqual(4);
  });

  it('gives every criterion a title, a question ending in "?", a rationale, and known NIST references', () => {
    for (const c of AUDIT_CRITERIA) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.question.endsWith('?'), c.id).toBe(true);
      expect(c.rationale.length, c.id).toBeGreaterThan(40);
      for (const ref of c.nist) expect(Object.keys(NIST_SUBCATEGORIES), c.id).toContain(ref);
      expect(new Set(c.nist).size, c.id).toBe(c.nist.length);
    }
  });

  it('cites the NIST subcategories the frameworks mapping names for each area', () => {
    const refsOf = (area: AuditArea) => new Set(criteriaForArea(area).flatMap((c) => c.nist));
    expect([...refsOf('problem-fit')]).toEqual(expect.arrayContaining(['MAP 1.4', 'MAP 3.1', 'MANAGE 2.1']));
    expect([...refsOf('approach')]).toEqual(expect.arrayContaining(['MAP 2.3', 'MEASURE 2.3', 'MEASURE 2.5']));
    expect([...refsOf('production-requirements')]).toEqual(
      expect.arrayContaining(['MAP 3.2', 'MEASURE 2.4', 'MEASURE 2.6', 'MANAGE 2.4', 'MANAGE 4.1', 'GOVERN 2.1', 'GOVERN 3.2']),
    );
    expect([...refsOf('path-to-ship')]).toEqual(expect.arrayContaining(['MANAGE 1.1', 'MANAGE 1.3']));
  });

  it.each(DESIGN_POINTS)('covers %s: %s', (area, _point, keywords) => {
    const matching = criteriaForArea(area).filter((c) => {
      const text = `${c.title} ${c.question} ${c.rationale}`;
      return keywords.every((k) => k.test(text));
    });
    expect(matching.map((c) => c.id)).not.toEqual([]);
  });

  it('recognises its own ids only', () => {
    expect(isCriterionId('pr-incident-response')).toBe(true);
    expect(isCriterionId('pr-nonexistent')).toBe(false);
    expect(isCriterionId('')).toBe(false);
  });

  it('is what the diagnostic points at: every informing criterion exists', () => {
    for (const cause of PURGATORY_CAUSES) for (const id of cause.informedBy) expect(isCriterionId(id), `${cause.id} → ${id}`).toBe(true);
  });
});

/**
 * A finding's short reference (F1, F2, …): its place among the engagement's live findings in the
 * order they were recorded. The board, the path to ship and the report number from the same list,
 * so "F3" on the screen is "F3" in the report; a finding recorded later never renumbers earlier ones.
 */
export function findingRefs(findings: readonly { id: string; createdAt: string }[]): Map<string, string> {
  const ordered = [...findings].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return new Map(ordered.map((f, index) => [f.id, `F${index + 1}`]));
}

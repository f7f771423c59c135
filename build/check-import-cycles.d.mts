export function importGraph(files: readonly string[]): Map<string, string[]>;
export function cycles(graph: Map<string, string[]>): string[][];

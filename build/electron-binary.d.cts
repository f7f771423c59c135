export const ELECTRON_DIR: string;
export function findElectronBinary(electronDir?: string): string | null;

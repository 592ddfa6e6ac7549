export interface IntegrityEntry {
  file: string;
  integrity: string;
}
export function cdnBase(pkg: { name: string; version: string }): string;
export function renderCdn(
  pkg: { name: string; version: string },
  entry: IntegrityEntry,
  chunks: IntegrityEntry[],
  elements?: IntegrityEntry[],
): string;

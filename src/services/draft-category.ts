// A tab page cannot receive a query (switchTab drops it), so the home page leaves the chosen
// category here for the 报事 page to pick up when it shows.
import type { Category } from '@domain/model';

let pending: Category | undefined;

export function presetCategory(category: Category): void {
  pending = category;
}

export function takePresetCategory(): Category | undefined {
  const category = pending;
  pending = undefined;
  return category;
}

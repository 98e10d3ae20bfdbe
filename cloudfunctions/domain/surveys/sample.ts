// The opinion survey's sample of units, stratified by building. The rule is public and repeatable:
// in each building, the units are ranked by sha256("<seed>:<unitId>") (hex, ascending; ties by id)
// and the first ceil(share × n) are sent the survey, so every building gets at least its share and
// the whole at least the community's. The seed is drawn once when the survey opens and kept with
// the candidates and the picks: an auditor holding them draws the same sample again.
// (Node's crypto through visit-sample.ts: the app never imports this file.)
import { sampleRank, sampleSize } from '../visit-sample';

export const SURVEY_SAMPLE_RULE =
  'per building: units ranked by sha256("<seed>:<unitId>") ascending, first ceil(share × n)';

export interface SampleUnit {
  id: string;
  building: string;
}

export interface BuildingSample {
  building: string;
  /** every unit of the building (the rule's input), by id */
  candidates: string[];
  /** the ones sent the survey, in rank order */
  picked: string[];
}

export interface SurveySample {
  seed: string;
  share: number;
  rule: string;
  buildings: BuildingSample[];
}

export function drawSample(seed: string, share: number, units: readonly SampleUnit[]): SurveySample {
  const byBuilding = new Map<string, Set<string>>();
  for (const unit of units) {
    const ids = byBuilding.get(unit.building) ?? new Set<string>();
    ids.add(unit.id);
    byBuilding.set(unit.building, ids);
  }
  const buildings = [...byBuilding.keys()].sort().map((building) => {
    const candidates = [...(byBuilding.get(building) ?? [])].sort();
    const ranked = candidates
      .map((id) => ({ id, rank: sampleRank(seed, id) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
    return { building, candidates, picked: ranked.slice(0, sampleSize(share, candidates.length)).map((r) => r.id) };
  });
  return { seed, share, rule: SURVEY_SAMPLE_RULE, buildings };
}

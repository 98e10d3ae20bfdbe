// The owner register workbook: its columns, the check of every row, and the plan of an import
// (which units are new, which households change). Pure: the function reads the workbook into rows
// and the stored units and entries, and writes what the plan says.
import type { Relation, Unit } from './model';
import type { RegisterEntry } from './register';

export const REGISTER_COLUMNS = ['楼栋', '单元', '房号', '姓名', '手机号', '关系', '租期截止'] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const RELATION_BY_LABEL: Record<string, Relation> = { 业主: 'owner', 家属: 'family', 租户: 'tenant' };

export const MAX_IMPORT_ROWS = 5000;
const MAX_PLACE_LENGTH = 20;
const MAX_NAME_LENGTH = 30;

/** A data row as read from the sheet: its row number in Excel and each column's text (trimmed). */
export interface RawRow {
  row: number;
  cells: Partial<Record<RegisterColumn, string>>;
}

export interface RowProblem {
  row: number;
  reason: string;
}

export interface RegisterRow {
  row: number;
  building: string;
  entrance: string;
  room: string;
  name: string;
  phone: string;
  relation: Relation;
  tenancyEndsOn?: string;
}

const PHONE = /^1\d{10}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The columns a header row names, or the headings it lacks. */
export function readHeader(
  header: string[],
): { ok: true; columns: Map<RegisterColumn, number> } | { ok: false; missing: string[] } {
  const columns = new Map<RegisterColumn, number>();
  header.forEach((text, index) => {
    const name = text.trim() as RegisterColumn;
    if ((REGISTER_COLUMNS as readonly string[]).includes(name) && !columns.has(name)) columns.set(name, index);
  });
  const missing = REGISTER_COLUMNS.filter((c) => c !== '租期截止' && !columns.has(c));
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/**
 * Checks one row. `today` (YYYY-MM-DD, China time) decides whether a tenancy has already ended.
 * Answers the row or every reason it is refused.
 */
export function checkRow(raw: RawRow, today: string): RegisterRow | RowProblem[] {
  const text = (column: RegisterColumn) => (raw.cells[column] ?? '').trim();
  const problems: string[] = [];
  for (const column of ['楼栋', '单元', '房号', '姓名', '手机号', '关系'] as const)
    if (!text(column)) problems.push(`缺少${column}`);
  for (const column of ['楼栋', '单元', '房号'] as const)
    if (text(column).length > MAX_PLACE_LENGTH) problems.push(`${column}不能超过${MAX_PLACE_LENGTH}个字`);
  if (text('姓名').length > MAX_NAME_LENGTH) problems.push(`姓名不能超过${MAX_NAME_LENGTH}个字`);
  const phone = text('手机号').replace(/[\s-]/g, '');
  if (phone && !PHONE.test(phone)) problems.push('手机号应为11位数字');
  const relationLabel = text('关系');
  const relation = RELATION_BY_LABEL[relationLabel];
  if (relationLabel && !relation) problems.push(`关系“${relationLabel.slice(0, 10)}”无法识别，应为业主、家属或租户`);
  const endsOn = text('租期截止');
  if (endsOn) {
    if (!isCalendarDate(endsOn)) problems.push('租期截止应为日期，如 2026-12-31');
    else if (relation && relation !== 'tenant') problems.push('只有租户填写租期截止');
    else if (endsOn < today) problems.push('租期截止已过');
  } else if (relation === 'tenant') problems.push('租户须填写租期截止');
  if (problems.length) return problems.map((reason) => ({ row: raw.row, reason }));
  return {
    row: raw.row,
    building: text('楼栋'),
    entrance: text('单元'),
    room: text('房号'),
    name: text('姓名'),
    phone,
    relation,
    ...(endsOn ? { tenancyEndsOn: endsOn } : {}),
  };
}

const placeKey = (p: { building: string; entrance: string; room: string }) =>
  `${p.building}\u0000${p.entrance}\u0000${p.room}`;

/** Every row checked; a person twice in one unit is a duplicate. Nothing is planned unless all are good. */
export function checkRows(rows: RawRow[], today: string): { rows: RegisterRow[]; problems: RowProblem[] } {
  const good: RegisterRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const checked = checkRow(raw, today);
    if (Array.isArray(checked)) {
      problems.push(...checked);
      continue;
    }
    const key = `${placeKey(checked)}\u0000${checked.phone}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ row: raw.row, reason: `与第${first}行重复（同一房屋、同一手机号）` });
    else {
      seen.set(key, raw.row);
      good.push(checked);
    }
  }
  return { rows: good, problems };
}

export interface ImportCounts {
  rows: number;
  newUnits: number;
  /** units whose register had no entry and now has */
  newHouseholds: number;
  changedHouseholds: number;
  unchangedHouseholds: number;
}

export interface ImportPlan {
  counts: ImportCounts;
  unitsToAdd: Unit[];
  /** units whose register entries are replaced by `entries` of the same unit */
  unitIdsToReplace: string[];
  entriesToWrite: RegisterEntry[];
}

/** An entry's id: one person (phone) per unit. */
export const registerEntryId = (unitId: string, phone: string) => `${unitId}-${phone}`;

const sameEntry = (e: RegisterEntry) => JSON.stringify([e.phone, e.name, e.relation, e.tenancyEndsOn ?? '']);

/**
 * What importing these rows into a community changes. Keyed by unit: a unit in the file gets
 * exactly the file's people; a unit not in the file keeps its register.
 */
export function planImport(
  communityId: string,
  rows: RegisterRow[],
  existingUnits: Unit[],
  existingEntries: RegisterEntry[],
  newUnitId: () => string,
): ImportPlan {
  const unitByPlace = new Map(existingUnits.map((u) => [placeKey(u), u]));
  const entriesByUnit = new Map<string, RegisterEntry[]>();
  for (const e of existingEntries) entriesByUnit.set(e.unitId, [...(entriesByUnit.get(e.unitId) ?? []), e]);

  const unitsToAdd: Unit[] = [];
  const fileEntriesByUnit = new Map<string, RegisterEntry[]>();
  for (const row of rows) {
    let unit = unitByPlace.get(placeKey(row));
    if (!unit) {
      const place = { communityId, building: row.building, entrance: row.entrance, room: row.room };
      unit = { id: newUnitId(), ...place };
      unitByPlace.set(placeKey(row), unit);
      unitsToAdd.push(unit);
    }
    const entry: RegisterEntry = {
      id: registerEntryId(unit.id, row.phone),
      communityId,
      unitId: unit.id,
      name: row.name,
      phone: row.phone,
      relation: row.relation,
      ...(row.tenancyEndsOn ? { tenancyEndsOn: row.tenancyEndsOn } : {}),
    };
    fileEntriesByUnit.set(unit.id, [...(fileEntriesByUnit.get(unit.id) ?? []), entry]);
  }

  const counts: ImportCounts = {
    rows: rows.length,
    newUnits: unitsToAdd.length,
    newHouseholds: 0,
    changedHouseholds: 0,
    unchangedHouseholds: 0,
  };
  const unitIdsToReplace: string[] = [];
  const entriesToWrite: RegisterEntry[] = [];
  for (const [unitId, wanted] of fileEntriesByUnit) {
    const stored = entriesByUnit.get(unitId) ?? [];
    const a = stored.map(sameEntry).sort();
    const b = wanted.map(sameEntry).sort();
    if (a.length === b.length && a.every((value, i) => value === b[i])) {
      counts.unchangedHouseholds += 1;
      continue;
    }
    if (stored.length === 0) counts.newHouseholds += 1;
    else counts.changedHouseholds += 1;
    unitIdsToReplace.push(unitId);
    entriesToWrite.push(...wanted);
  }
  return { counts, unitsToAdd, unitIdsToReplace, entriesToWrite };
}

export const importSummary = (c: ImportCounts) =>
  `${c.rows}行；新增房屋${c.newUnits}户；名册新增${c.newHouseholds}户、变更${c.changedHouseholds}户、未变${c.unchangedHouseholds}户`;

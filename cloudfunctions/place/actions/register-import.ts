// The owner register import: a dry run that reports every bad row and what would change, then the
// import itself, which checks the same file again and writes only when every row is good.
import { withUnitsAdded } from '../../domain/community';
import { DomainError } from '../../domain/errors';
import { importSchema } from '../../domain/place-schemas';
import type { ImportCounts, RowProblem } from '../../domain/register-import';
import { checkRows, importSummary, planImport } from '../../domain/register-import';
import { toIso } from '../../domain/time';
import type { ActionContext } from '../../server/action';
import { defineAction } from '../../server/action';
import { recordAudit } from '../../server/audit';
import { PLACE_ADMINS, communityFor, newUnitId } from '../access';
import { readRegisterWorkbook } from '../workbook/read-register';

/** Rows a report lists; the count says how many more there are. */
const MAX_REPORTED_PROBLEMS = 200;

export interface ImportReport {
  /** true when every row is good and the file may be imported */
  valid: boolean;
  problems: RowProblem[];
  problemCount: number;
  counts: ImportCounts;
}

async function prepare(communityId: string, workbook: string, context: ActionContext) {
  const community = await communityFor(context, communityId);
  const rows = await readRegisterWorkbook(Buffer.from(workbook, 'base64'));
  const today = toIso(context.now).slice(0, 10);
  const checked = checkRows(rows, today);
  const [units, entries] = await Promise.all([
    context.repos.places.unitsOf(communityId),
    context.repos.registerImport.forCommunity(communityId),
  ]);
  const plan = planImport(communityId, checked.rows, units, entries, newUnitId);
  return { community, problems: checked.problems, plan };
}

const reportOf = (problems: RowProblem[], counts: ImportCounts): ImportReport => ({
  valid: problems.length === 0,
  problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
  problemCount: problems.length,
  counts,
});

export const previewImport = defineAction({
  schema: importSchema,
  roles: PLACE_ADMINS,
  async run({ communityId, workbook }, context): Promise<ImportReport> {
    const { problems, plan } = await prepare(communityId, workbook, context);
    return reportOf(problems, plan.counts);
  },
});

/**
 * Writes units first, then each changed unit's register (remove its entries, add the file's), then
 * the outline, then one audit entry. Every step is idempotent for the same file: an import cut
 * short (time limit) is completed by importing the same file again.
 */
export const importRegister = defineAction({
  schema: importSchema,
  roles: PLACE_ADMINS,
  async run({ communityId, workbook }, context): Promise<ImportReport> {
    const { community, problems, plan } = await prepare(communityId, workbook, context);
    if (problems.length > 0)
      throw new DomainError(
        'INVALID_INPUT',
        `名册有${problems.length}行有误，未导入任何数据；请修改后重试`,
        'workbook',
      );
    const { places, registerImport } = context.repos;
    if (plan.unitsToAdd.length > 0) {
      await places.addUnits(plan.unitsToAdd);
      await places.saveOutline(
        communityId,
        community.outlineVersion,
        withUnitsAdded(community.outline, plan.unitsToAdd),
      );
    }
    if (plan.unitIdsToReplace.length > 0) await registerImport.replaceUnits(plan.unitIdsToReplace, plan.entriesToWrite);
    await recordAudit(
      context,
      'register.import',
      { kind: 'community', id: communityId },
      { summary: importSummary(plan.counts) },
    );
    return reportOf([], plan.counts);
  },
});

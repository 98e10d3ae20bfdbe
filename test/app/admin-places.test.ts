// The console's places sections and edit controls open to exactly whom the place function serves
// (its audiences),
// and a chosen file is checked on the device before it is sent as the owner register.
import { MAX_WORKBOOK_BYTES } from '@domain/place-schemas';
import { PLACE_ADMINS, PLACE_READERS as FUNCTION_READERS } from '../../cloudfunctions/place/access';
import { ROLES } from '@domain/model';
import { sectionsFor } from '../../src/admin/sections';
import { canEditPlaces } from '../../src/admin/place-access';
import { workbookRefusal } from '../../src/admin/services/workbook-rules';

const placeSections = (role: (typeof ROLES)[number]) =>
  sectionsFor([role])
    .map((s) => s.key)
    .filter((key) => ['communities', 'units', 'register'].includes(key));

describe('who sees the places sections', () => {
  test.each(ROLES)(
    '%s sees 小区 and 房屋 when the function lets them read, 业主名册 only when it lets them import',
    (role) => {
      const reads = FUNCTION_READERS.includes(role);
      const imports = (PLACE_ADMINS as readonly string[]).includes(role);
      expect(placeSections(role)).toEqual([
        ...(reads ? ['communities', 'units'] : []),
        ...(imports ? ['register'] : []),
      ]);
      expect(canEditPlaces([role])).toBe(imports);
    },
  );

  test('a manager reads but does not edit; an owner sees none of it', () => {
    expect(placeSections('manager')).toEqual(['communities', 'units']);
    expect(canEditPlaces(['manager', 'receptionist'])).toBe(false);
    expect(placeSections('owner')).toEqual([]);
  });
});

describe('which chosen file is sent as the register', () => {
  test('an .xlsx within the limit is sent, whatever the case of its extension', () => {
    expect(workbookRefusal('名册.xlsx', 20_000)).toBeNull();
    expect(workbookRefusal('名册.XLSX', MAX_WORKBOOK_BYTES)).toBeNull();
  });

  test('an old .xls is refused with the way to convert it', () => {
    expect(workbookRefusal('名册.xls', 20_000)).toContain('另存为 .xlsx');
  });

  test('another kind of file, an empty file and a file over 4 MB are refused and named', () => {
    expect(workbookRefusal('名册.csv', 20_000)).toBe('「名册.csv」不是 .xlsx 格式的 Excel 文件');
    expect(workbookRefusal('名册.xlsx', 0)).toBe('「名册.xlsx」是空文件');
    expect(workbookRefusal('名册.xlsx', MAX_WORKBOOK_BYTES + 1)).toContain('超过4MB');
  });
});

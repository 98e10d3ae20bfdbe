// The outline a community carries of its buildings and entrances, kept in step with its units.
import { buildingChoices, outlineOf, withUnitRemoved, withUnitsAdded } from '../../cloudfunctions/domain/community';

const at = (building: string, entrance: string) => ({ building, entrance });

it('lists buildings and entrances in natural order, counting units', () => {
  const outline = outlineOf([at('10栋', '1单元'), at('2栋', '2单元'), at('2栋', '1单元'), at('2栋', '1单元')]);
  expect(outline).toEqual([
    {
      name: '2栋',
      entrances: [
        { name: '1单元', units: 2 },
        { name: '2单元', units: 1 },
      ],
    },
    { name: '10栋', entrances: [{ name: '1单元', units: 1 }] },
  ]);
  expect(buildingChoices(outline)).toEqual([
    { name: '2栋', entrances: ['1单元', '2单元'] },
    { name: '10栋', entrances: ['1单元'] },
  ]);
});

it('keeps an entrance while it has units, and drops an empty entrance and building', () => {
  let outline = outlineOf([at('1栋', '1单元'), at('1栋', '1单元'), at('2栋', '1单元')]);
  outline = withUnitRemoved(outline, at('1栋', '1单元'));
  expect(outline[0]).toEqual({ name: '1栋', entrances: [{ name: '1单元', units: 1 }] });
  outline = withUnitRemoved(outline, at('2栋', '1单元'));
  expect(outline.map((b) => b.name)).toEqual(['1栋']);
  // removing what is not there changes nothing
  expect(withUnitRemoved(outline, at('9栋', '1单元'))).toEqual(outline);
});

it('adds to an existing outline without changing the one given', () => {
  const before = outlineOf([at('1栋', '1单元')]);
  const after = withUnitsAdded(before, [at('1栋', '2单元')]);
  expect(before[0].entrances).toHaveLength(1);
  expect(after[0].entrances.map((e) => e.name)).toEqual(['1单元', '2单元']);
});

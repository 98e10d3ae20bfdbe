// Input schemas of the `place` function; messages are Simplified Chinese, shown as they are.
import { z } from 'zod';

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

const text = (what: string, max: number, min = 1) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}格式不正确` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);

/** A landline or mobile number: digits with optional dashes, e.g. 0571-88886666 or 13900000000. */
const phone = (what: string) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}格式不正确` })
    .trim()
    .regex(/^\d[\d-]{5,18}\d$/, `${what}格式不正确，如 0571-88886666`);

export const communityFields = {
  name: text('小区名称', 30),
  address: text('地址', 100),
  serviceDeskPhone: phone('客服电话'),
  dutyPhone: phone('值班电话'),
};

export const createCommunitySchema = z.object(communityFields).strict();

export const updateCommunitySchema = z
  .object({
    communityId: id,
    name: communityFields.name.optional(),
    address: communityFields.address.optional(),
    serviceDeskPhone: communityFields.serviceDeskPhone.optional(),
    dutyPhone: communityFields.dutyPhone.optional(),
  })
  .strict();

const placeFields = {
  building: text('楼栋', 20),
  entrance: text('单元', 20),
  room: text('房号', 20),
};

export const communityIdSchema = z.object({ communityId: id }).strict();
export const buildingSchema = z.object({ communityId: id, building: placeFields.building }).strict();
export const entranceSchema = z
  .object({ communityId: id, building: placeFields.building, entrance: placeFields.entrance })
  .strict();
export const addUnitSchema = z.object({ communityId: id, ...placeFields }).strict();
export const renameUnitSchema = z.object({ unitId: id, ...placeFields }).strict();
export const unitIdSchema = z.object({ unitId: id }).strict();

/** The workbook travels base64 in the event (the cloud's event limit is 6 MB). */
export const MAX_WORKBOOK_BYTES = 4 * 1024 * 1024;
export const importSchema = z
  .object({
    communityId: id,
    workbook: z
      .string({ required_error: '请选择名册文件', invalid_type_error: '名册文件格式不正确' })
      .min(1, '请选择名册文件')
      .max(Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4, '名册文件不能超过4MB')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, '名册文件格式不正确'),
  })
  .strict();

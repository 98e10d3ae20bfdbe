// Input schemas of the `announcement` function (the writer's form mirrors them).
import { z } from 'zod';
import { ANNOUNCEMENT_KINDS } from './announcements';
import { instant, pageInput, photoList, text } from './schemas';

const id = z.string({ required_error: '缺少公告' }).trim().min(1, '缺少公告').max(64, '编号过长');
const communityId = z.string().trim().min(1, '缺少小区').max(64, '小区编号过长');
const building = z.string().trim().min(1, '楼栋不正确').max(20, '楼栋不正确');

export const MAX_ANNOUNCEMENT_IMAGES = 9;

const audience = z
  .object({
    all: z.boolean({ required_error: '请选择发布范围', invalid_type_error: '发布范围不正确' }),
    buildings: z
      .array(building)
      .max(200, '楼栋过多')
      .default([])
      .transform((list) => [...new Set(list)]),
  })
  .strict()
  .transform((a) => (a.all ? { all: true, buildings: [] } : a));

export const saveAnnouncementInput = z
  .object({
    id: id.optional(),
    communityId: communityId.optional(),
    kind: z.enum(ANNOUNCEMENT_KINDS, { errorMap: () => ({ message: '请选择公告类型' }) }),
    title: text(2, 40, '标题'),
    body: text(5, 2000, '正文'),
    images: photoList.max(MAX_ANNOUNCEMENT_IMAGES, `最多${MAX_ANNOUNCEMENT_IMAGES}张图片`).default([]),
    outage: z
      .object({ startAt: instant('停水停电开始时间'), endAt: instant('停水停电结束时间') })
      .strict()
      .optional(),
    audience,
    pinned: z.boolean().default(false),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.kind === 'outage' && !input.outage)
      ctx.addIssue({ code: 'custom', message: '请选择停水停电的起止时间', path: ['outage'] });
    if (input.kind !== 'outage' && input.outage)
      ctx.addIssue({ code: 'custom', message: '只有停水停电公告有起止时间', path: ['outage'] });
    if (input.outage && input.outage.endAt <= input.outage.startAt)
      ctx.addIssue({ code: 'custom', message: '结束时间须晚于开始时间', path: ['outage', 'endAt'] });
  });
export type SaveAnnouncementInput = z.input<typeof saveAnnouncementInput>;

export const announcementRef = z.object({ id }).strict();

export const publishAnnouncementInput = z.object({ id, publishAt: instant('发布时间').optional() }).strict();

export const pinAnnouncementInput = z.object({ id, pinned: z.boolean({ required_error: '缺少置顶设置' }) }).strict();

/** A WeChat group's cloudID as the function receives it: decoded by the platform. */
const groupCloudId = z
  .object({
    cloudID: z.string().max(512),
    data: z
      .object({ opengid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '群信息无效') })
      .passthrough()
      .optional(),
    errCode: z.number().optional(),
    errMsg: z.string().max(200).optional(),
  })
  .strict();

export const readAnnouncementInput = z.object({ id, group: groupCloudId.optional() }).strict();

export const feedInput = pageInput;

export const listAnnouncementsInput = pageInput.extend({ communityId: communityId.optional() }).strict();

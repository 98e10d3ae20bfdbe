// The register template, made by the function and kept in cloud storage; answers a download link.
import { z } from 'zod';
import { defineAction } from '../../server/action';
import { uploadWithLink } from '../../server/storage-link';
import { PLACE_ADMINS } from '../access';
import { registerTemplate as buildTemplate } from '../workbook/template';

export const TEMPLATE_PATH = 'templates/业主名册模板.xlsx';

export const registerTemplate = defineAction({
  schema: z.object({}).strict(),
  roles: PLACE_ADMINS,
  async run() {
    const link = await uploadWithLink(TEMPLATE_PATH, await buildTemplate());
    return { ...link, fileName: '业主名册模板.xlsx' };
  },
});

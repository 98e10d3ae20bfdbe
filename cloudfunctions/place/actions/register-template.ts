// The register template, made by the function and kept in cloud storage; answers a download link.
import { z } from 'zod';
import { defineAction } from '../../server/action';
import { wxCloud } from '../../server/cloud';
import { PLACE_ADMINS } from '../access';
import { registerTemplate as buildTemplate } from '../workbook/template';

export const TEMPLATE_PATH = 'templates/业主名册模板.xlsx';

export const registerTemplate = defineAction({
  schema: z.object({}).strict(),
  roles: PLACE_ADMINS,
  async run() {
    const cloud = wxCloud();
    const uploaded = await cloud.uploadFile({ cloudPath: TEMPLATE_PATH, fileContent: await buildTemplate() });
    const answer = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as {
      fileList: Array<{ tempFileURL?: string; errMsg?: string }>;
    };
    const link = answer.fileList[0];
    if (!link?.tempFileURL) throw new Error(`no download link for ${uploaded.fileID}: ${link?.errMsg ?? ''}`);
    return { fileID: uploaded.fileID, url: link.tempFileURL, fileName: '业主名册模板.xlsx' };
  },
});

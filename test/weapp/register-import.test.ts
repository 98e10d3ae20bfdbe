// The owner register import on the 业主名册 page of the WeChat build: the workbook is chosen from a
// chat (.xlsx only), read as base64 with the file system manager, checked, confirmed and imported;
// the template is downloaded and opened as a workbook. wx's file picker, file system, dialog and
// downloads are stood in for here; the page, its hook and the place function are the real ones.
import path from 'node:path';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { registerWorkbook } from '../functions/support/register-workbook';
import { loadWeapp, waitFor } from './support/weapp-harness';
import type { Weapp, WeappPage } from './support/weapp-harness';
import { answer } from './support/wx-answer';
import type { Callbacks } from './support/wx-answer';

const WEAPP = path.resolve(__dirname, '../../dist/weapp');
const ADMIN = 'demo-admin';

describe('the owner register import in the WeChat build', () => {
  let t: FunctionsCloud;
  let app: Weapp;
  let open: WeappPage | undefined;
  // what the admin picks (its bytes as base64) and what WeChat was asked
  let workbook = '';
  const pickerOptions: Array<Record<string, unknown>> = [];
  const read: Array<{ filePath: string; encoding: string }> = [];
  const modals: string[] = [];
  const downloads: string[] = [];
  const documents: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    t = await startFunctionsCloud();
    app = loadWeapp(WEAPP, {
      cloud: {
        init: () => undefined,
        callFunction: async ({ name, data }: { name: string; data: object }) => ({
          result: await t.cloud.invoke(name, data, { openid: ADMIN }),
          errMsg: 'cloud.callFunction:ok',
        }),
      },
      chooseMessageFile: (options: Record<string, unknown> & Callbacks<unknown>) => {
        pickerOptions.push(options);
        const size = Buffer.from(workbook, 'base64').length;
        return answer(options, {
          tempFiles: [{ name: '名册.xlsx', path: 'wxfile://tmp/register.xlsx', size, time: 0, type: 'file' }],
          errMsg: 'chooseMessageFile:ok',
        });
      },
      getFileSystemManager: () => ({
        readFile: (options: { filePath: string; encoding: string } & Callbacks<{ data: string }>) => {
          read.push({ filePath: options.filePath, encoding: options.encoding });
          options.success?.({ data: workbook });
        },
      }),
      showModal: (options: { content: string } & Callbacks<{ confirm: boolean; cancel: boolean }>) => {
        modals.push(options.content);
        return answer(options, { confirm: true, cancel: false });
      },
      downloadFile: (options: { url: string } & Callbacks<{ statusCode: number; tempFilePath: string }>) => {
        downloads.push(options.url);
        answer(options, { statusCode: 200, tempFilePath: 'wxfile://tmp/template.xlsx' });
        return { abort: () => undefined, onProgressUpdate: () => undefined };
      },
      openDocument: (options: Record<string, unknown> & Callbacks<unknown>) => {
        documents.push(options);
        return answer(options, { errMsg: 'openDocument:ok' });
      },
    });
  });
  afterAll(() => t.close());
  afterEach(() => {
    open?.unload();
    open = undefined;
  });

  async function openRegister(): Promise<WeappPage> {
    const page = (open = app.openPage('admin/pages/register/index'));
    await waitFor(() => page.find((node) => node.uid === 'workbook-choose'), 5000, 'the file button');
    return page;
  }

  it('a workbook from a chat is read as base64, reported, confirmed and imported', async () => {
    workbook = await registerWorkbook([
      ['8栋', '1单元', '801', '卫先生', '13900008801', '业主'],
      ['8栋', '1单元', '802', '蒋女士', '13900008802', '业主'],
    ]);
    const page = await openRegister();
    await page.tap(page.byId('workbook-choose'));
    await waitFor(() => page.find((node) => node.uid === 'import-confirm'), 5000, 'the report');
    expect(pickerOptions[0]).toMatchObject({ count: 1, type: 'file', extension: ['xlsx'] });
    expect(read).toEqual([{ filePath: 'wxfile://tmp/register.xlsx', encoding: 'base64' }]);
    expect(page.text(page.byId('import-report'))).toContain('名册.xlsx');
    const units = async () => (await t.documents('units')).filter((u) => u.building === '8栋');
    await expect(units()).resolves.toEqual([]);

    await page.tap(page.byId('import-confirm'));
    await waitFor(() => page.find((node) => node.uid === 'import-result'), 5000, 'the result');
    expect(modals).toEqual([expect.stringContaining('将新增房屋2户')]);
    await expect(units()).resolves.toHaveLength(2);
  });

  it('the template is made by the function, downloaded and opened as a workbook', async () => {
    const page = await openRegister();
    await page.tap(page.byId('template-download'));
    await waitFor(() => documents.length > 0, 5000, 'the template to open');
    expect(downloads).toHaveLength(1);
    // the temporary link the function answered for the template it stored
    expect(decodeURIComponent(downloads[0])).toContain('templates/业主名册模板.xlsx?expires=');
    expect(documents[0]).toMatchObject({ filePath: 'wxfile://tmp/template.xlsx', fileType: 'xlsx' });
    expect(page.byClass('notice--danger')).toEqual([]);
  });
});

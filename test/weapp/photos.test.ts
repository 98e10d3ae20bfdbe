// Photos on the 报事 page of the WeChat build: the picker is asked for compressed images, no more
// than there is room for; a photo still too large is compressed once more, and named when even that
// is not enough; an upload that drops is sent once more. wx's picker, compressor and cloud storage
// are stood in for here; the page, its picker component and the rules are the built ones.
import path from 'node:path';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { loadWeapp, waitFor } from './support/weapp-harness';
import type { Weapp, WeappPage } from './support/weapp-harness';
import { answer } from './support/wx-answer';
import type { Callbacks } from './support/wx-answer';

const WEAPP = path.resolve(__dirname, '../../dist/weapp');
const OWNER = 'demo-owner-1';
const MB = 1024 * 1024;

interface TempFile {
  tempFilePath: string;
  size: number;
  fileType: 'image';
}
describe('photos on the 报事 page of the WeChat build', () => {
  let t: FunctionsCloud;
  let app: Weapp;
  // set by each test: what the owner picks, and what WeChat's tools answer
  let picked: TempFile[] = [];
  let recompressedSize = 0;
  let uploadFaults = 0;
  const pickerOptions: Array<Record<string, unknown>> = [];
  const compressed: string[] = [];
  const uploaded: string[] = [];

  beforeAll(async () => {
    t = await startFunctionsCloud();
    app = loadWeapp(WEAPP, {
      cloud: {
        init: () => undefined,
        callFunction: async ({ name, data }: { name: string; data: object }) => ({
          result: await t.cloud.invoke(name, data, { openid: OWNER }),
          errMsg: 'cloud.callFunction:ok',
        }),
        uploadFile: async ({ filePath, cloudPath }: { filePath: string; cloudPath: string }) => {
          uploaded.push(filePath);
          if (uploadFaults > 0) {
            uploadFaults -= 1;
            throw { errMsg: 'cloud.uploadFile:fail network' };
          }
          return { fileID: `cloud://test-env/${cloudPath}`, errMsg: 'cloud.uploadFile:ok' };
        },
      },
      chooseMedia: (options: Record<string, unknown> & Callbacks<{ tempFiles: TempFile[]; type: string }>) => {
        pickerOptions.push(options);
        return answer(options, { tempFiles: picked, type: 'image' });
      },
      compressImage: (options: { src: string } & Callbacks<{ tempFilePath: string }>) => {
        compressed.push(options.src);
        return answer(options, { tempFilePath: `${options.src}.recompressed.jpg` });
      },
      getFileSystemManager: () => ({
        getFileInfo: (options: Callbacks<{ size: number }>) => options.success?.({ size: recompressedSize }),
      }),
    });
  });
  afterAll(() => t.close());

  let open: WeappPage | undefined;
  beforeEach(() => {
    // each test starts as a fresh install: no request draft kept from the one before
    (app.wx.removeStorageSync as (key: string) => void)(`estate-desk.ticket-draft.${OWNER}`);
    picked = [];
    recompressedSize = 0;
    uploadFaults = 0;
    for (const list of [pickerOptions, compressed, uploaded]) list.length = 0;
  });
  afterEach(() => {
    open?.unload();
    open = undefined;
  });

  async function openForm(): Promise<WeappPage> {
    const page = (open = app.openPage('pages/file/index'));
    await waitFor(() => page.find((node) => node.uid === 'photo-add'), 5000, 'the photo picker after user.me');
    return page;
  }

  /** The picker's count under the thumbnails, e.g. "2/9". */
  const countShown = (page: WeappPage) => page.text(page.byId('photo-add')).replace('+', '');

  it('states the limits where photos are picked, and asks WeChat for compressed images only', async () => {
    const page = await openForm();
    expect(page.text()).toContain('最多9张，仅限图片，单张不超过10MB（大图自动压缩）');
    picked = [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 2 * MB, fileType: 'image' }];
    await page.tap(page.byId('photo-add'));
    await waitFor(() => countShown(page) === '1/9', 3000, 'the photo to upload');
    expect(pickerOptions[0]).toMatchObject({ count: 9, mediaType: ['image'], sizeType: ['compressed'] });
    expect(uploaded).toEqual(['wxfile://tmp/a.jpg']);
    expect(compressed).toEqual([]); // small enough as picked
  });

  it('a photo over 10 MB is compressed once more and sent compressed when that is enough', async () => {
    const page = await openForm();
    picked = [{ tempFilePath: 'wxfile://tmp/big.jpg', size: 30 * MB, fileType: 'image' }];
    recompressedSize = 900 * 1024;
    await page.tap(page.byId('photo-add'));
    await waitFor(() => countShown(page) === '1/9', 3000, 'the photo to upload');
    expect(compressed).toEqual(['wxfile://tmp/big.jpg']);
    expect(uploaded).toEqual(['wxfile://tmp/big.jpg.recompressed.jpg']);
    expect(page.byClass('photo-picker__notice')).toEqual([]);
  });

  it('a photo still over 10 MB is named and not sent; the one beside it is', async () => {
    const page = await openForm();
    picked = [
      { tempFilePath: 'wxfile://tmp/ok.jpg', size: 3 * MB, fileType: 'image' },
      { tempFilePath: 'wxfile://tmp/huge.jpg', size: 40 * MB, fileType: 'image' },
    ];
    recompressedSize = 12 * MB;
    await page.tap(page.byId('photo-add'));
    await waitFor(() => page.text().includes('第2张照片超过10MB，压缩后仍太大，未添加'), 3000, 'the reason');
    await waitFor(() => countShown(page) === '1/9', 3000, 'the other photo to upload');
    expect(uploaded).toEqual(['wxfile://tmp/ok.jpg']);
  });

  it('with photos attached, the picker is asked only for the room that is left', async () => {
    const page = await openForm();
    picked = [1, 2, 3].map((n) => ({ tempFilePath: `wxfile://tmp/${n}.jpg`, size: MB, fileType: 'image' as const }));
    await page.tap(page.byId('photo-add'));
    await waitFor(() => countShown(page) === '3/9', 3000, 'three photos');
    picked = [{ tempFilePath: 'wxfile://tmp/4.jpg', size: MB, fileType: 'image' }];
    await page.tap(page.byId('photo-add'));
    await waitFor(() => countShown(page) === '4/9', 3000, 'a fourth');
    expect(pickerOptions.map((o) => o.count)).toEqual([9, 6]);
  });

  it('an upload that drops is sent once more, and the photo is attached', async () => {
    const page = await openForm();
    picked = [{ tempFilePath: 'wxfile://tmp/flaky.jpg', size: MB, fileType: 'image' }];
    uploadFaults = 1;
    await page.tap(page.byId('photo-add'));
    await waitFor(() => countShown(page) === '1/9', 3000, 'the photo to upload');
    expect(uploaded).toEqual(['wxfile://tmp/flaky.jpg', 'wxfile://tmp/flaky.jpg']);
    expect(page.byClass('photo-picker__notice')).toEqual([]);
  });
});

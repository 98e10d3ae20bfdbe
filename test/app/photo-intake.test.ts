// The photo limits and refusals, through the same intake the 报事 form runs: what is kept, what is
// left out and the sentence that says why, and which failures are sent again.
import { intakePhotos } from '../../src/services/photo-intake';
import { MAX_PHOTO_BYTES, screenChoice } from '../../src/services/photo-rules';
import type { PhotoFile } from '../../src/services/photo-rules';
import { outcomeOf, sendWithOneRetry, uploadFailureMessage } from '../../src/services/upload-refusals';
import type { UploadOutcome } from '../../src/services/upload-refusals';

const MB = 1024 * 1024;

function file(name: string, type = 'image/jpeg', size = 2 * MB): PhotoFile {
  return { name, type, size, source: `tmp/${name}` };
}

const photos = (count: number) => Array.from({ length: count }, (_, i) => file(`p${i + 1}.jpg`));

/** The steps around the intake: shrinking keeps the photo as it is, the route answers by file name. */
function route(answers: Record<string, UploadOutcome[]> = {}) {
  const sent: string[] = [];
  return {
    sent,
    steps: {
      shrink: async (photo: PhotoFile) => photo,
      upload: async (photo: PhotoFile): Promise<UploadOutcome> => {
        sent.push(photo.name);
        return answers[photo.name]?.shift() ?? { ok: true, fileID: `cloud://env/${photo.name}` };
      },
    },
  };
}

describe('choosing', () => {
  test('ten photos with room for nine keep the first nine and say one was left out', async () => {
    const { steps, sent } = route();
    const result = await intakePhotos(photos(10), 9, steps);
    expect(result.fileIDs).toEqual(photos(9).map((p) => `cloud://env/${p.name}`));
    expect(sent).not.toContain('p10.jpg');
    expect(result.notices).toEqual(['最多9张照片，还可添加9张，另有1张未添加']);
  });

  test('with seven photos already attached, only two more are taken', () => {
    const { kept, refusals } = screenChoice(photos(5), 2);
    expect(kept.map((p) => p.name)).toEqual(['p1.jpg', 'p2.jpg']);
    expect(refusals).toEqual(['最多9张照片，还可添加2张，另有3张未添加']);
  });

  test('a file that is not an image is named and not sent; the images beside it are', async () => {
    const { steps, sent } = route();
    const result = await intakePhotos(
      [file('报价单.pdf', 'application/pdf'), file('水管.png', 'image/png'), file('notes.txt', '')],
      9,
      steps,
    );
    expect(sent).toEqual(['水管.png']);
    expect(result.fileIDs).toEqual(['cloud://env/水管.png']);
    expect(result.notices).toEqual(['「报价单.pdf」不是图片，未添加', '「notes.txt」不是图片，未添加']);
  });

  test('a file with no type is judged by its name, and WeChat’s "image" counts as an image', () => {
    const { kept } = screenChoice([file('a.HEIC', ''), { ...file('', 'image'), source: 'wxfile://tmp_1' }], 9);
    expect(kept).toHaveLength(2);
  });

  test('a photo still over 10 MB after shrinking is named and not sent', async () => {
    const { steps, sent } = route();
    const result = await intakePhotos([file('全景.jpg', 'image/jpeg', 30 * MB), file('小.jpg')], 9, {
      ...steps,
      shrink: async (photo) => (photo.name === '全景.jpg' ? { ...photo, size: MAX_PHOTO_BYTES + 1 } : photo),
    });
    expect(sent).toEqual(['小.jpg']);
    expect(result.notices).toEqual(['「全景.jpg」超过10MB，压缩后仍太大，未添加']);
  });

  test('a 30 MB photo that shrinks under the limit is sent as shrunk', async () => {
    const { steps } = route();
    const sentSizes: number[] = [];
    const result = await intakePhotos([file('全景.jpg', 'image/jpeg', 30 * MB)], 9, {
      shrink: async (photo) => ({ ...photo, size: 900 * 1024 }),
      upload: async (photo) => {
        sentSizes.push(photo.size);
        return steps.upload(photo);
      },
    });
    expect(sentSizes).toEqual([900 * 1024]);
    expect(result.notices).toEqual([]);
  });

  test('a photo without a name (WeChat) is called by its place in the choice', async () => {
    const { steps } = route();
    const result = await intakePhotos(
      [
        { name: '', type: 'image', size: MB, source: 'wxfile://a' },
        { name: '', type: 'image', size: 11 * MB, source: 'wxfile://b' },
      ],
      9,
      steps,
    );
    expect(result.notices).toEqual(['第2张照片超过10MB，压缩后仍太大，未添加']);
  });
});

describe('the upload route refuses', () => {
  const refused = (code: string, status: number): UploadOutcome => ({ ok: false, refused: true, code, status });

  test.each([
    ['UPLOAD_NOT_BOUND', 403, '请先绑定房屋后再上传照片'],
    ['UPLOAD_NOT_IMAGE', 415, '「a.jpg」不是图片，未上传'],
    ['UPLOAD_TOO_LARGE', 413, '「a.jpg」超过10MB，未上传'],
    ['UPLOAD_QUOTA_EXCEEDED', 429, '今天上传的照片已达上限，请明天再传'],
    ['UPLOAD_RATE_LIMITED', 429, '上传太频繁，请稍候片刻再添加照片'],
  ])('%s (%i) reads "%s"', (code, status, message) => {
    const outcome = outcomeOf({ status, body: { code, errCode: -1, errMsg: 'refused' } });
    expect(outcome).toEqual(refused(code, status));
    expect(uploadFailureMessage(outcome as Exclude<UploadOutcome, { ok: true }>, '「a.jpg」')).toBe(message);
  });

  test('an answer without a known code is read by its status', () => {
    expect(outcomeOf({ status: 413, body: { code: 'BODY_TOO_LARGE' } })).toEqual(refused('UPLOAD_TOO_LARGE', 413));
    expect(outcomeOf({ status: 415, body: undefined })).toEqual(refused('UPLOAD_NOT_IMAGE', 415));
    const other = outcomeOf({ status: 400, body: { code: 'BAD_UPLOAD' } });
    expect(other).toEqual(refused('BAD_UPLOAD', 400));
    expect(uploadFailureMessage(other as Exclude<UploadOutcome, { ok: true }>, '「a.jpg」')).toBe(
      '「a.jpg」未能上传（BAD_UPLOAD），请联系物业',
    );
  });

  test('a 5xx, or a 200 without a fileID, is a fault, not a refusal', () => {
    expect(outcomeOf({ status: 502, body: { code: 'INTERNAL' } })).toEqual({ ok: false, refused: false });
    expect(outcomeOf({ status: 200, body: {} })).toEqual({ ok: false, refused: false });
    expect(outcomeOf({ status: 200, body: { fileID: 'cloud://x' } })).toEqual({ ok: true, fileID: 'cloud://x' });
  });

  test('a refused file is sent once; a fault is sent once more', async () => {
    let calls = 0;
    const refusal = await sendWithOneRetry(async () => (calls++, refused('UPLOAD_TOO_LARGE', 413)));
    expect(refusal).toEqual(refused('UPLOAD_TOO_LARGE', 413));
    expect(calls).toBe(1);

    calls = 0;
    const answers: UploadOutcome[] = [
      { ok: false, refused: false },
      { ok: true, fileID: 'cloud://y' },
    ];
    expect(await sendWithOneRetry(async () => answers[calls++])).toEqual({ ok: true, fileID: 'cloud://y' });
    expect(calls).toBe(2);
  });

  test('a fault that persists says to check the network; it is not called a refusal', () => {
    expect(uploadFailureMessage({ ok: false, refused: false }, '「a.jpg」')).toBe(
      '「a.jpg」上传失败，请检查网络后重新添加',
    );
  });

  test('an owner not bound to a unit: the first refusal stops the rest, said once', async () => {
    const { steps, sent } = route({ 'p1.jpg': [refused('UPLOAD_NOT_BOUND', 403)] });
    const result = await intakePhotos(photos(3), 9, steps);
    expect(sent).toEqual(['p1.jpg']);
    expect(result.fileIDs).toEqual([]);
    expect(result.notices).toEqual(['请先绑定房屋后再上传照片', '另有2张未上传']);
  });

  test('a refusal of one file leaves the others to go through', async () => {
    const { steps, sent } = route({ 'p2.jpg': [refused('UPLOAD_NOT_IMAGE', 415)] });
    const result = await intakePhotos(photos(3), 9, steps);
    expect(sent).toEqual(['p1.jpg', 'p2.jpg', 'p3.jpg']);
    expect(result.fileIDs).toEqual(['cloud://env/p1.jpg', 'cloud://env/p3.jpg']);
    expect(result.notices).toEqual(['「p2.jpg」不是图片，未上传']);
  });

  test('progress counts every file it will send, and settles each', async () => {
    const { steps } = route({ 'p1.jpg': [refused('UPLOAD_RATE_LIMITED', 429)] });
    let pending = 0;
    await intakePhotos(photos(4), 9, steps, {
      onScreened: (count) => (pending = count),
      onSettled: () => (pending -= 1),
    });
    expect(pending).toBe(0);
  });
});

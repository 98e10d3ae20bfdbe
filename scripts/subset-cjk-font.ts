/**
 * Makes the Chinese font the printed request (archive.printTicket) is set in: Noto Sans SC
 * Regular (SIL OFL 1.1), cut down to ASCII, the punctuation and forms Chinese text uses and the
 * 6,763 characters of GB 2312, so the cloud function carries about 2 MB instead of 10 MB.
 *
 *   npx tsx scripts/subset-cjk-font.ts <NotoSansSC-Regular.ttf>
 *
 * The source is NotoSansSC_400Regular.ttf of the npm package @expo-google-fonts/noto-sans-sc
 * (0.4.3). A character outside the subset prints as a blank box; pdfkit embeds only the glyphs a
 * document uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const output = path.resolve(__dirname, '../cloudfunctions/archive/assets/NotoSansSC-Subset.ttf');

/** Every character GB 2312 encodes (rows 0xA1–0xF7, cells 0xA1–0xFE), decoded as GBK. */
function gb2312Characters(): string {
  const decoder = new TextDecoder('gbk');
  let text = '';
  for (let row = 0xa1; row <= 0xf7; row += 1)
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch !== '\ufffd') text += ch;
    }
  return text;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npx tsx scripts/subset-cjk-font.ts <NotoSansSC-Regular.ttf>');
  const characters =
    range(0x20, 0x7e) + // ASCII
    range(0xa0, 0xff) + // Latin-1
    range(0x2010, 0x2027) + // dashes, quotes, ellipsis
    range(0x3000, 0x303f) + // CJK punctuation
    range(0xff01, 0xff5e) + // full-width forms
    '¥×÷·—…※○●□■△▲☆★①②③④⑤⑥⑦⑧⑨⑩' +
    gb2312Characters();
  const subset = await subsetFont(fs.readFileSync(source), characters, { targetFormat: 'truetype' });
  fs.writeFileSync(output, subset);
  console.log(`${characters.length} characters, ${(subset.length / 1024).toFixed(0)} KiB → ${output}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// The text of a PDF, extracted by unpdf (PDF.js) in a child Node process: PDF.js loads itself with
// a dynamic import, which jest's module sandbox refuses.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

const EXTRACT = `
import { extractText, getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { text } = await extractText(document, { mergePages: true });
process.stdout.write(text);
`;

export function pdfText(pdf: Uint8Array): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', EXTRACT], {
    cwd: root,
    input: pdf,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

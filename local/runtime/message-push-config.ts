/**
 * `cloudfunctions/message-push.json`: which function receives each event WeChat pushes (消息推送),
 * `{ "<event>": "<function>" }` — what the cloud console's 消息推送 settings hold. May be absent.
 */
import * as fs from 'fs';
import { invalidConfig } from './errors';

export function readMessagePush(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalidConfig(`message push config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || Object.values(raw).some((v) => typeof v !== 'string'))
    throw invalidConfig(`message push config ${file} must be { "<event>": "<function>" }`);
  return raw as Record<string, string>;
}

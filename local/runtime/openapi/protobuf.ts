/**
 * Just enough protobuf for `wx.openApi`: wx-server-sdk sends a `CommApiData` message and expects a
 * `CommOpenApiResp` back (field numbers from the SDK's bundled `protobuf/openapi.js`).
 *
 *   CommApiData     { 1 apiType: int32, 2 openapiData: OpenApiData, 6 appid: string }
 *   OpenApiData     { 1 pairs: repeated KeyValuePair }
 *   KeyValuePair    { 1 key: string, 2 value: bytes, 3 contenttype: string, 4 filename: string }
 *   CommOpenApiResp { 1 respData: bytes, 2 contentType: string, 3 errorCode: int32, 4 httpCode: uint32 }
 */

export interface KeyValuePair {
  key: string;
  value: Buffer;
  contentType?: string;
  filename?: string;
}

export interface CommApiData {
  apiType: number;
  pairs: KeyValuePair[];
  appid?: string;
}

export class ProtobufError extends Error {
  constructor(message: string) {
    super(`openapi protobuf: ${message}`);
    this.name = 'ProtobufError';
  }
}

type Field = { no: number; wire: number; varint?: bigint; bytes?: Buffer };

function* fields(buf: Buffer): Generator<Field> {
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw new ProtobufError('truncated varint');
      const byte = buf[pos++];
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
      shift += 7n;
      if (shift > 63n) throw new ProtobufError('varint too long');
    }
  };
  while (pos < buf.length) {
    const tag = Number(varint());
    const no = tag >>> 3;
    const wire = tag & 7;
    if (wire === 0) yield { no, wire, varint: varint() };
    else if (wire === 2) {
      const len = Number(varint());
      if (pos + len > buf.length) throw new ProtobufError('truncated bytes');
      yield { no, wire, bytes: buf.subarray(pos, pos + len) };
      pos += len;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new ProtobufError(`unsupported wire type ${wire}`);
  }
}

export function decodeCommApiData(buf: Buffer): CommApiData {
  const out: CommApiData = { apiType: 0, pairs: [] };
  for (const f of fields(buf)) {
    if (f.no === 1 && f.varint !== undefined) out.apiType = Number(BigInt.asIntN(32, f.varint));
    else if (f.no === 6 && f.bytes) out.appid = f.bytes.toString('utf8');
    else if (f.no === 2 && f.bytes) {
      for (const p of fields(f.bytes)) {
        if (p.no === 1 && p.bytes) out.pairs.push(decodePair(p.bytes));
      }
    }
  }
  return out;
}

function decodePair(buf: Buffer): KeyValuePair {
  const pair: KeyValuePair = { key: '', value: Buffer.alloc(0) };
  for (const f of fields(buf)) {
    if (!f.bytes) continue;
    if (f.no === 1) pair.key = f.bytes.toString('utf8');
    else if (f.no === 2) pair.value = Buffer.from(f.bytes);
    else if (f.no === 3) pair.contentType = f.bytes.toString('utf8');
    else if (f.no === 4) pair.filename = f.bytes.toString('utf8');
  }
  return pair;
}

function encodeVarint(value: bigint): Buffer {
  let v = BigInt.asUintN(64, value);
  const bytes: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v) byte |= 0x80;
    bytes.push(byte);
  } while (v);
  return Buffer.from(bytes);
}

const tag = (no: number, wire: number): Buffer => encodeVarint(BigInt((no << 3) | wire));
const lengthDelimited = (no: number, bytes: Buffer): Buffer =>
  Buffer.concat([tag(no, 2), encodeVarint(BigInt(bytes.length)), bytes]);

export interface CommOpenApiResp {
  respData?: Buffer;
  contentType?: string;
  errorCode?: number;
  httpCode?: number;
}

export function encodeCommOpenApiResp(resp: CommOpenApiResp): Buffer {
  const parts: Buffer[] = [];
  if (resp.respData) parts.push(lengthDelimited(1, resp.respData));
  if (resp.contentType !== undefined) parts.push(lengthDelimited(2, Buffer.from(resp.contentType, 'utf8')));
  if (resp.errorCode !== undefined) parts.push(tag(3, 0), encodeVarint(BigInt(resp.errorCode)));
  if (resp.httpCode !== undefined) parts.push(tag(4, 0), encodeVarint(BigInt(resp.httpCode)));
  return Buffer.concat(parts);
}

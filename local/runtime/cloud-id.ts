/**
 * A stand-in for WeChat's CloudID: in WeChat, `wx.cloud.CloudID(cloudID)` as a top-level field of
 * callFunction's data reaches the function decoded, `{ cloudID, data: { … } }`. Here there is no
 * WeChat to ask, so the cloudIDs the runtime understands carry their data: `local-group:<opengid>`
 * is what `getGroupEnterInfo` gives for a card opened in group `<opengid>`. Any other cloudID
 * reaches the function as WeChat answers one it cannot decode: `{ cloudID, errCode, errMsg }`.
 */
const LOCAL_GROUP = /^local-group:([A-Za-z0-9_-]{1,64})$/;
export const INVALID_CLOUD_ID = -601005;

/** The cloudID a test or the H5 dev build passes for "opened from group `opengid`". */
export const localGroupCloudID = (opengid: string): { cloudID: string } => ({ cloudID: `local-group:${opengid}` });

function isCloudIdField(value: unknown): value is { cloudID: string } {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { cloudID?: unknown }).cloudID === 'string'
  );
}

/** Decodes the top-level CloudID fields of a client's event, as the cloud does. */
export function decodeCloudIds(event: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(event)) {
    if (!isCloudIdField(value)) continue;
    const group = LOCAL_GROUP.exec(value.cloudID);
    event[key] = group
      ? { cloudID: value.cloudID, data: { opengid: group[1] } }
      : { cloudID: value.cloudID, errCode: INVALID_CLOUD_ID, errMsg: 'invalid cloudID' };
  }
  return event;
}

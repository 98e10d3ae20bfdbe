/**
 * The local WeChat cloud: runs the project's bundled cloud functions, unmodified, with the genuine
 * wx-server-sdk — database, identities, callFunction, storage, open API outbox, network guard,
 * timer triggers — and an HTTP gateway for the H5 app. See docs/local-runtime.md.
 */
export { createLocalCloud, DEFAULT_APP_ID, LOCAL_ENV_ID } from './runtime/cloud';
export type { LocalCloud, LocalCloudOptions, TimerRun, ContentCheckControl, MediaCheckDelivery } from './runtime/cloud';
export { localGroupCloudID } from './runtime/cloud-id';
export { readMessagePush } from './runtime/message-push-config';
export type { MediaVerdict, PendingMediaCheck } from './runtime/openapi/content-check';
export type { OutboxEntry, OutboxAnswer } from './runtime/openapi/outbox';
export type { BlockedConnection, Caller } from './runtime/context';
export { LocalCloudError, RuntimeErrorCodes } from './runtime/errors';
export type { RuntimeErrorCode } from './runtime/errors';
export { GatewayErrorCodes } from './gateway/responses';

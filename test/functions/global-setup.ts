// The function tests run the bundles, exactly as WeChat would: build them once per run.
import { buildCloudFunctions } from '../../scripts/build-cloudfunctions';

export default async function globalSetup(): Promise<void> {
  await buildCloudFunctions(() => undefined);
}

// From the files an owner chose to the fileIDs a request keeps: screen, shrink, send, and one
// sentence for every file that did not make it.
import { isTooLarge, photoLabel, screenChoice, tooLargeMessage } from './photo-rules';
import type { PhotoFile } from './photo-rules';
import { uploadFailureMessage } from './upload-refusals';
import type { UploadOutcome } from './upload-refusals';

/** Refusals about the owner, not the file: the rest of the choice would be refused alike. */
const STOPS_THE_REST = new Set(['UPLOAD_NOT_BOUND', 'UPLOAD_QUOTA_EXCEEDED', 'UPLOAD_RATE_LIMITED']);

export interface IntakeSteps {
  shrink(photo: PhotoFile): Promise<PhotoFile>;
  upload(photo: PhotoFile): Promise<UploadOutcome>;
}

export interface Intake {
  fileIDs: string[];
  /** why each file left out was left out, without repeats */
  notices: string[];
}

/** Runs after the choice is screened: `onScreened` tells how many will be sent, `onSettled` each one done. */
export async function intakePhotos(
  files: PhotoFile[],
  room: number,
  steps: IntakeSteps,
  progress: { onScreened?(count: number, notices: string[]): void; onSettled?(): void } = {},
): Promise<Intake> {
  const { kept, refusals } = screenChoice(files, room);
  const notices = [...refusals];
  progress.onScreened?.(kept.length, [...notices]);
  const fileIDs: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const label = photoLabel(kept[i], files.indexOf(kept[i]));
    const photo = await steps.shrink(kept[i]);
    if (isTooLarge(photo)) {
      notices.push(tooLargeMessage(label));
      progress.onSettled?.();
      continue;
    }
    const outcome = await steps.upload(photo);
    progress.onSettled?.();
    if (outcome.ok) {
      fileIDs.push(outcome.fileID);
      continue;
    }
    notices.push(uploadFailureMessage(outcome, label));
    if (outcome.refused && STOPS_THE_REST.has(outcome.code)) {
      const rest = kept.length - i - 1;
      if (rest > 0) notices.push(`另有${rest}张未上传`);
      for (let r = 0; r < rest; r++) progress.onSettled?.();
      break;
    }
  }
  return { fileIDs, notices: [...new Set(notices)] };
}

import { assertManages, SURVEY_MANAGERS } from '../../domain/surveys/access';
import { communityInput, saveSurveySettingsInput } from '../../domain/surveys/schemas';
import { settingsOf } from '../../domain/surveys/settings';
import type { SurveySettings } from '../../domain/surveys/settings';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/** A community's survey settings (the defaults where none are stored). One request. */
export const settings = defineAction({
  schema: communityInput,
  roles: SURVEY_MANAGERS,
  async run({ communityId }, { caller, repos }): Promise<SurveySettings> {
    assertManages(caller, communityId);
    return settingsOf(await repos.surveys.settingsOf(communityId));
  },
});

/** Replaces a community's survey settings; surveys created after use them. One request. */
export const saveSettings = defineAction({
  schema: saveSurveySettingsInput,
  roles: SURVEY_MANAGERS,
  async run({ communityId, settings: next }, { caller, now, repos }): Promise<SurveySettings> {
    assertManages(caller, communityId);
    await repos.surveys.saveSettings(communityId, next, toIso(now), caller.openid);
    return next;
  },
});

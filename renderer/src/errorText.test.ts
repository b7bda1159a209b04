import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { I18N_OPTIONS } from '../../shared/i18n.ts';
import { errorText } from './errorText.ts';
import { shownError } from './stores/notices.ts';

const i18n = i18next.createInstance();
void i18n.init({ ...I18N_OPTIONS, lng: 'nl' });

const refused = new ApiError({
  code: 'read-only',
  reason: 'folderNotWritableDenied',
  params: { folder: '/mnt/adr' },
  message: 'Cannot write into /mnt/adr: permission denied. Nothing was written.',
});

describe('a failure as the user reads it', () => {
  it("is the back end's reason in the screen's language, with its params filled in", () => {
    expect(errorText(i18n.getFixedT('nl'), shownError(refused))).toBe(
      'Kan niet schrijven in /mnt/adr: geen toestemming. Er is niets geschreven.',
    );
    expect(errorText(i18n.getFixedT('en'), shownError(refused))).toBe(refused.message);
  });

  it('is its own message where it has no reason (a failure in the page itself)', () => {
    expect(errorText(i18n.getFixedT('nl'), shownError(new Error('The layout worker stopped')))).toBe(
      'The layout worker stopped',
    );
    expect(errorText(i18n.getFixedT('nl'), shownError('plain text'))).toBe('plain text');
  });
});

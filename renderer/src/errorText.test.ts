import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { I18N_OPTIONS } from '../../shared/i18n.ts';
import { errorText } from './errorText.ts';
import { shownError, type ShownError } from './stores/notices.ts';

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
      'Kan niet schrijven in \u2068/mnt/adr\u2069: geen toestemming. Er is niets geschreven.',
    );
    expect(errorText(i18n.getFixedT('en'), shownError(refused))).toBe(
      'Cannot write into \u2068/mnt/adr\u2069: permission denied. Nothing was written.',
    );
  });

  it('keeps a right-to-left override in a file name from reordering the sentence around it', () => {
    const file = 'verslag\u202Enosj.json';
    const text = errorText(i18n.getFixedT('nl'), { reason: 'sessionFileNotJson', params: { file }, message: '' });
    expect(text).toContain(`\u2068${file}\u2069 is geen sessiebestand`);
  });

  it('is the English message where this page knows no sentence for the reason (another version of the host)', () => {
    const unknown = { reason: 'somethingNew', message: 'Something new went wrong' } as unknown as ShownError;
    expect(errorText(i18n.getFixedT('nl'), unknown)).toBe('Something new went wrong');
  });

  it('is its own message where it has no reason (a failure in the page itself)', () => {
    expect(errorText(i18n.getFixedT('nl'), shownError(new Error('The layout worker stopped')))).toBe(
      'The layout worker stopped',
    );
    expect(errorText(i18n.getFixedT('nl'), shownError('plain text'))).toBe('plain text');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, translator } from '../core/index.ts';
import { startMiniCore } from '../testing/miniCore.ts';
import { useTempDirs } from '../testing/tempDirs.ts';
import {
  aboutMessage,
  chosenLanguage,
  folderQuestion,
  menuTemplate,
  recoveryChoice,
  recoveryQuestion,
  systemLanguage,
} from './desktopText.ts';

// The desktop shell's own words, checked without Electron: the menu and dialogs are built from these.
const dir = useTempDirs();

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'separator' ? [] : [item.label ?? `(no label: ${item.role})`]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

async function damagedDatabase(): Promise<DatabaseOpenError> {
  const root = dir();
  const dataDir = join(root, 'data');
  (await startMiniCore(root, dataDir)).close();
  writeFileSync(join(dataDir, 'boardwalk.db'), 'garbage '.repeat(1000));
  const error = await startMiniCore(root, dataDir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatabaseOpenError);
  return error as DatabaseOpenError;
}

describe("the desktop's language", () => {
  it("is the system's before the page says, Dutch only on a Dutch system", () => {
    expect(systemLanguage(['nl-NL', 'en-US'])).toBe('nl');
    expect(systemLanguage(['nl-BE'])).toBe('nl');
    expect(systemLanguage(['en-GB', 'nl-NL'])).toBe('en');
    expect(systemLanguage(['de-DE'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('follows only a language the app knows', () => {
    expect(chosenLanguage('nl')).toBe('nl');
    expect(chosenLanguage('en')).toBe('en');
    for (const odd of ['fr', '', null, { language: 'nl' }]) expect(chosenLanguage(odd)).toBeUndefined();
  });
});

describe('the menu', () => {
  it("labels every entry in the chosen language, so none of Electron's English defaults shows", () => {
    const dutch = labels(menuTemplate(translator('nl'), () => {}));
    const english = labels(menuTemplate(translator('en'), () => {}));
    expect(dutch).toHaveLength(english.length);
    expect(dutch.filter((label) => label.startsWith('(no label'))).toEqual([]);
    expect(dutch).toEqual(expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Ongedaan maken', 'Over Boardwalk']));
    expect(english).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Undo', 'About Boardwalk']));
    // Only "Help" is the same word in both.
    expect(dutch.filter((label, index) => label === english[index])).toEqual(['Help']);
  });

  it("runs the Edit menu's undo and redo as the page's commands, with their keys left to the page except on macOS", () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ran: string[] = [];
      const edit = menuTemplate(
        translator('en'),
        () => {},
        (command) => ran.push(command),
        platform,
      )[1]!;
      const [undo, redo] = edit.submenu as MenuItemConstructorOptions[];
      expect([undo!.role, redo!.role]).toEqual([undefined, undefined]);
      (undo!.click as () => void)();
      (redo!.click as () => void)();
      expect(ran).toEqual(['undo', 'redo']);
      expect([undo!.accelerator, undo!.registerAccelerator]).toEqual(['CommandOrControl+Z', platform === 'darwin']);
    }
  });

  it('shows the about text when asked', () => {
    let shown = 0;
    const help = menuTemplate(translator('nl'), () => shown++).at(-1)!;
    const about = (help.submenu as MenuItemConstructorOptions[])[0]!;
    (about.click as () => void)();
    expect(shown).toBe(1);
    expect(aboutMessage(translator('nl')).message).toContain('beslisborden');
  });
});

describe('the dialog for a damaged database', () => {
  it('says in Dutch what happened and where the file went, and offers the backup, an empty start or quitting', async () => {
    const error = await damagedDatabase();
    const question = recoveryQuestion(translator('nl'), error);
    expect(question.message).toBe('Boardwalk kon zijn database niet lezen');
    expect(question.detail).toContain(`De database was beschadigd (`);
    expect(question.detail).toContain(`en is verplaatst naar ${String(error.details.movedTo)}`);
    expect(question.detail).toContain('Er is niets verwijderd');
    expect(question.buttons).toHaveLength(3);
    expect(question.buttons![0]).toMatch(/^De back-up van \d{4}-\d\d-\d\d \d\d:\d\d terugzetten$/);
    expect(question.buttons!.slice(1)).toEqual(['Beginnen met een lege database', 'Afsluiten']);
    expect(question.cancelId).toBe(2);
    expect([0, 1, 2, 7].map((response) => recoveryChoice(error, response))).toEqual([
      'restore',
      'start-empty',
      'quit',
      'quit',
    ]);
  });

  it('offers no backup where there is none, and says the same in English', async () => {
    const error = await damagedDatabase();
    delete error.details.newestBackupTakenAt;
    const question = recoveryQuestion(translator('en'), error);
    expect(question.detail).toContain(error.message);
    expect(question.buttons).toEqual(['Start with an empty database', 'Quit']);
    expect([0, 1].map((response) => recoveryChoice(error, response))).toEqual(['start-empty', 'quit']);
  });
});

it('the folder dialog asks in the chosen language', () => {
  expect(folderQuestion(translator('nl'))).toEqual({
    title: 'Kies een map voor het verslag',
    buttonLabel: 'Hier schrijven',
  });
});

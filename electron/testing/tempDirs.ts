import { afterEach } from 'vitest';
import { tempDir } from './fixtures.ts';

/** For a test file: `const dir = useTempDirs();` then `dir()` gives a folder removed after each test. */
export function useTempDirs(): () => string {
  const made: (() => void)[] = [];
  afterEach(() => made.splice(0).forEach((remove) => remove()));
  return () => {
    const folder = tempDir();
    made.push(folder.remove);
    return folder.path;
  };
}

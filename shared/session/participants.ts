/**
 * The participants typed as one comma-separated line: trimmed, blanks dropped, and a name typed
 * twice (in any case) kept once, as first typed. Votes are kept by name, so a name must be unique.
 */
export function participantNames(typed: string): string[] {
  const seen = new Set<string>();
  return typed
    .split(',')
    .map((name) => name.trim())
    .filter((name) => {
      const key = name.toLocaleLowerCase();
      if (!name || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

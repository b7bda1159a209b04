const MARKER = '\u0001';

/**
 * A translated sentence with named blanks, translated once and filled many times: on a board of
 * thousands of nodes, asking i18next for every node's name costs more than the rest of drawing it.
 */
export function translatedTemplate<Name extends string>(
  translate: (values: Record<Name, string>) => string,
  names: readonly Name[],
): (values: Record<Name, string>) => string {
  const markers = Object.fromEntries(names.map((name, index) => [name, `${MARKER}${index}${MARKER}`])) as Record<
    Name,
    string
  >;
  const parts = translate(markers).split(new RegExp(`${MARKER}(\\d+)${MARKER}`));
  return (values) =>
    parts.map((part, index) => (index % 2 === 1 ? (values[names[Number(part)]!] ?? '') : part)).join('');
}

/** Builds the page from text nodes only: board and user text never becomes markup. */
export type Child = Node | string;

type Attributes = Record<string, string | undefined | (() => void)> & { text?: string };

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'text') node.textContent = value as string;
    else if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== '') node.append(child);
  return node;
}

/**
 * Replaces the page's content, keeping the keyboard where it was: the element with the same
 * `data-key` gets the focus back, and typed text in a field of the same key is kept.
 */
export function render(root: HTMLElement, children: Child[]): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const typed = new Map<string, string>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-key]'))
    typed.set(input.dataset.key!, input.value);
  root.replaceChildren(...children.filter((child) => child !== ''));
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-key]'))
    input.value = typed.get(input.dataset.key!) ?? '';
  if (active) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`)?.focus();
}

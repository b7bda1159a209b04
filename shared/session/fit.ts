import type { Item } from '../board/schema.ts';
import { ABSTAIN } from '../room.ts';
import type { OutcomeFields } from './schema.ts';

/** Something in an outcome that does not add up, with where it is inside the outcome. */
export interface OutcomeMisfit {
  path: (string | number)[];
  message: string;
}

/**
 * What in an outcome does not fit its item and session: an option the item lacks, a checklist
 * line it does not have, a vote by someone who is not a participant or for an unknown option.
 */
export function outcomeMisfits(
  item: Item,
  participants: readonly string[],
  fields: Partial<OutcomeFields>,
): OutcomeMisfit[] {
  const options = new Set(item.options.map((option) => option.id));
  const people = new Set(participants);
  const misfits: OutcomeMisfit[] = [];
  if (fields.chosenOption && !options.has(fields.chosenOption))
    misfits.push({ path: ['chosenOption'], message: `Item '${item.id}' has no option '${fields.chosenOption}'` });
  for (const line of Object.keys(fields.checklist ?? {}))
    if (Number(line) >= item.checklist.length)
      misfits.push({ path: ['checklist', line], message: `Item '${item.id}' has no checklist line ${line}` });
  for (const [participant, optionId] of Object.entries(fields.votes ?? {})) {
    if (!people.has(participant))
      misfits.push({ path: ['votes', participant], message: `'${participant}' is not a participant of the session` });
    if (!options.has(optionId) && optionId !== ABSTAIN)
      misfits.push({ path: ['votes', participant], message: `Item '${item.id}' has no option '${optionId}'` });
  }
  return misfits;
}

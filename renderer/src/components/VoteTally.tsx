import { useTranslation } from 'react-i18next';
import type { ItemOption } from '../../../shared/board/schema.ts';

/** Who voted for an option, in the order the participants are listed. */
export function votersOf(optionId: string, votes: Readonly<Record<string, string>>, participants: readonly string[]) {
  return participants.filter((participant) => votes[participant] === optionId);
}

/** "2 votes: Anouk, Bram" beside an option; nothing before anyone voted for it. */
export function VoteTally({
  option,
  votes,
  participants,
}: {
  option: ItemOption;
  votes: Readonly<Record<string, string>>;
  participants: readonly string[];
}) {
  const { t } = useTranslation();
  const voters = votersOf(option.id, votes, participants);
  return (
    <span className="vote-tally" data-option-id={option.id} data-votes={voters.length}>
      {voters.length === 0 ? t('votes.none') : t('votes.tally', { count: voters.length, names: voters.join(', ') })}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';
import { ShortTextInput } from './ShortTextInput.tsx';

interface Props {
  title: string;
  onTitle: (title: string) => void;
  facilitator: string;
  onFacilitator: (facilitator: string) => void;
}

/** What every new session is asked first: its title (where the keyboard starts) and who leads it. */
export function TitleAndFacilitator({ title, onTitle, facilitator, onFacilitator }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('sessions.title')}>
        <ShortTextInput required value={title} onChange={onTitle} autoFocus />
      </Field>
      <Field label={t('sessions.facilitator')}>
        <ShortTextInput required value={facilitator} onChange={onFacilitator} />
      </Field>
    </>
  );
}

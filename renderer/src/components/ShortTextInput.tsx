import type { InputHTMLAttributes } from 'react';
import { SHORT_TEXT_MAX } from '../../../shared/session/schema.ts';

type ShortTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'maxLength'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A title, a name or an owner: typing stops at the back end's limit, so none is refused for its length. */
export function ShortTextInput({ value, onChange, ...input }: ShortTextInputProps) {
  return (
    <input {...input} value={value} maxLength={SHORT_TEXT_MAX} onChange={(event) => onChange(event.target.value)} />
  );
}

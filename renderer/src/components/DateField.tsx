import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatDate, parseDate } from '../../../shared/dates.ts';
import { usePreferences } from '../stores/index.ts';

/**
 * A date typed as people of the UI language write it (31-12-2026, 31/12/2026), stored as ISO.
 * A browser's own date input follows the system's locale instead of the app's language.
 */
export function DateField({
  id,
  value,
  onChange,
  required = false,
  onValidity,
}: {
  id?: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  required?: boolean;
  /** Told whether the text is a date (or empty where that is allowed), so a form can hold back saving. */
  onValidity?: (valid: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const [text, setText] = useState(() => (value ? formatDate(value, language) : ''));
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  /** The value last sent up from typing: coming back down, it must not rewrite what is being typed. */
  const typed = useRef<string | null | undefined>(undefined);
  const shownLanguage = useRef(language);

  // Shown afresh in the language's format when the language changes, or the value changes other
  // than by typing (an undo, another session): never while someone types.
  useEffect(() => {
    const languageChanged = shownLanguage.current !== language;
    shownLanguage.current = language;
    if (typed.current === value && !languageChanged) return;
    typed.current = undefined;
    setText(value ? formatDate(value, language) : '');
    setInvalid(false);
  }, [value, language]);

  const take = (entered: string) => {
    setText(entered);
    const parsed = parseDate(entered);
    const ok = parsed !== undefined && !(required && parsed === null);
    setInvalid(!ok);
    onValidity?.(ok);
    if (ok && parsed !== value) {
      typed.current = parsed;
      onChange(parsed);
    }
  };

  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        required={required}
        value={text}
        placeholder={datePattern(language)}
        aria-invalid={invalid || undefined}
        aria-describedby={hintId}
        onChange={(event) => take(event.target.value)}
        onBlur={() => {
          typed.current = undefined;
          if (!invalid && value) setText(formatDate(value, language));
        }}
      />
      <span id={hintId} className={invalid ? 'field-error' : 'field-hint'}>
        {invalid ? t('dates.invalid', { pattern: datePattern(language) }) : datePattern(language)}
      </span>
    </>
  );
}

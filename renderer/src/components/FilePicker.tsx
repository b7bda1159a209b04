import type { InputHTMLAttributes } from 'react';

type FilePickerProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & {
  label: string;
  /** What the button says, in the UI's language: the browser's own says "Choose File" in its locale. */
  choose: string;
};

/**
 * A file input shown as a button of our own words. The input stays in the page (hidden only from
 * sight), so Tab reaches it, Space opens the chooser, and the label names it.
 */
export function FilePicker({ label, choose, ...input }: FilePickerProps) {
  return (
    <label className="file-picker">
      {label}
      <span className="file-picker-button" aria-hidden="true">
        {choose}
      </span>
      <input type="file" className="visually-hidden" {...input} />
    </label>
  );
}

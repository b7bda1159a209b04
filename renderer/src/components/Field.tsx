import { useId, type ReactElement } from 'react';
import { cloneElement } from 'react';

/** A label tied to its control by id, so the label's name is exactly its text whatever the control holds. */
export function Field({ label, children }: { label: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}

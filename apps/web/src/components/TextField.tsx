import type { InputHTMLAttributes } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The id of the message that explains what is wrong; marks the field invalid while set. */
  errorId?: string;
}

/** A labelled input, wired for screen readers: the label names it and an error message describes it. */
export function TextField({ id, label, value, onChange, errorId, ...input }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
    </div>
  );
}

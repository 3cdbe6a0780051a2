/** A failed action's message, announced to screen readers; `id` lets the fields it concerns point to it. */
export function ActionError({ message, id }: { message?: string; id?: string }) {
  return message ? (
    <p id={id} role="alert" className="notice notice-error">
      {message}
    </p>
  ) : null;
}

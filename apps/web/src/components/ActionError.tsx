/** A failed action's message, announced to screen readers. */
export function ActionError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="notice notice-error">
      {message}
    </p>
  ) : null;
}

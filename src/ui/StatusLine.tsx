/** The outcome of a save or an action: announced politely when it worked, as an alert when not. */
export interface Status {
  error: boolean;
  text: string;
}

export function StatusLine({ status, inline = false }: { status: Status | null; inline?: boolean }) {
  if (!status) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'good'}>
      {status.text}
    </Tag>
  );
}

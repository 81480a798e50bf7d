import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../../ui/button';

export const MAX_REPLY_CHARS = 5000;

/** The reply box: refuses an empty reply with a reason, submits with Ctrl/⌘+Enter. */
export function ReplyComposer({
  initial = '',
  personaName,
  onSubmit,
  draft,
}: {
  initial?: string;
  personaName: string;
  onSubmit: (reply: string) => void;
  /** Where the text being typed is kept until it is sent. */
  draft?: { load: () => string; save: (text: string) => void };
}) {
  const [reply, setReply] = useState(() => initial || draft?.load() || '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function submit(e?: FormEvent) {
    e?.preventDefault();
    if (reply.trim().length === 0) {
      setError(`Write a reply to ${personaName} first: an empty reply can't be graded.`);
      return;
    }
    onSubmit(reply);
    draft?.save('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="block text-sm font-medium">
        Your reply
      </label>
      <textarea
        id={id}
        value={reply}
        autoFocus
        rows={4}
        maxLength={MAX_REPLY_CHARS}
        onChange={(e) => {
          setReply(e.target.value);
          draft?.save(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help ${error ? `${id}-error` : ''}`}
        className="block w-full resize-y rounded-lg border border-slate-300 bg-white p-3 leading-6 shadow-inner focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        placeholder={`Reply to ${personaName}…`}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
      <div className="flex items-center justify-between gap-2">
        <p id={`${id}-help`} className="text-xs text-slate-500">
          {reply.length.toLocaleString()} / {MAX_REPLY_CHARS.toLocaleString()} characters · Ctrl+Enter to send
        </p>
        <Button type="submit">Send reply</Button>
      </div>
    </form>
  );
}

/**
 * "Are you sure?" for a step that cannot be taken back (restoring a backup, revoking a device), in place under
 * its row: the question takes the focus — not the button — so a stray Enter does nothing, and where a warning
 * is given the step waits until its box is ticked.
 */
import { useEffect, useRef, useState } from 'react';
import { SaveBar, useSaveForm } from './form-kit';

export function DangerConfirm(props: {
  question: string;
  /** A consequence to read and tick first. */
  warning?: { text: string; ack: string; role?: 'alert' } | undefined;
  yesLabel: string;
  onYes: () => Promise<void>;
  onCancel: () => void;
}) {
  const [understood, setUnderstood] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  const form = useSaveForm([]);
  const { warning } = props;
  return (
    <form className="admin-confirm" onSubmit={form.submit(props.onYes)}>
      <p className="admin-confirm__question" ref={question} tabIndex={-1}>
        {props.question}
      </p>
      {warning && (
        <div className="admin-message admin-message--warning" role={warning.role}>
          <p>{warning.text}</p>
          <label className="admin-choice">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            <span className="admin-choice__text">{warning.ack}</span>
          </label>
        </div>
      )}
      <SaveBar
        busy={form.busy}
        problem={form.problem}
        onCancel={props.onCancel}
        saveLabel={props.yesLabel}
        busyLabel={props.yesLabel}
        saveDisabled={!!warning && !understood}
        danger
      />
    </form>
  );
}

import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import './modal.css';

/**
 * A dialog with a form: Enter confirms, Esc cancels, focus starts in it. Uses the platform's <dialog> so focus
 * stays inside while it is open.
 */
export function Modal(props: {
  title: string;
  confirmLabel: string;
  /** Instead of "Huỷ", where that would be read as the action itself (e.g. cancelling a number). */
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <dialog
      ref={dialog}
      className="modal"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={submit} className="modal__form">
        <h2 className="modal__title">{props.title}</h2>
        {props.children}
        {props.error && (
          <p className="notice notice--error" role="alert">
            {props.error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button button--quiet" onClick={props.onCancel}>
            {props.cancelLabel ?? t('cancel')} <kbd>Esc</kbd>
          </button>
          <button type="submit" className="button button--primary" disabled={props.busy}>
            {props.confirmLabel} <kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ErrorSummary, type FormError } from "../../components/form.js";
import { ModalDialog } from "../../components/ModalDialog.js";
import { useRt } from "../i18n/index.js";

/**
 * A recorded item (where the statement was sent, a response) that staff can correct in place or
 * remove after confirming. `name` says which one to assistive technology ("Edit: Aluehallitus,
 * 2 May 2026", the visible word first); the edit form's first field gets the focus, and the Edit
 * button gets it back.
 */
export function CorrectableItem(props: {
  name: string;
  children: ReactNode;
  manage: boolean;
  /** The edit form's fields; `onEdit` fills them from the item as it is. */
  fields: ReactNode;
  onEdit: () => void;
  /** Saves the form; calls `done` once saved (errors stay in `errors`, the form stays open). */
  save: { run: (done: () => void) => void; pending: boolean; errors: FormError[]; attempt: number };
  remove: { run: () => void; pending: boolean; failed: boolean };
}) {
  const { rt, t } = useRt();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  return (
    <li className="roundtable-sent">
      {props.children}
      {props.manage && !editing ? (
        <div className="roundtable-item-actions">
          <button
            ref={editButton}
            type="button"
            className="button button--quiet"
            aria-label={`${rt("staff.edit")}: ${props.name}`}
            onClick={() => {
              props.onEdit();
              setEditing(true);
            }}
          >
            {rt("staff.edit")}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={props.remove.pending}
            aria-label={`${rt("staff.remove")}: ${props.name}`}
            onClick={() => setConfirming(true)}
          >
            {rt("staff.remove")}
          </button>
          {props.remove.failed ? <p role="alert">{rt("staff.removeFailed")}</p> : null}
        </div>
      ) : null}
      {editing ? (
        <form
          ref={form}
          noValidate
          aria-label={`${rt("staff.edit")}: ${props.name}`}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            props.save.run(close);
          }}
        >
          <ErrorSummary errors={props.save.errors} attempt={props.save.attempt} />
          {props.fields}
          <div className="roundtable-item-actions">
            <button type="submit" disabled={props.save.pending}>
              {rt("staff.saveChanges")}
            </button>
            <button type="button" className="button button--quiet" onClick={close}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      <ModalDialog
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={rt("staff.removeTitle")}
        role="alertdialog"
      >
        <p>{rt("staff.removeConfirm", { name: props.name })}</p>
        <div className="roundtable-item-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setConfirming(false);
              props.remove.run();
            }}
          >
            {rt("staff.removeYes")}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(false)}
          >
            {t("common.cancel")}
          </button>
        </div>
      </ModalDialog>
    </li>
  );
}

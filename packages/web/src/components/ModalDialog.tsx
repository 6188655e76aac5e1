import type { ReactNode } from "react";
import { Dialog, Heading, Modal } from "react-aria-components";

interface Props {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** "alertdialog" for confirmations of destructive actions. */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
}

/** A modal dialog (React Aria): traps focus, closes on Escape, restores focus on close. */
export function ModalDialog({ isOpen, onClose, title, role = "dialog", children }: Props) {
  return (
    <Modal
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable
      className="modal"
    >
      <Dialog role={role} className="dialog">
        <Heading slot="title" className="dialog__title">
          {title}
        </Heading>
        {children}
      </Dialog>
    </Modal>
  );
}

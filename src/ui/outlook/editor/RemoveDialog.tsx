/** Asks before an item is removed: removing renumbers the agenda and unassigns its bilagor. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useStrings } from "../../i18n";

/** Props of RemoveDialog. */
export interface RemoveDialogProps {
  /** The title of the item to remove. */
  title: string;
  /** False once answered: the dialog closes, and only then may the parent unmount it (see onClosed). */
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Called when the closing motion has finished (focus may move now; unmount only RELEASE_AFTER_CLOSE_MS later). */
  onClosed: () => void;
}

/**
 * How long the parent must keep the closed dialog mounted. Fluent's focus manager (Tabster) un-hides the page 250 ms
 * after a modal closes; unmounting the dialog (its only user) before that disposed it first, and the page's root
 * kept `aria-hidden="true"`: the whole pane hidden from screen readers until reload.
 */
export const RELEASE_AFTER_CLOSE_MS = 400;

/**
 * Renders the confirmation as a modal alert dialog. The parent mounts it only while asked (a mounted Fluent Dialog
 * leaves focusable aria-hidden guards in the page) and unmounts it RELEASE_AFTER_CLOSE_MS after onClosed.
 */
export function RemoveDialog({ title, open, onConfirm, onCancel, onClosed }: RemoveDialogProps): JSX.Element {
  const { outlook } = useStrings();
  return (
    <Dialog
      modalType="alert"
      // inert instead of Tabster's focus-trap guards: the guards are focusable yet aria-hidden (an axe violation).
      inertTrapFocus
      open={open}
      onOpenChange={(_, d) => !d.open && onCancel()}
      surfaceMotion={{ onMotionFinish: (_, d) => d.direction === "exit" && onClosed() }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{outlook.removeConfirmTitle}</DialogTitle>
          <DialogContent>{outlook.removeConfirmBody(title)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {outlook.removeConfirm}
            </Button>
            <Button onClick={onCancel}>{outlook.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

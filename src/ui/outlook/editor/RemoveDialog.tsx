/** Asks before an item is removed: removing renumbers the agenda and unassigns its bilagor. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useStrings } from "../../i18n";

/** Props of RemoveDialog. */
export interface RemoveDialogProps {
  /** The title of the item to remove; null keeps the dialog closed. */
  title: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Renders the confirmation as a modal alert dialog. */
export function RemoveDialog({ title, onConfirm, onCancel }: RemoveDialogProps): JSX.Element {
  const { outlook } = useStrings();
  return (
    <Dialog modalType="alert" open={title !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{outlook.removeConfirmTitle}</DialogTitle>
          <DialogContent>{outlook.removeConfirmBody(title ?? "")}</DialogContent>
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

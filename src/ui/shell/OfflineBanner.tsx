/** Tells the user they are offline, while they are. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { useOnline } from "./useOnline";

/** A warning bar shown only while offline. */
export function OfflineBanner(): JSX.Element | null {
  const online = useOnline();
  const { common } = useStrings();
  if (online) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{common.offline}</MessageBarBody>
    </MessageBar>
  );
}

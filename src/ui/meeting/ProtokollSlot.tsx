/** Where the secretariat's protokoll action goes: loaded only when the secretariat looks at a meeting. */
import { lazy, Suspense } from "react";
import type { MeetingView } from "../../core";

// The action pulls in the .docx writer: members never download it.
const CreateProtokollDraft = lazy(() => import("../protokoll/CreateProtokollDraft"));

/** Props of ProtokollSlot. */
export interface ProtokollSlotProps {
  view: MeetingView;
}

/** Renders the protokoll action once its chunk has loaded (nothing meanwhile: it is not needed to read the meeting). */
export function ProtokollSlot({ view }: ProtokollSlotProps): JSX.Element {
  return (
    <Suspense fallback={null}>
      <CreateProtokollDraft view={view} />
    </Suspense>
  );
}

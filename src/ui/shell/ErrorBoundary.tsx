/** Catches what no component expected and says so in the user's language, with a way on (reload). */
import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";
import type { Strings } from "../../core";

interface Props {
  strings: Strings;
  children: ReactNode;
  /** Where the failure is reported (console by default). */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  failed: boolean;
}

/** Renders the crash message instead of a blank tab when a child throws. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (this.props.onError) this.props.onError(error, info);
    else console.error("Sammanträde: oväntat fel", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { common } = this.props.strings;
    return (
      <div role="alert" style={{ padding: 16 }}>
        <h1 style={{ fontSize: 20 }}>{common.crashTitle}</h1>
        <p>{common.crashBody}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {common.reload}
        </button>
      </div>
    );
  }
}

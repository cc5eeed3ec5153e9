import { Theme } from '@radix-ui/themes';
import { ConnectScreen } from '../connect/connect-screen.tsx';
import { AppFrame } from '../frame/app-frame.tsx';
import { ApprovalDialog } from '../manager/approval-dialog.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { WelcomeScreen } from '../welcome/welcome-screen.tsx';
import { screenFor } from './screen-for.ts';
import { StartFailedScreen, StartingScreen } from './start-screens.tsx';

/** The page: one screen at a time, chosen from what main says about the connection. */
export function App() {
  const screen = useAppStore('session', screenFor);
  // Solid panels: Radix's default translucent ones put a 64 px backdrop blur behind every card,
  // which the compositor redoes on every frame that changes under it; with software compositing
  // (no GPU, as on many counter PCs) that held each scan's paint back 100 ms or more (bench/SCAN-TRACE.md).
  return (
    <Theme
      appearance="light"
      accentColor="indigo"
      grayColor="slate"
      radius="medium"
      scaling="110%"
      panelBackground="solid"
    >
      {screen === 'loading' ? <StartingScreen /> : null}
      {screen === 'failed' ? <StartFailedScreen /> : null}
      {screen === 'welcome' ? <WelcomeScreen /> : null}
      {screen === 'connect' ? <ConnectScreen /> : null}
      {screen === 'frame' ? <AppFrame /> : null}
      <ApprovalDialog />
    </Theme>
  );
}

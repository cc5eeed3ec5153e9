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
  return (
    <Theme appearance="light" accentColor="indigo" grayColor="slate" radius="medium" scaling="110%">
      {screen === 'loading' ? <StartingScreen /> : null}
      {screen === 'failed' ? <StartFailedScreen /> : null}
      {screen === 'welcome' ? <WelcomeScreen /> : null}
      {screen === 'connect' ? <ConnectScreen /> : null}
      {screen === 'frame' ? <AppFrame /> : null}
      <ApprovalDialog />
    </Theme>
  );
}

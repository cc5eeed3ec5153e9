import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';

// The app entry. The secure shell (IPC contract, guards, vault, connect and demo screens) comes
// with the shell issue; until then this opens the renderer with the safe defaults spelled out.
function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'DealPOS Companion',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

app.whenReady().then(createWindow);
app.on('window-all-closed', () => app.quit());

/**
 * The BrowserWindow options of the app's one window. Plain data, so a test reads exactly what
 * Electron is given. Each web preference is spelled out even where it is Electron's default, so
 * that a default changing under us, or a line deleted here, shows in review and fails a test.
 */
export function windowOptions(options: { preloadPath: string; isDevelopment: boolean; iconPath?: string }) {
  return {
    // The taskbar and title bar icon on Windows and Linux (macOS takes the bundle's icon.icns).
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'DealPOS Companion',
    // Shown once the first paint is ready, so the cashier never sees a white flash.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      // The page and the preload live in separate JavaScript worlds; the page sees only `window.dealpos`.
      contextIsolation: true,
      // The renderer process runs in Chromium's OS sandbox, and the preload gets no Node.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // The spellchecker would download dictionaries from Google's CDN.
      spellcheck: false,
      devTools: options.isDevelopment,
      safeDialogs: true,
    },
  } as const;
}

// The bridge between the sandboxed page and the main process. It exposes nothing yet: the typed
// IPC contract arrives with the shell issue, and the page must never get raw ipcRenderer.
export {};

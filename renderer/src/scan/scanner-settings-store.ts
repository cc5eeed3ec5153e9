// The scanner settings are shared by every screen that reads scans; they live with the scanner.
export { useScannerSettings } from '../scanner/scanner-settings-store.ts';

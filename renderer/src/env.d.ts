// Vite bundles imported CSS into a file of its own (the CSP allows no inline style).
declare module '*.css';
// Images imported as assets: vite gives their URL (a file under app://, or a data: URL when small).
declare module '*.png' {
  const url: string;
  export default url;
}

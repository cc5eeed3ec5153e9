// Vite bundles imported CSS into a file of its own (the CSP allows no inline style).
declare module '*.css';

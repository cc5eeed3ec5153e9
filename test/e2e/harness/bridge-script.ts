import { buildBridge } from '../../../preload/bridge.ts';
import { appBridgeNames } from '../../../preload/bridge-names.ts';

/**
 * What the preload does, as page script for a plain Chromium page (no preload runs there):
 * `window.dealpos` built by the preload's own `buildBridge` over the `__dealposInvoke` binding,
 * `__dealposEmit` for the events main pushes, and every CSP violation reported to `__cspViolation`.
 */
export function bridgeScript(): string {
  return `(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const style = event.target instanceof HTMLStyleElement ? event.target.textContent : '';
      window.__cspViolation([event.effectiveDirective, event.blockedURI, event.sample || style].join(' '));
    });
    const buildBridge = ${buildBridge.toString()};
    const listeners = new Map();
    const subscribe = (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    };
    Object.defineProperty(window, '__dealposEmit', {
      value: (event, payload) => { for (const listener of listeners.get(event) ?? []) listener(payload); },
    });
    const invoke = (channel, input) => window.__dealposInvoke(channel, input);
    const bridge = buildBridge(${JSON.stringify(appBridgeNames)}, invoke, subscribe);
    Object.defineProperty(window, 'dealpos', { value: bridge, enumerable: true });
  })();`;
}

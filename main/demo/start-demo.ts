import type { DemoStore } from '../connection/connection-service.ts';
import { startSimulator } from '../simulator/index.ts';

/**
 * Demo mode: the seeded simulator on 127.0.0.1 (an ephemeral port), connected with its full-role
 * client. The same seed every time, so the demo store looks the same on every PC.
 */
export async function startDemoStore(): Promise<DemoStore> {
  const sim = await startSimulator({ seed: 42, variants: 5000, quiet: true });
  return { baseUrl: sim.baseUrl, credentials: sim.credentials.full, close: () => sim.close() };
}

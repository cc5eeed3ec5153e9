import type { DemoStore } from '../connection/connection-service.ts';
import { startSimulator } from '../simulator/index.ts';

/**
 * Demo mode: the seeded simulator on 127.0.0.1 (an ephemeral port), connected with its full-role
 * client. The same seed every time, so the demo store looks the same on every PC. It lists the
 * catalog without a category, so trying the app downloads 5,000 items in a handful of requests
 * instead of one per category (38) and a wait for the next quota window.
 *
 * Without the /_sim/ test controls: the port is open to every process on the PC, and the
 * controls would hand out the demo credentials and seeded PINs, and reset or break the store.
 */
export async function startDemoStore(): Promise<DemoStore> {
  const sim = await startSimulator({
    seed: 42,
    variants: 5000,
    categoryRequired: false,
    quiet: true,
    controls: false,
  });
  return { baseUrl: sim.baseUrl, credentials: sim.credentials.full, close: () => sim.close() };
}

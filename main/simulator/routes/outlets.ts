import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import { choice, text } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { SimState } from '../state.ts';

const OutletQuery = z.object({
  Name: text('Name'),
  // "All" or the user's granted outlets; the simulated API user may see every outlet.
  Access: text('Access'),
  SuspendedStatus: choice('SuspendedStatus', ['No', 'Yes', 'All']),
});

/** GET Outlet (POST twin Outlet/p): `[{ID, Name, Code, Suspended}]`, active outlets by default. */
export function registerOutletRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Outlet',
    postPath: 'Outlet/p',
    role: [role('Outlets', 'VIEW')],
    handler: ({ input, state }) => {
      const query = parseInput(OutletQuery, input);
      const status = query.SuspendedStatus ?? 'No';
      const name = query.Name?.toLowerCase();
      return state.store.outlets
        .filter((o) => status === 'All' || o.suspended === (status === 'Yes'))
        .filter((o) => !name || o.name.toLowerCase().includes(name))
        .map((o) => ({ ID: o.id, Name: o.name, Code: o.code, Suspended: o.suspended }));
    },
  });
}

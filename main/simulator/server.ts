import Fastify, { type FastifyInstance } from 'fastify';
import { sendJson } from './answer.ts';
import { API_PREFIX } from './api-route.ts';
import { registerControlRoutes } from './controls/control-routes.ts';
import type { SimControls } from './controls/sim-controls.ts';
import { DealposError, serverErrorBody } from './dealpos-error.ts';
import { dressErrorBody } from './error-body.ts';
import { gateApiRequest } from './gate.ts';
import { isOwnHost, refuseOtherHost } from './host-check.ts';
import { parseJson } from './request-input.ts';
import { registerBarcodeRoutes } from './routes/barcodes.ts';
import { registerCatalogSourceRoutes } from './routes/catalog-sources.ts';
import { registerCategoryRoutes } from './routes/categories.ts';
import { registerCustomerRoutes } from './routes/customers.ts';
import { registerInvoiceDetailRoute } from './routes/invoice-detail.ts';
import { registerInvoiceRoutes } from './routes/invoices.ts';
import { registerOutletRoutes } from './routes/outlets.ts';
import { registerSalesOrderRoutes } from './routes/sales-orders.ts';
import { registerTokenRoute } from './routes/token.ts';
import { registerVariantReadRoutes } from './routes/variant-reads.ts';
import { registerVariantWriteRoutes } from './routes/variant-writes.ts';
import type { SimState } from './state.ts';

const isApiPath = (url: string): boolean => url.toLowerCase().startsWith(API_PREFIX);

/**
 * The fastify app: DealPOS's routes under /api/v3/ (paths match without case) and, when the
 * options ask for them, the /_sim/ controls. Only requests addressed to the simulator's own
 * loopback address are answered (see host-check.ts).
 */
export function buildServer(state: SimState, controls: SimControls): FastifyInstance {
  const app = Fastify({
    logger: false,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    exposeHeadRoutes: false,
    bodyLimit: 16 * 1024 * 1024,
  });

  // fastify's own JSON parser answers an empty body with its own 400; DealPOS answers 500
  // (see readInput), so an empty body is passed on as "no body" and judged by the route.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, parseJson(text));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Any other body (a form, text) is ignored rather than refused, so the query string decides.
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, _body, done) => done(null, undefined));

  // First hook: a request for another host name is refused before anything else looks at it.
  app.addHook('onRequest', async (request, reply) => {
    if (isOwnHost(request.headers.host, request.socket.localPort)) return;
    refuseOtherHost(reply);
    return reply;
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(request.url)) return;
    state.stats.requests++;
    await gateApiRequest(state, request, reply);
    if (reply.sent) return reply;
  });

  if (!state.options.quiet) {
    app.addHook('onResponse', async (request, reply) => {
      process.stderr.write(
        `${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)}ms\n`,
      );
    });
  }

  app.setErrorHandler((error, _request, reply) => {
    const send = (status: number, body: unknown) =>
      sendJson(reply, status, dressErrorBody(state, status, body));
    if (error instanceof DealposError) return send(error.status, error.body);
    const status = (error as { statusCode?: number }).statusCode;
    const message = error instanceof Error ? error.message : String(error);
    if (status !== undefined && status >= 400 && status < 500) return send(status, { Message: message });
    return send(500, serverErrorBody(message));
  });

  // DealPOS answers an unknown route 404 with no body at all (README "Errors").
  app.setNotFoundHandler((request, reply) => {
    if (isApiPath(request.url)) state.stats.notFound++;
    return reply.code(404).send();
  });

  registerTokenRoute(app, state);
  registerOutletRoutes(app, state);
  registerCategoryRoutes(app, state);
  registerCustomerRoutes(app, state);
  registerVariantReadRoutes(app, state);
  registerVariantWriteRoutes(app, state);
  registerCatalogSourceRoutes(app, state);
  registerBarcodeRoutes(app, state);
  registerSalesOrderRoutes(app, state);
  registerInvoiceRoutes(app, state);
  registerInvoiceDetailRoute(app, state);
  if (state.options.controls) registerControlRoutes(app, controls);
  return app;
}

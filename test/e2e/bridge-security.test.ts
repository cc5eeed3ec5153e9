import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('what the page may ask of main', () => {
  test('a hostile payload from the page is refused as invalid-input and changes nothing', async () => {
    await withApp(suite, {}, async (app) => {
      await app.page.getByRole('button', { name: /Connect to my DealPOS store/ }).waitFor();
      const before = structuredClone(app.settings.current);

      const answers = [
        await app.invokeRaw('connection:save', { host: 1 }),
        await app.invokeRaw('connection:save', {
          host: 'x',
          clientId: 'y',
          clientSecret: 'z',
          extra: 'smuggled',
        }),
        await app.invokeRaw('settings:set-language', { language: 'fr' }),
        await app.invokeRaw('fs:read-file', '/etc/passwd'),
      ];
      for (const answer of answers) {
        expect(answer.ok).toBe(false);
        if (!answer.ok) expect(answer.error.kind).toBe('invalid-input');
      }
      expect(app.settings.current).toEqual(before);
      expect(app.services.connection.view().mode).toBe('none');
      await app.page.getByRole('button', { name: /Connect to my DealPOS store/ }).waitFor();
    });
  });

  test('the bridge the page gets is frozen: a script cannot swap a channel function', async () => {
    await withApp(suite, {}, async (app) => {
      await app.page.getByRole('button', { name: /Connect to my DealPOS store/ }).waitFor();
      const frozen = await app.page.evaluate('Object.isFrozen(window.dealpos)');
      expect(frozen).toBe(true);
    });
  });
});

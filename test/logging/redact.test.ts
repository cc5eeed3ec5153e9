import { describe, expect, it } from 'vitest';
import { createAppLogger } from '../../main/logging/app-logger.ts';
import { redact } from '../../main/logging/redact.ts';

describe('what the log file never shows', () => {
  it.each([
    ['a DealPOS token (a JWT)', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123_-x', 'eyJ'],
    ['a Bearer header', 'Authorization: Bearer abc.def-123', 'abc.def-123'],
    ['a JSON client secret', '{"clientSecret":"s3cr3t-value","host":"acme"}', 's3cr3t-value'],
    ['a query-string secret', 'GET /Token?client_id=1&client_secret=qs-77x&grant=x', 'qs-77x'],
    ['a password', 'password=Hunter2!', 'Hunter2!'],
    ['a PIN', 'pin: 123456', '123456'],
    ['a PIN after the word', 'wrong pin 654321 typed', '654321'],
    ['a manager passcode', "{ passcode: '2468' }", '2468'],
    ['an email', 'lookup of Budi.S@Example.co.id failed', 'Budi.S@Example.co.id'],
    ['a mobile number', 'phone 0812-3456-7890', '3456'],
    ['a +62 number', 'call +62 812 3456 7890', '3456'],
    ['a member code', 'PIN check for M-00231: wrong', 'M-00231'],
    ['a member code by name', 'memberCode=M0007', 'M0007'],
  ])('hides %s', (_what, text, secret) => {
    expect(redact(text)).not.toContain(secret);
    expect(redact(text)).toContain('[hidden]');
  });

  it('hides a secret the app holds, whatever its shape', () => {
    expect(redact('failed with x9Q-2zz inside', ['x9Q-2zz'])).toBe('failed with [hidden] inside');
  });

  it('keeps what support needs: endpoints, outcomes, barcodes, times', () => {
    const line = 'dealpos GET Product/Variant ok 200 41ms background; scanned 8991234567890';
    expect(redact(line)).toBe(line);
  });

  it('is in front of every kind of entry the logger writes', () => {
    const written: string[] = [];
    const logger = createAppLogger({ write: (_level, text) => written.push(text) });
    logger.info('pin=111222');
    logger.warn('token=abc123');
    logger.error('failed', new Error('password=zz-top'));
    logger.ipcFailure('customers:find', new Error('email a@b.co'));
    logger.pageError({ kind: 'error', message: 'secret: qq-9', stack: 'at member M01 (x.tsx)' });
    expect(written).toHaveLength(5);
    expect(written.join('\n')).not.toMatch(/111222|abc123|zz-top|a@b\.co|qq-9|M01/);
  });

  it('keeps writing when the file cannot be written', () => {
    const logger = createAppLogger({
      write: () => {
        throw new Error('disk full');
      },
    });
    expect(() => logger.info('still fine')).not.toThrow();
  });
});

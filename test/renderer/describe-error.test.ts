// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { IpcError } from '../../main/app-contract.ts';
import { describeError } from '../../renderer/src/errors/describe-error.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';

const i18n = createI18n();
const english = i18n.getFixedT('en');
const indonesian = i18n.getFixedT('id');
const error = (kind: IpcError['kind'], dealposMessage?: string): IpcError => ({
  kind,
  message: 'main’s English text',
  ...(dealposMessage ? { dealposMessage } : {}),
});
const kinds = Object.keys(en.errors).filter((key) => key !== 'dealposSays') as IpcError['kind'][];

describe('what the counter is told when a call fails', () => {
  test('a wrong secret is named as such, in English and in Indonesian', () => {
    expect(describeError(error('auth'), english).title).toBe(
      'DealPOS did not accept this client ID or client secret.',
    );
    expect(describeError(error('auth'), indonesian).title).toBe(
      'DealPOS menolak Client ID atau Client Secret ini.',
    );
  });

  test("a missing role shows DealPOS's own words for the role, whatever the language", () => {
    const role = 'You must have "VIEW" role in "Outlets" Module';
    for (const t of [english, indonesian]) {
      expect(describeError(error('forbidden', role), t).dealposMessage).toBe(role);
    }
    expect(describeError(error('forbidden', role), indonesian).title).toBe(
      'Pengguna API ini tidak punya izin yang diperlukan.',
    );
  });

  test('suspended, offline, timeout, rate limit and a bad host each get their own message', () => {
    const titles = ['suspended', 'network', 'timeout', 'rate-limited', 'config'].map(
      (kind) => describeError(error(kind as IpcError['kind']), english).title,
    );
    expect(new Set(titles).size).toBe(titles.length);
    expect(describeError(error('suspended'), indonesian).title).toBe('Akun DealPOS ini sedang ditangguhkan.');
    expect(describeError(error('network'), indonesian).title).toBe('Tidak bisa menghubungi DealPOS.');
    expect(describeError(error('config'), indonesian).title).toBe('Alamat toko ini tidak bisa dipakai.');
  });

  test("DealPOS's generic English is not quoted where the app's own words say it better", () => {
    const text = describeError(
      error('auth', 'Authentication failed, invalid client_id or client_secret!'),
      indonesian,
    );
    expect(text.dealposMessage).toBeUndefined();
  });

  test('every kind has a title and a hint in both languages, and main’s English never leaks through', () => {
    for (const kind of kinds) {
      for (const t of [english, indonesian]) {
        const text = describeError(error(kind), t);
        expect(text.title, kind).not.toBe('');
        expect(text.hint, kind).not.toBe('');
        expect(text.title, kind).not.toContain('errors.');
        expect(text.title).not.toBe('main’s English text');
      }
      expect(describeError(error(kind), indonesian).title, kind).not.toBe(
        describeError(error(kind), english).title,
      );
    }
  });

  test('a kind this page does not know yet reads as an error of the app', () => {
    const text = describeError(error('from-a-newer-main' as IpcError['kind']), english);
    expect(text.title).toBe('Something went wrong in the app.');
  });
});

describe('an outlet the API user may not access', () => {
  test("live table: Error bodies — a 403 about an outlet is told as an outlet problem, with DealPOS's words, in English and Indonesian", () => {
    const words = 'You are not allowed to access [Outlet ID 8c1f0a52-4f7e-4d1b-9f59-0d1e2a3b4c5d]';
    const inEnglish = describeError(error('outlet-forbidden', words), english);
    const inIndonesian = describeError(error('outlet-forbidden', words), indonesian);
    expect(inEnglish.title).toBe('This API user may not use that outlet.');
    expect(inIndonesian.title).toBe('Pengguna API ini tidak boleh memakai outlet tersebut.');
    expect(inEnglish.dealposMessage).toBe(words);
    expect(inIndonesian.dealposMessage).toBe(words);
    expect(inEnglish.title).not.toBe(describeError(error('forbidden'), english).title);
  });

  test("a screen's own words win for the kinds it names; any other kind reads as the app's", () => {
    const scanScreen = { 'rate-limited': { title: 'The request limit is used up for now.' } };
    expect(describeError(error('rate-limited'), english, scanScreen)).toEqual({
      title: 'The request limit is used up for now.',
      hint: '',
    });
    expect(describeError(error('auth'), english, scanScreen)).toEqual(describeError(error('auth'), english));
    expect(describeError(error('auth'), english, scanScreen).title).toBe(
      'DealPOS did not accept this client ID or client secret.',
    );
  });
});

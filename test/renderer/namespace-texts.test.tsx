// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { applyLanguage, createI18n } from '../../renderer/src/i18n/i18n.ts';
import { type NamespaceT, useNamespaceText } from '../../renderer/src/i18n/namespace-texts.ts';

// A feature's texts through useNamespaceText, which remembers what its `t` answered: the
// remembered texts must follow the language and the values, never answer a call with another's.

const texts = {
  namespace: 'namespace-texts-test',
  en: { title: 'Scans', count: '{{n}} scanned', line: '{{name}} ×{{n}}' },
  id: { title: 'Pindaian', count: '{{n}} di-scan', line: '{{name}} ×{{n}}' },
};
type Key = 'title' | 'count' | 'line';

const seen: NamespaceT<Key>[] = [];

function Texts({ n, name }: { n: number; name: string }) {
  const { t, language } = useNamespaceText<Key>(texts);
  seen.push(t);
  return (
    <p data-testid="texts">
      {language}|{t('title')}|{t('count', { n })}|{t('line', { name, n })}
    </p>
  );
}

afterEach(() => {
  cleanup();
  seen.length = 0;
});

describe('useNamespaceText', () => {
  test('answers each call with its own values, the same text again from memory, and follows a language switch', async () => {
    const i18n = createI18n('en');
    // Counts the calls that reach i18next's own `t`: a remembered text must not make one.
    let asked = 0;
    type FixedT = (key: string, values?: object) => string;
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => FixedT;
    const counting = (lng: string, ns: string): FixedT => {
      const fixed = getFixedT(lng, ns);
      return (key, values) => {
        asked++;
        return fixed(key, values);
      };
    };
    i18n.getFixedT = counting as unknown as typeof i18n.getFixedT;
    const view = (n: number, name: string) => (
      <I18nextProvider i18n={i18n}>
        <Texts n={n} name={name} />
      </I18nextProvider>
    );
    const { rerender } = render(view(1, 'Kaos'));
    expect(screen.getByTestId('texts').textContent).toBe('en|Scans|1 scanned|Kaos ×1');
    const firstAsked = asked;
    rerender(view(1, 'Kaos'));
    expect(asked).toBe(firstAsked);

    rerender(view(2, 'Kaos'));
    expect(screen.getByTestId('texts').textContent).toBe('en|Scans|2 scanned|Kaos ×2');
    // Only the two texts whose values changed went to i18next.
    expect(asked).toBe(firstAsked + 2);
    rerender(view(2, 'Topi'));
    expect(screen.getByTestId('texts').textContent).toBe('en|Scans|2 scanned|Topi ×2');
    rerender(view(1, 'Kaos'));
    expect(screen.getByTestId('texts').textContent).toBe('en|Scans|1 scanned|Kaos ×1');
    // One `t` for the language, whatever renders it: memoised rows keep their props equal.
    expect(new Set(seen).size).toBe(1);

    // The switch re-renders without new props, in the other language's words.
    await act(() => applyLanguage(i18n, 'id'));
    expect(screen.getByTestId('texts').textContent).toBe('id|Pindaian|1 di-scan|Kaos ×1');
    await act(() => applyLanguage(i18n, 'en'));
    expect(screen.getByTestId('texts').textContent).toBe('en|Scans|1 scanned|Kaos ×1');
  });

  test('two instances in two languages do not share remembered texts', () => {
    render(
      <>
        <I18nextProvider i18n={createI18n('id')}>
          <Texts n={3} name="Kaos" />
        </I18nextProvider>
        <I18nextProvider i18n={createI18n('en')}>
          <Texts n={3} name="Kaos" />
        </I18nextProvider>
      </>,
    );
    expect(screen.getAllByTestId('texts').map((node) => node.textContent)).toEqual([
      'id|Pindaian|3 di-scan|Kaos ×3',
      'en|Scans|3 scanned|Kaos ×3',
    ]);
  });
});

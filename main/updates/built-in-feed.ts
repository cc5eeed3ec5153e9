/**
 * The update feed built into the app: the same address as electron-builder.yml's `publish.url`
 * (test/shell/packaging.test.ts holds them together). An admin may replace it in Settings.
 */
export const builtInFeedUrl = 'https://updates.dealpos-companion.example/';

/** The restart question main asks in a native dialog, in the OS's language. */
export function restartQuestion(locale: string, version: string) {
  return locale.toLowerCase().startsWith('id')
    ? {
        title: 'Mulai ulang untuk memperbarui?',
        body: `Versi ${version} sudah diunduh. Aplikasi akan tertutup lalu terbuka lagi dalam beberapa detik.`,
        restart: 'Mulai ulang sekarang',
        later: 'Nanti',
      }
    : {
        title: 'Restart to update?',
        body: `Version ${version} is downloaded. The app closes and opens again in a few seconds.`,
        restart: 'Restart now',
        later: 'Later',
      };
}

/** The Video SDK's interface language for the element's `lang`. */

/** Languages of the Video SDK's own interface; any other language runs the SDK in English. */
const SDK_LANGUAGES = ['en-US', 'de-DE', 'es-ES', 'fr-FR', 'jp-JP', 'pt-PT', 'ru-RU', 'zh-CN', 'zh-TW', 'ko-KO', 'it-IT', 'vi-VN'];

/** The SDK's language for a BCP 47 tag: an exact match, else the first with the same language. */
export function sdkLanguage(lang: string): string {
  const wanted = lang.trim().toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0];
  return (
    SDK_LANGUAGES.find((l) => l.toLowerCase() === wanted) ??
    SDK_LANGUAGES.find((l) => l.split('-')[0]!.toLowerCase() === (primary === 'ja' ? 'jp' : primary)) ??
    'en-US'
  );
}

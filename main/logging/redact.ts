// The one gate in front of the log file: every line passes through `redact` before it is
// written, so a secret a caller forgot about is still caught here. It removes more than it must
// (a phone-like number in an error message is gone too): support loses a detail, never a secret.

const hidden = '[hidden]';

/** Names whose value is a secret, in `name=value`, `name: value`, `"name":"value"` or a query string. */
const secretNames =
  'authorization|password|passwd|pwd|passcode|pin|secret|client_?secret|clientSecret|token|access_?token|accessToken|refresh_?token|refreshToken|id_?token|api_?key|apiKey|code_?verifier|cookie|set-cookie|session';

/** Names whose value is customer data: the member code, the customer's id, email, phone, name. */
const customerNames =
  'member(?:[ _-]?code)?|memberCode|customer(?:[ _-]?(?:code|id|name))?|customerCode|customerId|email|phone|mobile|handphone|hp|name';

const rules: [RegExp, string | ((...groups: string[]) => string)][] = [
  // A JWT anywhere (DealPOS access tokens are JWTs): three base64url parts, the first `eyJ`.
  [/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, hidden],
  // Bearer/Basic credentials, with or without the header name before them.
  [/\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi, `$1 ${hidden}`],
  // "clientSecret":"…", 'pin': '…' (JSON and JS object text).
  [
    new RegExp(`(["']?(?:${secretNames}|${customerNames})["']?\\s*:\\s*)(["'])(?:\\\\.|(?!\\2).)*\\2`, 'gi'),
    `$1$2${hidden}$2`,
  ],
  // token=…, ?client_secret=…&, pin: 123456, Authorization: xyz (up to the next separator).
  [new RegExp(`\\b(${secretNames})(\\s*[=:]\\s*)(?!\\[hidden\\])[^\\s&,;"'}\\]]+`, 'gi'), `$1$2${hidden}`],
  [new RegExp(`\\b(${customerNames})(\\s*[=:]\\s*)(?!\\[hidden\\])[^\\s&,;"'}\\]]+`, 'gi'), `$1$2${hidden}`],
  // "pin 123456", "passcode 2468": a number written after the word, without a separator.
  [/\b(pin|passcode|otp)(\s+)\d{4,8}\b/gi, `$1$2${hidden}`],
  // Email addresses.
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, hidden],
  // Indonesian mobile numbers (08…, 628…, +62 8…) and any number written with a leading +.
  [/(?<![\w])(?:\+?62[\s-]?|0)8\d(?:[\s-]?\d){6,11}(?![\w])/g, hidden],
  [/\+\d(?:[\s-]?\d){7,14}(?![\w])/g, hidden],
  // The customer a PIN check or lookup was for (main/customers logs "PIN check for <code>").
  [/\b(PIN check for|customer|member)\s+(?!\[hidden\])[^\s:,;]+/gi, `$1 ${hidden}`],
];

/** The text with every secret, token, PIN and piece of customer data it can recognise replaced. */
export function redact(text: string, knownSecrets: readonly string[] = []): string {
  let out = text;
  // Secrets the app holds right now (the client secret, the current token) go whatever their shape.
  for (const secret of knownSecrets) {
    if (secret.length >= 4) out = out.split(secret).join(hidden);
  }
  for (const [pattern, replacement] of rules) {
    out = out.replace(pattern, replacement as string);
  }
  return out;
}

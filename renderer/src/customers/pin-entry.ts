/** A PIN is 4 to 8 digits (what main accepts). */
export const shortestPin = 4;
export const longestPin = 8;

/** The typed PIN with one more digit; a ninth is ignored. */
export const withDigit = (pin: string, digit: string): string =>
  /^\d$/.test(digit) && pin.length < longestPin ? pin + digit : pin;

export const withoutLastDigit = (pin: string): string => pin.slice(0, -1);

export const canSubmit = (pin: string): boolean => pin.length >= shortestPin && pin.length <= longestPin;

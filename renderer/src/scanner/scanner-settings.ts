/** How this counter's scanner types, as learned by calibration or left at the defaults. */
export interface ScannerSettings {
  /**
   * A scanner's pace (ms): a burst whose median gap is over this is a person. Gaps up to twice
   * this are a slow scanner's; longer ones only a pause between runs of fast keys.
   */
  maxInterKeyMs: number;
  /**
   * The longest pause (ms) a wireless or Bluetooth scanner makes inside one code, after a run of
   * keys at its pace. A longer silence ends the burst.
   */
  maxPauseMs: number;
  /** Shorter bursts are typing (a fast typist's "ok" is not a barcode). */
  minLength: number;
  /** Longer bursts are refused as garbage rather than typed into a field. */
  maxLength: number;
  /**
   * Keys that end a scan: 'Enter' (CR), 'Tab', 'LF' (Ctrl+J, what a browser sees of a line feed).
   * An empty list means a scan ends when the burst stops.
   */
  terminators: string[];
  /** Characters the scanner is set to send before / after every code; stripped. */
  prefix: string;
  suffix: string;
  /**
   * Read characters from `event.code` (the physical key, as on a US keyboard) instead of
   * `event.key`: a scanner emulating a US keyboard on a PC set to another layout types wrong
   * characters, and calibration turns this on when it sees that.
   */
  usePhysicalKeys: boolean;
}

/** Every terminator real scanners send works out of the box, and so does none at all. */
export const defaultScannerSettings: ScannerSettings = {
  maxInterKeyMs: 40,
  // Wireless runs pause for tens of ms; 200 covers them with room and is still shorter than a
  // person's pause between two numbers they type.
  maxPauseMs: 200,
  minLength: 4,
  maxLength: 64,
  terminators: ['Enter', 'Tab', 'LF'],
  prefix: '',
  suffix: '',
  usePhysicalKeys: false,
};

import { z } from 'zod';

/** The languages of the app's texts. */
export const languageSchema = z.enum(['en', 'id']);
export type Language = z.infer<typeof languageSchema>;

const storedSecret = z.object({
  /** How it was protected: `os` by the system keyring, `weak` by Linux's basic_text fallback. */
  protection: z.enum(['os', 'weak']),
  /** The encrypted bytes, base64. */
  data: z.string().min(1),
});

const connectionSettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({
    mode: z.literal('live'),
    host: z.string().min(1),
    clientId: z.string().min(1),
    /** Absent when the OS could not encrypt it: then the secret lived for one session only. */
    secret: storedSecret.optional(),
  }),
  z.object({ mode: z.literal('demo') }),
]);

/** Everything the app keeps between runs (in electron-store's JSON file). No secret in clear. */
export const settingsSchema = z.object({
  language: languageSchema.nullable().default(null),
  connection: connectionSettings.default({ mode: 'none' }),
  outlet: z
    .object({ id: z.string().min(1), name: z.string().min(1) })
    .nullable()
    .default(null),
});

export type Settings = z.infer<typeof settingsSchema>;
export type ConnectionSettings = z.infer<typeof connectionSettings>;
export type StoredSecret = z.infer<typeof storedSecret>;

/** Where settings (or a feature's own JSON state) live: electron-store in the app, memory in tests. */
export interface SettingsBacking<T = Settings> {
  /** What was last written, unchecked: the reader parses it. */
  read(): unknown;
  write(value: T): void;
  /** Set when the file was found unreadable on opening and cleared then (settings-file.ts). */
  readonly openProblem?: 'unreadable';
}

/** Reads and writes settings through the schema, so a hand-edited or corrupt file cannot crash the app. */
export class SettingsRepository {
  readonly #backing: SettingsBacking;

  constructor(backing: SettingsBacking) {
    this.#backing = backing;
  }

  get(): Settings {
    return this.#load().settings;
  }

  /** `unreadable` when what is kept could not be read or does not fit the schema (then get() gives defaults). */
  problem(): 'unreadable' | null {
    return this.#load().problem;
  }

  #load(): { settings: Settings; problem: 'unreadable' | null } {
    let stored: unknown;
    try {
      stored = this.#backing.read();
    } catch {
      // A file the app may not open (permissions, a disk error) must not stop it from starting.
      return { settings: settingsSchema.parse({}), problem: 'unreadable' };
    }
    const parsed = settingsSchema.safeParse(stored ?? {});
    // A file that no longer fits the schema is ignored rather than trusted: the app starts unconfigured.
    return parsed.success
      ? { settings: parsed.data, problem: this.#backing.openProblem ?? null }
      : { settings: settingsSchema.parse({}), problem: 'unreadable' };
  }

  update(change: (current: Settings) => Settings): Settings {
    const next = settingsSchema.parse(change(this.get()));
    this.#backing.write(next);
    return next;
  }
}

/** A backing held in memory: for tests, and for a PC where the settings file cannot be written. */
export function memoryBacking<T = Settings>(
  initial: unknown = {},
): SettingsBacking<T> & { current: unknown } {
  const backing = {
    current: structuredClone(initial),
    read: () => structuredClone(backing.current),
    write: (value: T) => {
      backing.current = structuredClone(value);
    },
  };
  return backing;
}

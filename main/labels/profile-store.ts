import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import { builtInProfiles } from './built-in-profiles.ts';
import {
  type LabelProfile,
  type LabelProfileInput,
  labelProfileInputSchema,
  type SaveProfileAnswer,
} from './label-channels.ts';
import { checkProfile, isSingleLabel, layoutOf } from './profile-geometry.ts';

const fileSchema = z.object({
  version: z.literal(1),
  profiles: z.array(labelProfileInputSchema.required({ id: true })),
});

type StoredProfile = LabelProfileInput & { id: string };

const view = (profile: StoredProfile, builtIn: boolean): LabelProfile => ({
  ...structuredClone(profile),
  builtIn,
  single: isSingleLabel(profile),
  layout: layoutOf(profile),
});

/**
 * The label profiles: the built-in ones and those an admin added, kept in the feature's store.
 * A stored profile that no longer passes the checks (a hand-edited file) is left out rather
 * than printed wrong.
 */
export class ProfileStore {
  readonly #backing: SettingsBacking<unknown>;
  #custom: StoredProfile[];

  constructor(backing: SettingsBacking<unknown>) {
    this.#backing = backing;
    const parsed = fileSchema.safeParse(backing.read());
    this.#custom = parsed.success ? parsed.data.profiles.filter((p) => checkProfile(p).ok) : [];
  }

  list(): LabelProfile[] {
    return [...builtInProfiles.map((p) => view(p, true)), ...this.#custom.map((p) => view(p, false))];
  }

  get(id: string): LabelProfile | undefined {
    return this.list().find((p) => p.id === id);
  }

  /** Checks a profile without keeping it; names are compared with every other profile's. */
  check(input: LabelProfileInput) {
    return checkProfile(input, this.#namesExcept(input.id));
  }

  /** Adds (no id) or changes a profile the admin made. Built-in profiles are refused. */
  save(input: LabelProfileInput): SaveProfileAnswer {
    if (input.id !== undefined && builtInProfiles.some((p) => p.id === input.id)) {
      return { saved: false, problems: [{ field: 'name', kind: 'built-in' }] };
    }
    const check = this.check(input);
    if (!check.ok) return { saved: false, problems: check.problems };
    const existing = input.id === undefined ? -1 : this.#custom.findIndex((p) => p.id === input.id);
    const stored: StoredProfile = { ...structuredClone(input), name: input.name.trim(), id: '' };
    if (existing >= 0) {
      stored.id = this.#custom[existing]?.id ?? randomUUID();
      this.#custom[existing] = stored;
    } else {
      // An id the store does not know is a profile deleted meanwhile: it comes back as a new one.
      stored.id = randomUUID();
      this.#custom.push(stored);
    }
    this.#write();
    return { saved: true, profile: view(stored, false) };
  }

  /** Deletes a profile the admin made; built-in ones stay. */
  delete(id: string): LabelProfile[] {
    this.#custom = this.#custom.filter((p) => p.id !== id);
    this.#write();
    return this.list();
  }

  #namesExcept(id: string | undefined): string[] {
    return this.list()
      .filter((p) => p.id !== id)
      .map((p) => p.name);
  }

  #write(): void {
    this.#backing.write({ version: 1, profiles: this.#custom });
  }
}

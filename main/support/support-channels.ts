import { z } from 'zod';
import { channel } from '../ipc/channel.ts';

// Settings → Save a support bundle (issue #16): one zip with what support asks for first.

/** What the page knows and main does not: the catalog lives in the page's IndexedDB. */
export const saveBundleInput = z
  .object({
    catalog: z
      .object({
        items: z.number().int().min(0).max(10_000_000),
        /** Epoch ms of the last finished download, null before the first. */
        completedAt: z.number().int().min(0).nullable(),
        unfinished: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type SaveBundleInput = z.infer<typeof saveBundleInput>;

/** Where the bundle went and what is in it; `saved: false` when the person cancelled the dialog. */
export type SavedBundle = { saved: true; path: string; files: string[] } | { saved: false };

export const supportChannels = {
  'support:save-bundle': channel<SavedBundle>()(saveBundleInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type SupportEvents = {};

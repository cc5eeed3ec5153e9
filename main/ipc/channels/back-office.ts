// Invoice void/restore/erase, sales-order references, variant edits (issue "Back-office actions"): channels are added here.
export const backOfficeChannels = {} as const;
export const backOfficeBridgeMethods = {} as const;
// biome-ignore lint/complexity/noBannedTypes: no events yet
export type BackOfficeEvents = {};

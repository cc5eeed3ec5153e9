// Customer lookup and PIN check (issue "Customer lookup and PIN check"): channels are added here.
export const customerChannels = {} as const;
export const customerBridgeMethods = {} as const;
// biome-ignore lint/complexity/noBannedTypes: no events yet
export type CustomerEvents = {};

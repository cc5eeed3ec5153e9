// Barcode labels from bills and deliveries (issue "Barcode labels ..."): channels are added here.
export const labelChannels = {} as const;
export const labelBridgeMethods = {} as const;
// biome-ignore lint/complexity/noBannedTypes: no events yet
export type LabelEvents = {};

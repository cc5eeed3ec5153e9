import type { InputOf } from '../bridge/contract.ts';
import { isApprovalError } from '../manager/approval-error.ts';
import type { GetLabels, LabelsBridge, LabelsState, SetLabels } from './labels-state.ts';

type ProfileActions = Pick<
  LabelsState,
  'chooseSymbology' | 'chooseProfile' | 'choosePrinter' | 'checkProfile' | 'saveProfile' | 'deleteProfile'
>;

/** The label size, printer and symbology chosen (remembered by main), and the sizes kept there. */
export function profileActions(set: SetLabels, get: GetLabels, bridge: LabelsBridge): ProfileActions {
  const remember = (change: InputOf<'labels:save-preferences'>) => {
    void bridge.invoke('labels:save-preferences', change);
  };

  return {
    chooseSymbology(symbology) {
      set({ symbology });
      remember({ symbology });
    },

    chooseProfile(id) {
      set({ profileId: id, previewPage: 0 });
      remember({ profileId: id });
    },

    choosePrinter(name) {
      const printer = get().printers.printers.find((p) => p.name === name);
      // A label printer holds one stock: choosing it brings back the size last printed on it.
      const last = printer?.lastProfileId;
      const profileId = last && get().profiles.some((p) => p.id === last) ? last : get().profileId;
      set({ printerName: name, profileId });
      remember({ printerName: name, profileId });
    },

    async checkProfile(input) {
      const result = await bridge.invoke('labels:check-profile', input);
      return result.ok ? result.value : null;
    },

    async saveProfile(input, approval) {
      const result = await bridge.invoke('labels:save-profile', { ...input, approval });
      if (!result.ok) {
        if (!isApprovalError(result.error)) set({ loadError: result.error });
        return result.error;
      }
      if (result.value.saved) set({ profiles: result.value.profiles });
      return result.value;
    },

    async deleteProfile(id, approval) {
      const result = await bridge.invoke('labels:delete-profile', { id, approval });
      if (!result.ok) return result.error;
      const profiles = result.value;
      const profileId = profiles.some((p) => p.id === get().profileId)
        ? get().profileId
        : (profiles[0]?.id ?? '');
      set({ profiles, profileId });
      return null;
    },
  };
}

import iconUrl from '../../../resources/icons/256x256.png';

/** The app's own icon (resources/, drawn by scripts/make-icons.mjs), as the installer shows it. */
export function AppIcon({ size }: { size: number }) {
  return <img src={iconUrl} width={size} height={size} alt="" className="app-icon" data-testid="app-icon" />;
}

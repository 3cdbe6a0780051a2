/** The tablet's enrolment: its collection token and name, kept on the device only. No personal data. */
export interface KioskDevice {
  token: string;
  label: string;
}

const storageKey = "fcs.kiosk.device";

export function loadDevice(): KioskDevice | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as KioskDevice) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDevice(device: KioskDevice): void {
  localStorage.setItem(storageKey, JSON.stringify(device));
}

export function forgetDevice(): void {
  localStorage.removeItem(storageKey);
}

export function findChromium(): string | null;

export interface MachineFacts {
  platform: string;
  isRoot: boolean;
  hasAptGet: boolean;
  hasSudo: boolean;
  chromePathSet: boolean;
}

export interface InstallPlan {
  kind: 'root-apt' | 'sudo-apt' | 'manual';
  commands: string[];
}

export function installPlan(facts: MachineFacts): InstallPlan;

export function ensureChromium(options?: { log?: (line: string) => void }): string;

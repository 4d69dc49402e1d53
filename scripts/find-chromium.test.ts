import { describe, expect, it } from 'vitest';
import { installPlan, type MachineFacts } from './find-chromium.mjs';

const debianRoot: MachineFacts = { platform: 'linux', isRoot: true, hasAptGet: true, hasSudo: false, chromePathSet: false };

describe('how a machine without a browser gets one', () => {
  it('installs Debian\'s chromium with apt-get as root', () => {
    expect(installPlan(debianRoot)).toEqual({ kind: 'root-apt', commands: ['apt-get update', 'apt-get install -y chromium'] });
  });

  it('goes through sudo without a prompt when not root', () => {
    const plan = installPlan({ ...debianRoot, isRoot: false, hasSudo: true });
    expect(plan.kind).toBe('sudo-apt');
    expect(plan.commands).toEqual(['sudo -n apt-get update', 'sudo -n apt-get install -y chromium']);
  });

  it('names the exact commands when it may not install', () => {
    expect(installPlan({ ...debianRoot, isRoot: false, hasSudo: false })).toEqual({
      kind: 'manual',
      commands: ['sudo apt-get update', 'sudo apt-get install -y chromium'],
    });
  });

  it('never installs on a machine without apt-get, or past a CHROME_PATH the person set', () => {
    expect(installPlan({ ...debianRoot, hasAptGet: false }).kind).toBe('manual');
    expect(installPlan({ ...debianRoot, platform: 'darwin' }).kind).toBe('manual');
    expect(installPlan({ ...debianRoot, chromePathSet: true }).kind).toBe('manual');
  });
});

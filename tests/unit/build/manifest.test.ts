import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from '../../../build/manifest';
import base from '../../../manifest.json';

describe('one manifest, two browsers', () => {
  it('Chrome gets a service worker and no Firefox keys', () => {
    const chrome = manifestFor('chrome', base, '1.2.3');
    expect(chrome).toMatchObject({
      version: '1.2.3',
      background: { service_worker: 'src/background/index.ts' },
    });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox gets background scripts, a gecko id and says it collects nothing', () => {
    const firefox = manifestFor('firefox', base, '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('asks for storage, alarms, scripting (the on-demand page report) and linkedin.com only, the side panel in Chrome, and exposes no web-accessible resources', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target, base, '1.0.0');
      expect(m.permissions).toEqual(
        target === 'chrome'
          ? ['storage', 'alarms', 'scripting', 'sidePanel']
          : ['storage', 'alarms', 'scripting'],
      );
      expect(m.optional_permissions).toEqual(['notifications']);
      expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
      expect(m).not.toHaveProperty('web_accessible_resources');
      expect(m).not.toHaveProperty('content_security_policy');
    }
  });

  it('gives Chrome a side panel and Firefox the same page as its sidebar', () => {
    expect(manifestFor('chrome', base, '1.0.0')).toMatchObject({
      side_panel: { default_path: 'src/sidepanel/index.html' },
    });
    const firefox = manifestFor('firefox', base, '1.0.0');
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox).toMatchObject({ sidebar_action: { default_panel: 'src/sidepanel/index.html' } });
  });
});

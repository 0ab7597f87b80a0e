// One manifest source, two targets. Chrome wants `background.service_worker`; Firefox (140+)
// runs MV3 backgrounds as event pages from `background.scripts` and needs a gecko id. A manifest
// with both keys loads in both but warns in each, so each build gets only its own.

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'coffee-chat-coach@coffeechatcoach.org';
/** `data_collection_permissions` exists from Firefox 140 (desktop). */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

type Json = Record<string, unknown>;

export function manifestFor(target: Target, base: Json, version: string): Json {
  const manifest: Json = structuredClone(base);
  manifest.version = version;
  const background = manifest.background as { service_worker: string; type?: string };
  if (target === 'firefox') {
    // Firefox has no side_panel: the same page is a sidebar, opened from its own button or the shortcut.
    const panel = manifest.side_panel as { default_path: string } | undefined;
    delete manifest.side_panel;
    if (panel) {
      manifest.sidebar_action = {
        default_panel: panel.default_path,
        default_title: manifest.name,
        default_icon: (manifest.action as { default_icon?: unknown }).default_icon,
        open_at_install: false,
      };
    }
    manifest.permissions = (manifest.permissions as string[]).filter((p) => p !== 'sidePanel');
    manifest.background = { scripts: [background.service_worker], type: background.type ?? 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // We collect nothing: every record stays in the user's own browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android gained data_collection_permissions in 142.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}

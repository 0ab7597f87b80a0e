import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { DataView as DataSection } from '../../../../src/dashboard/data/DataView';
import { MeView } from '../../../../src/dashboard/me/MeView';
import { SettingsView } from '../../../../src/dashboard/settings/SettingsView';
import { TemplatesView } from '../../../../src/dashboard/templates/TemplatesView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { button, click, field, mountView, type } from '../data/view-harness';

beforeEach(freshIndexedDB);

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('My story, Templates, Your data and Settings have no detectable violations', async () => {
    await send('me.set', {
      changes: { lessons: [{ day: '2026-03-01', contactId: null, text: 'Shorter.' }] },
    });
    for (const view of [
      <MeView key="m" />,
      <TemplatesView key="t" />,
      <DataSection key="d" />,
      <SettingsView key="s" />,
    ]) {
      const root = await mountView(view);
      expect(root.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
      expect(await violations(root)).toEqual([]);
    }
  });

  it('the template editor with errors and hints has no detectable violations', async () => {
    const root = await mountView(<TemplatesView />);
    await click(button(root, 'New template'));
    await type(field(root, '#tpl-title'), 'T');
    await type(field<HTMLTextAreaElement>(root, '#tpl-body'), '{{me.story}} {{person.nope}}\n{{#if x}}');
    expect(await violations(root)).toEqual([]);
  });
});

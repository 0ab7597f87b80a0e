import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock(
  '../../../../src/platform/browser',
  async () => (await import('../../ui/fake-browser')).browserModule,
);

import { ContactPage } from '../../../../src/dashboard/people/ContactPage';
import { PeopleView } from '../../../../src/dashboard/people/PeopleView';
import { PipelineView } from '../../../../src/dashboard/pipeline/PipelineView';
import { send } from '../../../../src/platform/send';
import { freshIndexedDB } from '../../db/fresh';
import { mount } from '../../ui/render';
import { WithData, warm } from './with-data';

beforeEach(freshIndexedDB);

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('People, a contact page and the pipeline have no detectable violations', async () => {
    const ana = await warm('Ana');
    await send('top20.set', { ids: [ana.id] });
    await send('opportunities.save', {
      opportunities: [
        {
          id: 'o1',
          contactIds: [ana.id],
          title: 'Chat',
          stage: 'interview',
          order: 0,
          stageHistory: [],
          notes: '',
          createdAt: 0,
          updatedAt: 0,
        },
      ],
    });
    for (const tree of [
      <PeopleView key="p" />,
      <ContactPage key="c" id={ana.id} />,
      <PipelineView key="b" />,
    ]) {
      const root = await mount(<WithData>{tree}</WithData>);
      expect(await violations(root)).toEqual([]);
    }
  });
});

// Mounts a dashboard view the way the shell does: the data loaded through the real background
// handlers, and a reload that re-reads it after a change.
import type { ComponentChildren } from 'preact';
import { DataContext, useDashboardDataLoader } from '../../../../src/dashboard/data';
import type { PageProfile } from '../../../../src/model';
import { send } from '../../../../src/platform/send';
import { byText, settle } from '../../ui/render';

export function WithData({ children }: { children: ComponentChildren }) {
  const { data, error, reload } = useDashboardDataLoader();
  if (error) return <p>{error}</p>;
  if (!data) return <p>loading</p>;
  return <DataContext.Provider value={{ data, reload }}>{children}</DataContext.Provider>;
}

export function warm(name: string, extra: { lastContactedOn?: string | null } = {}) {
  return send('contact.create', {
    contact: {
      name,
      relationship: 'friend',
      reach: null,
      howWeKnow: null,
      company: null,
      role: null,
      lastContactedOn: extra.lastContactedOn ?? null,
      notes: '',
    },
  });
}

export async function linkedIn(slug: string, fields: Partial<PageProfile> = {}) {
  const profile: PageProfile = {
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name: slug,
    headline: null,
    company: null,
    degree: 2,
    self: false,
    mutualCount: 0,
    mutualNames: [],
    canConnect: false,
    pending: false,
    inviteNoteLimit: null,
    ...fields,
  };
  return (await send('profile.seen', { profile })).contact;
}

export function type(el: Element | null, value: string): void {
  if (
    !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
  )
    throw new Error('not a form field');
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

export async function click(root: ParentNode, text: string): Promise<void> {
  const button = byText(root, text, 'button');
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await settle();
}

export async function submit(form: Element | null | undefined): Promise<void> {
  if (!form) throw new Error('no form');
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

export function key(el: Element | null, keyName: string, init: KeyboardEventInit = {}): void {
  if (!el) throw new Error('no element for the key press');
  el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }));
}

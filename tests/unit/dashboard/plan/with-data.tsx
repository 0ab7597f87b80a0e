// Mounts a Plan or Progress view the way the shell does (data loaded through the real
// background handlers, reload after a change), and seeds outreach on chosen days.
import type { ComponentChildren } from 'preact';
import { DataContext, useDashboardDataLoader } from '../../../../src/dashboard/data';
import type { Channel, OutreachKind, OutreachStatus } from '../../../../src/model';
import { send } from '../../../../src/platform/send';
import { clock } from '../../ui/fake-browser';
import { byText, settle } from '../../ui/render';

/** "Today" in these tests: Sunday 22 November 2026, 10:00 local time. */
export const NOW = new Date(2026, 10, 22, 10, 0).getTime();

export function WithData({ children }: { children: ComponentChildren }) {
  const { data, error, reload } = useDashboardDataLoader();
  if (error) return <p>{error}</p>;
  if (!data) return <p>loading</p>;
  return <DataContext.Provider value={{ data, reload }}>{children}</DataContext.Provider>;
}

export async function contact(name: string) {
  return send('contact.create', {
    contact: {
      name,
      relationship: 'friend',
      reach: null,
      howWeKnow: null,
      company: null,
      role: null,
      lastContactedOn: null,
      notes: '',
    },
  });
}

/** A 2nd-degree LinkedIn contact, as the content script would report it. */
export async function linkedIn(slug: string) {
  const view = await send('profile.seen', {
    profile: {
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      name: slug,
      headline: null,
      company: null,
      degree: 2,
      self: false,
      mutualCount: 3,
      mutualNames: [],
      canConnect: false,
      pending: false,
      inviteNoteLimit: null,
    },
  });
  return view.contact;
}

let requests = 0;

/** Logs an outreach as if sent on `day` (local), then walks it to `status` the same day. */
export async function logOn(
  day: string,
  contactId: string,
  options: { kind?: OutreachKind; channel?: Channel; status?: OutreachStatus } = {},
) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const saved = clock.now;
  clock.now = new Date(y, m - 1, d, 12, 0).getTime();
  try {
    const { outreach } = await send('outreach.log', {
      requestId: `r${++requests}`,
      contactId,
      kind: options.kind ?? 'coffee-chat',
      channel: options.channel ?? 'linkedin-message',
      templateId: null,
      viaMutual: null,
    });
    if (options.status) await send('outreach.setStatus', { id: outreach.id, status: options.status });
    return outreach;
  } finally {
    clock.now = saved;
  }
}

export function type(el: Element | null, value: string): void {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export async function click(root: ParentNode, text: string): Promise<void> {
  const button = byText(root, text, 'button');
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await settle();
}

export function input(root: ParentNode, id: string): HTMLInputElement {
  const el = root.querySelector(`#${id}`);
  if (!(el instanceof HTMLInputElement)) throw new Error(`no input #${id}`);
  return el;
}

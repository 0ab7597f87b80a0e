// Mounts a dashboard view the way the Shell does: data loaded through the real background (over
// fake-indexeddb) and a reload that re-renders with fresh data. Test files mock the browser module.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type DashboardData, DataContext, loadDashboardData } from '../../../../src/dashboard/data';
import { mount, settle } from '../../ui/render';

function Harness({ initial, children }: { initial: DashboardData; children: ComponentChildren }) {
  const [data, setData] = useState(initial);
  const reload = async () => setData(await loadDashboardData());
  return <DataContext.Provider value={{ data, reload }}>{children}</DataContext.Provider>;
}

export async function mountView(view: ComponentChildren): Promise<HTMLElement> {
  return mount(<Harness initial={await loadDashboardData()}>{view}</Harness>);
}

export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** Types into an input or textarea as a user would (an input event per change). */
export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

/** Commits a field or select (the change event). */
export async function change(element: HTMLInputElement | HTMLSelectElement, value?: string): Promise<void> {
  if (value !== undefined) element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  (element as HTMLElement).click();
  await settle();
}

/** Picks a file in an <input type=file> (happy-dom cannot open a file dialog). */
export async function pickFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(40);
}

export function button(root: ParentNode, text: string): HTMLButtonElement | null {
  return (
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text) ??
    null
  );
}

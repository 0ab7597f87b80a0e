// Where the open conversation is: the full messaging page's detail pane, or the one overlay
// bubble the user has open. Never the first bubble, never several merged: the overlay keeps
// minimised bubbles of other conversations in the same DOM.
import {
  BUBBLE,
  BUBBLE_ACTIVE,
  BUBBLE_MINIMISED,
  OVERLAY,
  OVERLAY_FRAMES,
  OVERLAY_HOSTS,
  PAGE_THREAD,
} from './selectors/messaging';
import type { Missing } from './types';

export interface OpenConversation {
  root: Element;
  source: 'page' | 'overlay';
}

export type ConversationScope = { open: OpenConversation | null; missing: Missing[] };

function inOverlay(el: Element): boolean {
  return OVERLAY.some((s) => el.closest(s) !== null);
}

export function findPageThread(doc: Document): Element | null {
  for (const selector of PAGE_THREAD) {
    for (const el of doc.querySelectorAll(selector)) if (!inOverlay(el)) return el;
  }
  return null;
}

/** Documents and shadow roots that may hold the overlay, light DOM first. */
function overlayRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const selector of OVERLAY_HOSTS) {
    const shadow = doc.querySelector(selector)?.shadowRoot;
    if (shadow) roots.push(shadow);
  }
  for (const frame of doc.querySelectorAll(OVERLAY_FRAMES)) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) roots.push(inner);
    } catch {
      // Cross-origin: not ours to read.
    }
  }
  return roots;
}

function bubblesIn(root: ParentNode): Element[] {
  for (const selector of OVERLAY) {
    const overlay = root.querySelector(selector);
    if (!overlay) continue;
    for (const bubble of BUBBLE) {
      const found = [...overlay.querySelectorAll(bubble)];
      if (found.length) return found;
    }
  }
  return [];
}

function openBubble(bubbles: Element[]): ConversationScope {
  const open = bubbles.filter((b) => !b.classList.contains(BUBBLE_MINIMISED));
  const active = open.filter((b) => b.classList.contains(BUBBLE_ACTIVE));
  if (active.length === 1 && active[0]) return { open: { root: active[0], source: 'overlay' }, missing: [] };
  // No active marker: only a single expanded bubble is unambiguous.
  if (active.length === 0 && open.length === 1 && open[0]) {
    return { open: { root: open[0], source: 'overlay' }, missing: [] };
  }
  if (open.length === 0) return { open: null, missing: [] };
  return {
    open: null,
    missing: [
      { field: 'thread', reason: `${open.length} overlay bubbles are open and none alone is active` },
    ],
  };
}

/** The open conversation: the full page's thread first, else the overlay's open bubble. */
export function findOpenConversation(doc: Document): ConversationScope {
  const page = findPageThread(doc);
  if (page) return { open: { root: page, source: 'page' }, missing: [] };
  for (const root of overlayRoots(doc)) {
    const bubbles = bubblesIn(root);
    if (bubbles.length) return openBubble(bubbles);
  }
  return { open: null, missing: [] };
}

/**
 * The elements to watch for a conversation opening or a message arriving: the messaging page's
 * thread pane and the overlay container. Small subtrees, so an observer on them stays cheap.
 */
export function conversationHosts(doc: Document): Element[] {
  const hosts: Element[] = [];
  const pane = findPageThread(doc);
  if (pane) hosts.push(pane);
  for (const selector of OVERLAY) {
    const overlay = doc.querySelector(selector);
    if (overlay) {
      hosts.push(overlay);
      break;
    }
  }
  return hosts;
}

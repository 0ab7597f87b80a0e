// The template being edited, as form fields, and the UserTemplate it becomes on save. A draft
// "customizing" a built-in keeps its id in basedOn: the popup then offers the user's version in
// its place, and deleting it ("reset to built-in") brings the original back.
import type { Channel, UserTemplate } from '../../model';
import type { ShippedTemplate } from '../../templates/meta';

export interface TemplateDraft {
  id: string;
  basedOn: string | null;
  title: string;
  kind: UserTemplate['kind'];
  channel: Channel;
  subject: string;
  body: string;
  /** As typed: "" means no limit. */
  maxLength: string;
}

/** LinkedIn's longest message is 8000 characters; a bigger limit is a typo. */
export const MAX_LENGTH_LIMIT = 20_000;

/** Channels whose messages have a subject line. */
export function hasSubject(channel: Channel): boolean {
  return channel === 'inmail' || channel === 'email';
}

export function blankDraft(id: string): TemplateDraft {
  return {
    id,
    basedOn: null,
    title: '',
    kind: 'coffee-chat',
    channel: 'linkedin-message',
    subject: '',
    body: '',
    maxLength: '',
  };
}

/** `customize` edits the built-in in place (basedOn); `copy` starts a separate template from it. */
export function draftFromShipped(
  shipped: ShippedTemplate,
  id: string,
  mode: 'customize' | 'copy',
  title: string = shipped.meta.title,
): TemplateDraft {
  return {
    id,
    basedOn: mode === 'customize' ? shipped.meta.id : null,
    title,
    kind: shipped.meta.kind,
    channel: shipped.meta.channel,
    subject: shipped.subjectSource ?? '',
    body: shipped.source,
    maxLength: shipped.meta.maxLength === null ? '' : String(shipped.meta.maxLength),
  };
}

export function draftFromUser(template: UserTemplate): TemplateDraft {
  return {
    id: template.id,
    basedOn: template.basedOn,
    title: template.title,
    kind: template.kind,
    channel: template.channel,
    subject: template.subject ?? '',
    body: template.body,
    maxLength: template.maxLength === null ? '' : String(template.maxLength),
  };
}

/** A copy of the user's own template: a new id, never replacing a built-in. */
export function duplicateUser(template: UserTemplate, id: string, title: string): TemplateDraft {
  return { ...draftFromUser(template), id, basedOn: null, title };
}

/** The limit typed, or undefined when it is not a whole number from 1 to MAX_LENGTH_LIMIT. */
export function parseMaxLength(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_LENGTH_LIMIT ? value : undefined;
}

/** The record to store, or null while the draft cannot be saved (no title, a bad limit). */
export function toUserTemplate(draft: TemplateDraft, now: number): UserTemplate | null {
  const title = draft.title.trim();
  const maxLength = parseMaxLength(draft.maxLength);
  if (title === '' || maxLength === undefined) return null;
  return {
    id: draft.id,
    basedOn: draft.basedOn,
    title,
    kind: draft.kind,
    channel: draft.channel,
    subject: hasSubject(draft.channel) ? draft.subject : null,
    body: draft.body,
    maxLength,
    updatedAt: now,
  };
}

/** The user's version of a built-in, if they made one (the newest, should there be several). */
export function userVersionOf(shippedId: string, templates: UserTemplate[]): UserTemplate | null {
  let found: UserTemplate | null = null;
  for (const template of templates) {
    if (template.basedOn === shippedId && (!found || template.updatedAt > found.updatedAt)) found = template;
  }
  return found;
}

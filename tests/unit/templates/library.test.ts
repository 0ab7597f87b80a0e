import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, OUTREACH_KINDS } from '../../../src/model';
import { createShippedLibrary, type ShippedLibrary } from '../../../src/templates/shipped';
import { EMPTY, FULL, NUMBERS } from './contexts';
import { importShipped } from './shipped-module';

let library: ShippedLibrary;
beforeAll(async () => {
  library = createShippedLibrary(await importShipped());
});

const byKind = (kind: string) => library.listShipped().filter((template) => template.meta.kind === kind);

describe('the shipped library', () => {
  it('covers the method: warm chats for each kind of tie, LinkedIn by degree, intros, reconnects, follow-ups', () => {
    const warmAudiences = byKind('coffee-chat')
      .filter((template) => template.meta.warmth === 'warm')
      .flatMap((template) => template.meta.audience);
    expect(warmAudiences).toEqual(
      expect.arrayContaining(['friend-or-relative', 'colleague-or-manager', 'teacher']),
    );
    expect(byKind('coffee-chat').some((template) => template.meta.audience.includes('1'))).toBe(true);
    expect(byKind('inmail')[0]?.meta.audience).toEqual(['2', '3']);
    expect(
      byKind('invitation-note')
        .map((template) => template.meta.maxLength)
        .sort(),
    ).toEqual([200, 300]);
    expect(
      byKind('reconnect')
        .map((template) => template.meta.warmth)
        .sort(),
    ).toEqual(['linkedin', 'warm']);
    for (const kind of ['follow-up', 'thank-you', 'intro-update', 'intro-request'])
      expect(byKind(kind)).not.toHaveLength(0);
  });

  it('declares valid kinds and channels, and subjects exactly for InMail and email', () => {
    for (const { meta, subjectSource } of library.listShipped()) {
      expect(OUTREACH_KINDS).toContain(meta.kind);
      expect(CHANNELS).toContain(meta.channel);
      expect(subjectSource !== null).toBe(meta.channel === 'inmail' || meta.channel === 'email');
    }
  });

  it('pairs the intro request with a forwardable blurb, both ways', () => {
    const pairs = new Map(library.listShipped().map(({ meta }) => [meta.id, meta.pairsWith]));
    expect(pairs.get('intro-request')).toBe('intro-blurb');
    expect(pairs.get('intro-blurb')).toBe('intro-request');
  });

  it('renders an InMail with its subject, and a LinkedIn message without one', () => {
    const inmail = library.renderShipped('inmail-coffee-chat', FULL);
    expect(inmail.subject).toBe('A question about your work at Deutsche Telekom IT Solutions');
    expect(inmail.body).toMatch(/^Hi Alexandra,\n\n/);
    expect(inmail.body).toContain('20–30 minute');
    expect(library.renderShipped('linkedin-coffee-chat', FULL).subject).toBeNull();
  });

  it('says how long it has been in a reconnect when the years are known', () => {
    expect(library.renderShipped('reconnect-linkedin', FULL).body).toContain('(we last spoke 6 years ago)');
    expect(library.renderShipped('reconnect-linkedin', NUMBERS).body).toContain('(we last spoke a year ago)');
    expect(library.renderShipped('reconnect-warm', EMPTY).body).toContain(
      "I know it's been a long time, but I want",
    );
  });

  it('throws for an unknown template id', () => {
    expect(() => library.renderShipped('nope', FULL)).toThrow('No shipped template "nope"');
  });
});

describe('messages read naturally', () => {
  it('every message fits its LinkedIn limit for long, realistic names and companies', () => {
    for (const { meta } of library.listShipped()) {
      if (meta.maxLength === null) continue;
      const { body } = library.renderShipped(meta.id, FULL);
      expect(body.length, `${meta.id} is ${body.length} characters`).toBeLessThanOrEqual(meta.maxLength);
    }
  });

  it('invitation notes keep a margin for even longer names', () => {
    const free = library.renderShipped('invitation-note-free', FULL).body;
    const premium = library.renderShipped('invitation-note-premium', FULL).body;
    expect(free.length).toBeLessThanOrEqual(200 - 15);
    expect(premium.length).toBeLessThanOrEqual(300 - 20);
  });

  for (const [name, context] of Object.entries({ EMPTY, FULL })) {
    it(`no placeholder debris with the ${name} context`, () => {
      for (const { meta } of library.listShipped()) {
        const { subject, body } = library.renderShipped(meta.id, context);
        for (const text of [subject ?? '', body]) {
          expect(text, meta.id).not.toMatch(/undefined|null|\[object|NaN/);
          expect(text, meta.id).not.toMatch(/ {2}|\n{3}|[ \t]\n|\n[ \t]|^\s|\s$/);
          expect(text, meta.id).not.toMatch(/ [,.!?:;)]|\( |,,|\.\.|\bat \.|\bin \./);
        }
      }
    });
  }
});

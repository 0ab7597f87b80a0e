import { describe, expect, it } from 'vitest';
import { contactChanges, editFields } from '../../../../src/dashboard/people/contact-edit';
import { contactTimeline, nextStatuses } from '../../../../src/dashboard/people/timeline';
import { checkWarmContact, EMPTY_WARM_CONTACT } from '../../../../src/dashboard/people/warm-contact';
import { contact, outreach } from '../../coach/factories';

const today = '2026-11-22';

describe('adding a warm contact', () => {
  it('needs only a name, and trims what is typed', () => {
    const result = checkWarmContact(
      { ...EMPTY_WARM_CONTACT, name: '  Bea Ortiz ', reach: ' bea@example.org ' },
      today,
    );
    expect(result).toEqual({
      ok: true,
      contact: {
        name: 'Bea Ortiz',
        relationship: 'friend',
        reach: 'bea@example.org',
        howWeKnow: null,
        company: null,
        role: null,
        lastContactedOn: null,
        notes: '',
      },
    });
  });

  it('says which field is wrong', () => {
    expect(checkWarmContact({ ...EMPTY_WARM_CONTACT, name: '   ' }, today)).toMatchObject({
      ok: false,
      field: 'name',
    });
    expect(
      checkWarmContact({ ...EMPTY_WARM_CONTACT, name: 'A', lastContactedOn: '2026-02-30' }, today),
    ).toMatchObject({
      ok: false,
      problem: 'dayInvalid',
    });
    expect(
      checkWarmContact({ ...EMPTY_WARM_CONTACT, name: 'A', lastContactedOn: '2026-12-01' }, today),
    ).toMatchObject({
      ok: false,
      problem: 'dayFuture',
    });
  });
});

describe('editing a contact', () => {
  const ana = contact({ id: 'ana', name: 'Ana', company: 'Acme', degree: 2 });

  it('sends only the fields that changed, so only those become hand edits', () => {
    const fields = { ...editFields(ana), company: 'Globex', relationship: 'former-colleague' };
    expect(contactChanges(ana, fields)).toEqual({ company: 'Globex', relationship: 'former-colleague' });
    expect(contactChanges(ana, editFields(ana))).toEqual({});
  });

  it('clears a field to null and changes the degree', () => {
    expect(contactChanges(ana, { ...editFields(ana), company: ' ', degree: '' })).toEqual({
      company: null,
      degree: null,
    });
    expect(contactChanges(ana, { ...editFields(ana), degree: '1' })).toEqual({ degree: 1 });
  });

  it('refuses an empty name', () => {
    expect(contactChanges(ana, { ...editFields(ana), name: '  ' })).toBeNull();
  });
});

describe('history timeline', () => {
  it("lists one person's outreach newest first", () => {
    const list = [
      outreach({ id: 'old', contactId: 'ana', day: '2026-01-01' }),
      outreach({ id: 'other', contactId: 'bo', day: '2026-06-01' }),
      outreach({ id: 'new', contactId: 'ana', day: '2026-11-01' }),
    ];
    expect(contactTimeline(list, 'ana').map((o) => o.id)).toEqual(['new', 'old']);
  });

  it('offers the next steps of a conversation, and none after a held chat or a no', () => {
    expect(nextStatuses('sent')).toEqual(['replied', 'chat-scheduled', 'chat-held', 'declined', 'no-reply']);
    expect(nextStatuses('replied')).toEqual(['chat-scheduled', 'chat-held', 'declined']);
    expect(nextStatuses('chat-scheduled')).toEqual(['chat-held', 'declined']);
    expect(nextStatuses('no-reply')).toContain('replied');
    expect(nextStatuses('chat-held')).toEqual([]);
    expect(nextStatuses('declined')).toEqual([]);
  });
});

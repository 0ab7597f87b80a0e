import { describe, expect, it } from 'vitest';
import { chatBrief } from '../../../src/coach/brief';
import { EMPTY_ME } from '../../../src/model';
import { contact, outreach } from './factories';

const chat = {
  outreachId: 'o-intro',
  contactId: 'dana',
  day: '2026-11-24',
  time: '18:00',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
  where: 'Café Einstein',
  notes: '',
  heldAt: null,
  createdAt: 0,
  updatedAt: 0,
};

describe('the prep brief', () => {
  const dana = contact({
    id: 'dana',
    name: 'Dana Reyes',
    headline: 'UX Research Lead',
    company: 'Northwind',
    degree: 2,
  });
  const priya = contact({ id: 'priya', name: 'Priya Raman', degree: 1 });
  const contacts = new Map([dana, priya].map((c) => [c.id, c]));
  const log = [
    outreach({
      id: 'o-intro',
      contactId: 'priya',
      aboutId: 'dana',
      kind: 'intro-request',
      viaMutual: 'Priya Raman',
      day: '2026-11-10',
      note: 'Priya worked with her at Globex',
    }),
    outreach({ id: 'o-other', contactId: 'priya', kind: 'thank-you', day: '2026-11-12' }),
  ];
  const me = {
    ...EMPTY_ME,
    story: 'Ten years of teaching, now research.',
    ask: 'How did you move into UX research?',
  };

  it('says who they are, who introduced them, what was asked, the story, the ask and the questions', () => {
    const brief = chatBrief({ chat, contacts, outreach: log, me, questions: null, language: 'en' });
    expect(brief?.person).toMatchObject({
      name: 'Dana Reyes',
      headline: 'UX Research Lead',
      company: 'Northwind',
    });
    expect(brief?.connection.introducedBy).toBe('Priya Raman');
    expect(brief?.asked).toEqual([
      {
        kind: 'intro-request',
        channel: 'linkedin-message',
        day: '2026-11-10',
        note: 'Priya worked with her at Globex',
        via: 'Priya Raman',
      },
    ]);
    expect(brief?.me).toMatchObject({ story: me.story, ask: me.ask });
    expect(brief?.questions.custom).toBe(false);
    expect(brief?.questions.groups[0]?.title).toBe('Their path');
    expect(brief?.questions.groups.at(-1)?.questions).toEqual(['Who else would you suggest I talk to?']);
  });

  it('uses the user’s own questions once they edited them, and the UI language for the default set', () => {
    const own = { questions: ['What do you wish you had known?'], updatedAt: 1 };
    const brief = chatBrief({ chat, contacts, outreach: log, me, questions: own, language: 'en' });
    expect(brief?.questions).toEqual({ custom: true, groups: [{ title: null, questions: own.questions }] });
    const german = chatBrief({ chat, contacts, outreach: log, me, questions: null, language: 'de-AT' });
    expect(german?.questions.groups.at(-1)?.questions[0]).toMatch(/^Mit wem/);
  });

  it('names who suggested them, for a lead from an earlier chat', () => {
    const lee = contact({ id: 'lee', name: 'Lee', suggestedBy: 'dana', leadKind: 'suggested' });
    const brief = chatBrief({
      chat: { ...chat, contactId: 'lee' },
      contacts: new Map([...contacts, ['lee', lee]]),
      outreach: [],
      me,
      questions: null,
      language: 'en',
    });
    expect(brief?.connection).toMatchObject({
      suggestedBy: 'Dana Reyes',
      leadKind: 'suggested',
      introducedBy: null,
    });
  });
});

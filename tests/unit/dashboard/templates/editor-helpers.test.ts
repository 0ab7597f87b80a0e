import { describe, expect, it } from 'vitest';
import { readLocales } from '../../../../build/locales';
import {
  blankDraft,
  draftFromShipped,
  draftFromUser,
  duplicateUser,
  hasSubject,
  parseMaxLength,
  toUserTemplate,
  userVersionOf,
} from '../../../../src/dashboard/templates/draft';
import { editorProblems, insertAt, isError, offsetAt } from '../../../../src/dashboard/templates/problems';
import { sampleContext } from '../../../../src/dashboard/templates/sample';
import { helpersFor, variablesFor } from '../../../../src/dashboard/templates/variables';
import { CHANNELS, EMPTY_ME, OUTREACH_KINDS, type UserTemplate } from '../../../../src/model';
import { listShipped } from '../../../../src/templates/library';
import { checkTemplate, renderTemplate } from '../../../../src/templates/render';

const SAMPLE = {
  fullName: 'Alex Morgan',
  company: 'Northwind',
  role: 'PM',
  howWeKnow: 'school',
  mutual: 'Sam Lee',
};
const shipped = (id: string) => {
  const found = listShipped().find((s) => s.meta.id === id);
  if (!found) throw new Error(id);
  return found;
};
const own = (fields: Partial<UserTemplate>): UserTemplate => ({
  id: 'u1',
  basedOn: null,
  title: 'Mine',
  kind: 'reconnect',
  channel: 'email',
  subject: 'Hello',
  body: 'Hi',
  maxLength: null,
  updatedAt: 1,
  ...fields,
});

describe('template drafts', () => {
  it('customizing a built-in keeps its id in basedOn; copying does not', () => {
    const base = shipped('inmail-coffee-chat');
    expect(draftFromShipped(base, 'n1', 'customize')).toMatchObject({
      id: 'n1',
      basedOn: 'inmail-coffee-chat',
      channel: 'inmail',
      maxLength: '1900',
      subject: base.subjectSource,
    });
    expect(draftFromShipped(base, 'n2', 'copy', 'Copy of it')).toMatchObject({
      basedOn: null,
      title: 'Copy of it',
    });
  });

  it('a saved draft drops the subject on channels without one and parses the limit', () => {
    const draft = { ...blankDraft('b1'), title: '  Note ', subject: 'left over', maxLength: ' 300 ' };
    expect(toUserTemplate(draft, 5)).toEqual({
      id: 'b1',
      basedOn: null,
      title: 'Note',
      kind: 'coffee-chat',
      channel: 'linkedin-message',
      subject: null,
      body: '',
      maxLength: 300,
      updatedAt: 5,
    });
    expect(toUserTemplate({ ...draft, channel: 'email' }, 5)?.subject).toBe('left over');
  });

  it('no title or a bad limit cannot be saved', () => {
    expect(toUserTemplate({ ...blankDraft('x'), title: ' ' }, 1)).toBeNull();
    expect(toUserTemplate({ ...blankDraft('x'), title: 'T', maxLength: '12.5' }, 1)).toBeNull();
    expect(parseMaxLength('')).toBeNull();
    expect(parseMaxLength('0')).toBeUndefined();
    expect(parseMaxLength('20001')).toBeUndefined();
    expect(parseMaxLength('-3')).toBeUndefined();
    expect(parseMaxLength('8000')).toBe(8000);
  });

  it('round trip through the form and duplicates get a new id and no basedOn', () => {
    const template = own({ basedOn: 'reconnect-warm', maxLength: 500 });
    expect(toUserTemplate(draftFromUser(template), 1)).toEqual(template);
    expect(duplicateUser(template, 'u2', 'Copy')).toMatchObject({ id: 'u2', basedOn: null, title: 'Copy' });
  });

  it("finds the user's newest version of a built-in", () => {
    const list = [
      own({ id: 'a', basedOn: 'x', updatedAt: 1 }),
      own({ id: 'b', basedOn: 'x', updatedAt: 9 }),
      own({ id: 'c' }),
    ];
    expect(userVersionOf('x', list)?.id).toBe('b');
    expect(userVersionOf('y', list)).toBeNull();
  });

  it('only InMail and email have a subject', () => {
    expect(CHANNELS.filter(hasSubject)).toEqual(['inmail', 'email']);
  });
});

describe('editor problems', () => {
  it('syntax errors carry their place and a code for the view to word', () => {
    const problems = editorProblems(checkTemplate('Hi\n{{#if mutual}}x'));
    expect(problems).toEqual([
      { kind: 'syntax', line: 2, column: 16, problem: { code: 'templateExpectedClosing', params: {} } },
    ]);
  });

  it('unknown variables are errors; empty ones are hints, once per variable', () => {
    const context = sampleContext(EMPTY_ME, SAMPLE);
    const problems = editorProblems(
      checkTemplate('{{me.story}} {{person.nick}}\n{{me.story}} {{person.firstName}}', context),
    );
    expect(problems.map((p) => [p.kind, p.line, p.kind === 'syntax' ? null : p.path, isError(p)])).toEqual([
      ['empty', 1, 'me.story', false],
      ['unknown', 1, 'person.nick', true],
    ]);
  });

  it('line and column map to an offset, clamped to the line', () => {
    const source = 'ab\ncdef\ng';
    expect(offsetAt(source, 1, 1)).toBe(0);
    expect(offsetAt(source, 2, 3)).toBe(5);
    expect(offsetAt(source, 2, 99)).toBe(7);
    expect(offsetAt(source, 9, 1)).toBe(source.length);
  });

  it('inserts over the selection and puts the caret inside a block', () => {
    expect(insertAt('Hi there', 3, 8, '{{person.firstName}}')).toEqual({
      value: 'Hi {{person.firstName}}',
      cursor: 23,
    });
    expect(insertAt('', 5, 5, '{{#if a}}{{/if}}', 9)).toEqual({ value: '{{#if a}}{{/if}}', cursor: 9 });
  });
});

describe('the reference list and sample person', () => {
  it.each(['en', 'de', 'fr', 'es'] as const)(
    'every variable and helper listed for %s is valid and described',
    (language) => {
      const english = readLocales().get('en') ?? {};
      const context = sampleContext(
        { ...EMPTY_ME, name: 'Kim Doe', story: 's', targetCompanies: ['A'] },
        SAMPLE,
      );
      for (const item of [...variablesFor(language), ...helpersFor(language)]) {
        expect(english, item.describe).toHaveProperty(item.describe);
        const { errors, variables } = checkTemplate(item.snippet, context);
        expect(errors, item.snippet).toEqual([]);
        expect(
          variables.every((v) => v.known),
          item.snippet,
        ).toBe(true);
      }
    },
  );

  it('every kind and channel has a label', () => {
    const english = readLocales().get('en') ?? {};
    for (const kind of OUTREACH_KINDS) expect(english).toHaveProperty(`tpl_kind_${kind.replace(/-/g, '_')}`);
    for (const channel of CHANNELS)
      expect(english).toHaveProperty(`tpl_channel_${channel.replace(/-/g, '_')}`);
  });

  it('the sample person fills every person and mutual field', () => {
    const context = sampleContext(EMPTY_ME, SAMPLE);
    expect(
      renderTemplate(
        '{{person.firstName}}|{{person.lastName}}|{{mutual.firstName}}|{{years person.yearsSinceContact}}',
        context,
      ),
    ).toBe('Alex|Morgan|Sam|3 years');
  });
});

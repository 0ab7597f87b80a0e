import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/templates/context';
import { TEMPLATE_HELPERS } from '../../../src/templates/helpers/index';

const options = { hash: {} };
const call = (name: string, ...args: unknown[]) => TEMPLATE_HELPERS[name]?.(...args, options);

describe('buildContext', () => {
  it('derives first names and the companies sentence', () => {
    const context = buildContext({
      person: { fullName: '  Ana  María López ' },
      mutual: { fullName: 'Bo Chen' },
      me: { name: 'Sam Rivera', targetCompanies: ['Acme', ' ', 'Globex', 'Initech'] },
    });
    expect(context.person).toMatchObject({
      firstName: 'Ana',
      lastName: 'María López',
      fullName: 'Ana María López',
    });
    expect(context.mutual).toEqual({ firstName: 'Bo', fullName: 'Bo Chen' });
    expect(context.me).toMatchObject({ firstName: 'Sam', targetCompanies: ['Acme', 'Globex', 'Initech'] });
    expect(context.me.targetCompaniesText).toBe('Acme, Globex and Initech');
  });

  it('builds the full name from its parts', () => {
    expect(buildContext({ person: { firstName: 'Ana', lastName: 'López' } }).person.fullName).toBe(
      'Ana López',
    );
  });

  it('fills every field so templates never see undefined', () => {
    const context = buildContext();
    expect(context.mutual).toBeNull();
    expect(context.person.yearsSinceContact).toBeNull();
    expect(context.person.degree).toBeNull();
    expect(Object.values(context.person).filter((value) => value === undefined)).toEqual([]);
    expect(context.me.targetCompaniesText).toBe('');
  });
});

describe('helpers', () => {
  it('years', () => {
    expect([1, 3, 0, 2.6, null, -1, 'x'].map((value) => call('years', value))).toEqual([
      'a year',
      '3 years',
      'less than a year',
      '3 years',
      '',
      '',
      '',
    ]);
    expect(TEMPLATE_HELPERS.years?.(options)).toBe('');
  });

  it('firstWord', () => {
    expect(call('firstWord', '  Ana María ')).toBe('Ana');
    expect(call('firstWord', null)).toBe('');
  });

  it('list, with "or" as a choice', () => {
    expect(call('list', ['A'])).toBe('A');
    expect(call('list', ['A', 'B'])).toBe('A and B');
    expect(TEMPLATE_HELPERS.list?.(['A', 'B', 'C'], { hash: { conjunction: 'or' } })).toBe('A, B or C');
    expect(call('list', 'not a list')).toBe('');
  });

  it('default', () => {
    expect(call('default', '', 'there')).toBe('there');
    expect(call('default', '  ', 'there')).toBe('there');
    expect(call('default', [], 'none')).toBe('none');
    expect(call('default', 0, 'none')).toBe(0);
    expect(call('default', 'Ana', 'there')).toBe('Ana');
  });
});

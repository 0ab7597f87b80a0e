import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/templates/render';
import { handlebarsRender } from './oracle';

// Hand-written templates for every feature the interpreter claims; each must render exactly as
// Handlebars 4.7 does, whitespace included.
const FEATURES: Record<string, string> = {
  paths: '{{person.firstName}} {{person.company}} {{this.me.name}} {{./me.name}} {{[person].[firstName]}}',
  triple: '{{{person.firstName}}} and {{{me.ask}}}',
  missing: '[{{nothing}}] [{{person.nothing.deeper}}] [{{mutual.firstName}}]',
  numbers: '{{person.degree}} {{person.yearsSinceContact}} {{zero}} {{falsy}} {{nothing}}',
  adjacentNumbers: '{{person.degree}}{{person.yearsSinceContact}}|{{zero}}{{zero}}|{{falsy}}{{truth}}',
  arraysAndObjects: '{{me.targetCompanies}} / {{person}} / {{empty}}',
  ifElseChain:
    '{{#if person.company}}at {{person.company}}{{else if person.headline}}{{person.headline}}{{else if me.story}}story{{else}}nothing{{/if}}',
  unless: '{{#unless mutual}}no mutual{{else}}via {{mutual.firstName}}{{/unless}}',
  includeZero: '{{#if zero}}yes{{else}}no{{/if}} {{#if zero includeZero=true}}yes{{else}}no{{/if}}',
  eachArray:
    '{{#each me.targetCompanies}}{{@index}}:{{this}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}};{{else}}none{{/each}}',
  eachObject: '{{#each person}}{{@key}}={{this}}|{{/each}}',
  eachDataMustaches: '{{#each me.targetCompanies}}{{@key}}{{@index}}{{@first}}{{@last}}-{{/each}}',
  eachParent:
    '{{#each me.targetCompanies}}{{this}} for {{../me.name}} ({{@root.person.firstName}}){{#each ../me.targetCompanies}}[{{@../index}}.{{@index}} {{../../me.firstName}}]{{/each}}{{/each}}',
  eachEmpty:
    '{{#each empty}}x{{else}}nothing to list{{/each}}|{{#each person.firstName}}x{{else}}string{{/each}}',
  withBlocks:
    '{{#with person}}{{firstName}} at {{company}}, for {{../me.name}}{{else}}nobody{{/with}}{{#with mutual}}{{fullName}}{{else}}no mutual{{/with}}',
  withInsideIf:
    '{{#if person}}{{#with person}}{{#if company}}{{../me.name}}/{{@root.me.name}}{{/if}}{{/with}}{{/if}}',
  helpers:
    '{{years person.yearsSinceContact}}|{{firstWord person.fullName}}|{{list me.targetCompanies}}|{{list me.targetCompanies conjunction="or"}}|{{default person.company "your team"}}|{{default nothing 3}}',
  helperLiterals: '{{default null "n"}} {{default undefined true}} {{default "" 0}} {{default false "f"}}',
  subexpressions: '{{default (firstWord mutual.fullName) (default person.firstName "there")}}',
  bareHelpers: '[{{years}}][{{list}}][{{default}}]',
  literalPaths: '{{"person"}} {{true}}',
  whitespaceControl: 'Hi   {{~person.firstName~}}   ,\n  {{~#if me.ask~}}  {{me.ask}}  {{~/if~}}  !',
  standalone:
    'Hi {{person.firstName}},\n  {{#if person.company}}\n  I saw {{person.company}}.\n  {{else}}\n  Hello.\n  {{/if}}\n{{! a comment line }}\nBye\n',
  standaloneElseIf:
    'A\n  {{#if nothing}}\n  one\n  {{else if person.company}}\n  two\n  {{else if me.ask}}\n  three\n  {{else}}\n  four\n  {{/if}}\nB\n',
  tildeElseIf: 'A {{#if nothing}} 1 {{~else if nothing~}} 2 {{~else if me.ask ~}} 3 {{~else~}} 4 {{~/if}} B',
  // Handlebars 4 (unlike @handlebars/parser 2) gives later chain links their own tag's `~` flags.
  chainStripFlags: '{{#if nothing}}1{{else if falsy}}2{{~else if nothing}} 3 {{else}} 4 {{/if}}|',
  chainStripFlagsTaken: '{{#if nothing}}1{{else if falsy}}2{{~else if me.ask}} 3 {{else}} 4 {{/if}}|',
  eachStandalone: 'List:\n{{#each me.targetCompanies}}\n  - {{this}}\n{{/each}}\nEnd',
  comments: 'a{{! short }}b{{!-- has }} inside --}}c\n{{!-- standalone --}}\nd',
  escapes: '\\{{person.firstName}} and {{person.firstName}} \\\\{{me.name}}',
  inverted: '{{^if mutual}}no mutual{{/if}}|{{^each empty}}empty{{/each}}',
  nullElements: '{{#each withNulls}}[{{this}}{{#if @first}}{{this}}{{/if}}]{{/each}}',
  crlf: 'Hi\r\n{{#if me.ask}}\r\n{{me.ask}}\r\n{{/if}}\r\nBye',
};

const CONTEXT = {
  person: {
    firstName: 'Ana',
    fullName: 'Ana María López',
    company: 'AT&T',
    headline: '',
    degree: 2,
    yearsSinceContact: 3,
  },
  mutual: { firstName: 'Bo', fullName: 'Bo Chen' },
  me: {
    name: 'Sam Lee',
    firstName: 'Sam',
    ask: 'a <b>20-minute</b> call',
    targetCompanies: ['Acme', 'Globex', 'Initech'],
  },
  zero: 0,
  falsy: false,
  truth: true,
  empty: [],
  withNulls: [null, 'x', undefined],
};

const SPARSE = { person: {}, mutual: null, me: { targetCompanies: [] }, zero: 0 };

describe('the interpreter renders each feature exactly as Handlebars does', () => {
  for (const [name, source] of Object.entries(FEATURES)) {
    it(name, () => {
      expect(renderTemplate(source, CONTEXT)).toBe(handlebarsRender(source, CONTEXT));
      expect(renderTemplate(source, SPARSE)).toBe(handlebarsRender(source, SPARSE));
    });
  }
});

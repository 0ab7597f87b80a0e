// Vite plugin: precompiles templates/*.hbs into `virtual:shipped-templates` at build time, so the
// extension only ships `handlebars/runtime` (MV3 forbids the eval the compiler needs). Runs in
// Node; the only place outside tests allowed to import the full Handlebars compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { Plugin } from 'vite';
import { CHANNELS, OUTREACH_KINDS } from '../src/model';
import { checkTemplate } from '../src/templates/check';
import { type ShippedMeta, WARMTHS } from '../src/templates/meta';

export const VIRTUAL_ID = 'virtual:shipped-templates';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface ParsedTemplate {
  meta: ShippedMeta;
  subject: string | null;
  body: string;
}

/** `key: value` lines between `---` fences; values stay strings, the caller types them. */
export function parseFrontMatter(text: string, file: string): { fields: Map<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${file}: missing front matter between --- lines`);
  const fields = new Map<string, string>();
  for (const [index, line] of (match[1] ?? '').split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const separator = line.indexOf(':');
    if (separator < 1) throw new Error(`${file}: front matter line ${index + 2} is not "key: value"`);
    const key = line.slice(0, separator).trim();
    if (fields.has(key)) throw new Error(`${file}: "${key}" is given twice`);
    fields.set(key, line.slice(separator + 1).trim());
  }
  return { fields, body: text.slice(match[0].length) };
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | undefined,
  what: string,
  file: string,
): T {
  const found = allowed.find((item) => item === value);
  if (!found) throw new Error(`${file}: ${what} "${value ?? ''}" is not one of ${allowed.join(', ')}`);
  return found;
}

export function parseTemplateFile(text: string, file: string): ParsedTemplate {
  const { fields, body } = parseFrontMatter(text, file);
  const required = (key: string): string => {
    const value = fields.get(key);
    if (!value) throw new Error(`${file}: front matter needs "${key}"`);
    return value;
  };
  const id = required('id');
  if (id !== basename(file, '.hbs')) throw new Error(`${file}: id "${id}" must equal the file name`);
  const maxLength = fields.get('maxLength');
  if (maxLength !== undefined && !/^\d+$/.test(maxLength))
    throw new Error(`${file}: maxLength must be a number`);
  const known = new Set([
    'id',
    'title',
    'kind',
    'channel',
    'fits',
    'maxLength',
    'subject',
    'warmth',
    'audience',
    'pairsWith',
  ]);
  for (const key of fields.keys())
    if (!known.has(key)) throw new Error(`${file}: unknown front matter key "${key}"`);
  const meta: ShippedMeta = {
    id,
    title: required('title'),
    kind: oneOf(OUTREACH_KINDS, fields.get('kind'), 'kind', file),
    channel: oneOf(CHANNELS, fields.get('channel'), 'channel', file),
    fits: required('fits'),
    maxLength: maxLength === undefined ? null : Number(maxLength),
    warmth: oneOf(WARMTHS, fields.get('warmth'), 'warmth', file),
    audience: (fields.get('audience') ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
    pairsWith: fields.get('pairsWith') || null,
  };
  // The file's final newline is not part of the message (it would count against note limits).
  return { meta, subject: fields.get('subject') || null, body: body.replace(/\r?\n$/, '') };
}

export function readTemplates(dir: string): { file: string; parsed: ParsedTemplate }[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort();
  const templates = files.map((name) => {
    const file = join(dir, name);
    return { file, parsed: parseTemplateFile(readFileSync(file, 'utf8'), file) };
  });
  const ids = new Set(templates.map(({ parsed }) => parsed.meta.id));
  for (const { file, parsed } of templates) {
    const partner = parsed.meta.pairsWith;
    if (partner && !ids.has(partner)) throw new Error(`${file}: pairsWith "${partner}" is not a template`);
  }
  return templates;
}

const LOC = /,"loc":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

function precompile(source: string): string {
  // No srcName: with one, precompile returns a source-map object instead of a string.
  // Where each helper call stands in the source (`loc`) is only for errors thrown by helpers,
  // which ours never raise: leaving it out takes a tenth off every page that renders templates.
  return String(Handlebars.precompile(source, { noEscape: true, strict: false })).replace(LOC, '');
}

/**
 * English templates sit in `templates/`; a translation of one sits in `templates/<lang>/` under
 * the same file name (same id, kind and channel). A language may translate only some templates:
 * the rest fall back to English at run time.
 */
export function readAllTemplates(dir: string): { locale: string; file: string; parsed: ParsedTemplate }[] {
  const english = readTemplates(dir).map((t) => ({ locale: 'en', ...t }));
  const byId = new Map(english.map((t) => [t.parsed.meta.id, t.parsed.meta]));
  const translations = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
    .flatMap((entry) =>
      readTemplates(join(dir, entry.name)).map((t) => {
        const base = byId.get(t.parsed.meta.id);
        if (!base) throw new Error(`${t.file}: no English template "${t.parsed.meta.id}" to translate`);
        if (base.kind !== t.parsed.meta.kind || base.channel !== t.parsed.meta.channel) {
          throw new Error(`${t.file}: kind and channel must match the English template`);
        }
        return { locale: entry.name, ...t };
      }),
    );
  return [...english, ...translations];
}

/** The JS text of `virtual:shipped-templates`; exported so tests can import it without Vite. */
export function loadShippedModule(dir: string): string {
  const entries = readAllTemplates(dir).map(({ locale, parsed }) => {
    const subject = parsed.subject === null ? 'null' : precompile(parsed.subject);
    // The paths each template reads, worked out here so the popup can point at empty ones
    // without shipping the Handlebars parser.
    const variables = [
      ...new Set(checkTemplate(`${parsed.subject ?? ''}\n${parsed.body}`).variables.map((v) => v.path)),
    ];
    return `  {\n    locale: ${JSON.stringify(locale)},\n    meta: ${JSON.stringify(parsed.meta)},\n    body: ${precompile(parsed.body)},\n    subject: ${subject},\n    source: ${JSON.stringify(parsed.body)},\n    subjectSource: ${JSON.stringify(parsed.subject)},\n    variables: ${JSON.stringify(variables)},\n  }`;
  });
  return `// Generated from templates/**/*.hbs by build/handlebars-templates.ts.\nexport const shipped = [\n${entries.join(',\n')}\n];\n`;
}

export default function shippedTemplates(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'templates');
  return {
    name: 'coffee-chat-coach:shipped-templates',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const { file } of readAllTemplates(dir)) this.addWatchFile(file);
      return loadShippedModule(dir);
    },
  };
}

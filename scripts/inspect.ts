// Reads a saved LinkedIn page with the extension's own readers and prints one JSON object:
//   npm run --silent inspect -- <saved-page.html> [--url <page url>]
// With --report it prints the page's sanitised report instead (HTML-like text, no names, no
// message text; see src/linkedin/report.ts), which this same command reads back:
//   npm run --silent inspect -- <saved-page.html> --report > report.html
// A conversation open on the page (the messaging page's thread, or the overlay's open bubble on
// any page) is printed as "thread" beside the page's own keys.
// Exit code 1 with a one-line message on stderr when the file is missing, not HTML, or unreadable.
import { readFileSync, statSync } from 'node:fs';
import { Window } from 'happy-dom';
import {
  pageKind,
  pageKindFromMarkup,
  pageReport,
  readConversation,
  readProfile,
  readSearch,
} from '../src/linkedin/index';

class Failure extends Error {}

const USAGE = 'usage: npm run --silent inspect -- <saved-page.html> [--url <page url>] [--report]';

interface Args {
  file: string;
  url: string | null;
  /** Print the sanitised report of the page rather than what the readers read. */
  report: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let url: string | null = null;
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new Failure('--url needs a value');
    } else if (arg?.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--report') report = true;
    else if (arg === '-h' || arg === '--help') throw new Failure(USAGE);
    else if (arg && !file) file = arg;
    else throw new Failure(`unexpected argument: ${arg}`);
  }
  if (!file) throw new Failure(USAGE);
  return { file, url, report };
}

function readHtml(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new Failure(`${file} is a directory, not a saved page`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure(`cannot open ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length === 0) throw new Failure(`${file} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new Failure(`${file} is not HTML (binary data)`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('['))
    throw new Failure(`${file} is not HTML (looks like JSON)`);
  if (
    !start.startsWith('<') ||
    !/<(!doctype html|html|head|body|main|div|section|span|a)\b/i.test(text.slice(0, 65536))
  ) {
    throw new Failure(`${file} is not HTML`);
  }
  return text;
}

function parse(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function pageUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/').href;
  } catch {
    return null;
  }
}

function readPage(doc: Document, url: string | null): Record<string, unknown> {
  const kind = url ? pageKind(url) : pageKindFromMarkup(doc);
  if (kind === 'profile') {
    const profile = readProfile(doc, url ?? '');
    if (!profile.readable) {
      // The first entry says why; the rest only list the fields left unread.
      const unread = profile.missing.slice(1).map((m) => m.field);
      throw new Failure(`can't read this page: ${profile.missing[0]?.reason} (unread: ${unread.join(', ')})`);
    }
    return { page: 'profile', url, profile };
  }
  if (kind === 'search') {
    const search = readSearch(doc, url ?? '');
    if (search.results.length === 0) {
      throw new Failure(`can't read this page: ${search.missing.map((m) => m.reason).join('; ')}`);
    }
    return { page: 'search', url, frontEnd: search.frontEnd, results: search.results };
  }
  if (kind === 'messaging') return { page: 'messaging', url };
  return kind === 'other' ? { page: 'other', url } : { page: 'other', kind, url };
}

function load(args: Args): { doc: Document; url: string | null } {
  const html = readHtml(args.file);
  const doc = parse(html, args.url ?? 'https://www.linkedin.com/');
  const url = args.url ?? pageUrl(doc);
  return { doc: url && !args.url ? parse(html, url) : doc, url };
}

function inspect(args: Args): Record<string, unknown> {
  const { doc, url } = load(args);
  const out = readPage(doc, url);
  const conversation = readConversation(doc);
  if (conversation.thread) return { ...out, thread: conversation.thread };
  // On the messaging page the conversation is the page: say why it could not be read.
  if (out.page === 'messaging' && conversation.missing.length) {
    throw new Failure(
      `can't read this conversation: ${conversation.missing.map((m) => m.reason).join('; ')}`,
    );
  }
  return out;
}

try {
  const args = parseArgs(process.argv.slice(2));
  if (args.report) {
    const { doc, url } = load(args);
    process.stdout.write(pageReport(doc, url));
  } else process.stdout.write(`${JSON.stringify(inspect(args))}\n`);
} catch (error) {
  const message = error instanceof Failure ? error.message : `unexpected error: ${String(error)}`;
  process.stderr.write(`inspect: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}

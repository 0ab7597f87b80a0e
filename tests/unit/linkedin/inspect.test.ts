// The saved-page inspector, run as a user would: a child process printing one JSON object.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures';

const ROOT = join(import.meta.dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function inspect(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/inspect.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const fixture = (name: string): string => join(FIXTURES, `${name}.html`);
const real = (name: string): string => join(FIXTURES, 'real', `${name}.html`);

describe('inspect CLI', { timeout: 60_000 }, () => {
  it('prints the profile read from a saved SDUI page, with its URL from the canonical link', async () => {
    const run = await inspect(fixture('profile-sdui-2026-en-2nd'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.page).toBe('profile');
    expect(out.profile).toMatchObject({
      name: 'Taylor Brooks',
      headline: 'Design Lead',
      degree: 2,
      self: false,
      mutualCount: 6,
      mutualNames: ['Alex', 'Sam'],
      canConnect: true,
      pending: false,
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints search results from a saved Ember search page', async () => {
    const run = await inspect(fixture('search-ember-2022-en'));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.page).toBe('search');
    expect(out.results[0]).toMatchObject({
      name: 'Chris Park',
      profileUrl: 'https://www.linkedin.com/in/chris-park/',
      degree: 2,
      mutualCount: 14,
    });
    expect(out.results[2]).toMatchObject({ name: 'LinkedIn Member', profileUrl: null });
  });

  it('prints the thread of a saved messaging page (MARKUP.md sample), and nothing of its words', async () => {
    const run = await inspect(real('messaging-ember-2026-pl-thread'));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toEqual({
      page: 'messaging',
      url: null,
      thread: {
        with: [
          {
            name: 'Jakub Zieliński-Mroczek',
            profileUrl: 'https://www.linkedin.com/in/jakub-zielinski-mroczek-2a9c4f71/',
          },
        ],
        fromMe: 1,
        fromThem: 1,
        lastFrom: 'them',
      },
    });
    expect(run.stdout).not.toMatch(/Dzień dobry/);
  });

  it('prints the open overlay conversation beside the profile under it (MARKUP.md sample)', async () => {
    const run = await inspect(real('messaging-overlay-2025-en'));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.page).toBe('profile');
    expect(out.profile).toMatchObject({ name: 'Ifeoluwa Brandt-Castellanos', degree: 1 });
    expect(out.thread).toEqual({
      with: [
        {
          name: 'Ifeoluwa Brandt-Castellanos',
          profileUrl: 'https://www.linkedin.com/in/ifeoluwa-brandt-castellanos-6d02e9b4/',
        },
      ],
      fromMe: 2,
      fromThem: 1,
      lastFrom: 'me',
    });
  });

  it('a page whose overlay has only minimised bubbles prints no thread', async () => {
    const run = await inspect(fixture('messaging-overlay-2026-en-profile-none-open'));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.page).toBe('profile');
    expect(out).not.toHaveProperty('thread');
  });

  it('--report prints a sanitised report that the inspector reads back to the same degree and mutuals', async () => {
    const page = fixture('profile-ember-2026-fr-pending');
    const original = JSON.parse((await inspect(page)).stdout).profile;
    const run = await inspect(page, '--report');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).not.toContain(original.name);
    const saved = join(tmpdir(), `inspect-report-${process.pid}.html`);
    writeFileSync(saved, run.stdout);
    const back = JSON.parse((await inspect(saved)).stdout);
    expect(back.page).toBe('profile');
    for (const field of ['degree', 'mutualCount', 'canConnect', 'pending', 'self']) {
      expect(back.profile[field]).toEqual(original[field]);
    }
  });

  it('--help names the --report flag', async () => {
    const run = await inspect('--help');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--report/);
  });

  it('a --url that is no profile or search page gives {"page":"other"}', async () => {
    const run = await inspect(
      fixture('profile-ember-2026-en-2nd'),
      '--url',
      'https://www.linkedin.com/feed/',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ page: 'other' });
  });

  it('a file that is not HTML fails with one line on stderr and exit code 1', async () => {
    const json = join(tmpdir(), `inspect-${process.pid}.json`);
    writeFileSync(json, '{"name":"not a page"}');
    const run = await inspect(json);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not HTML/);
  });

  it('an unreadable profile page says "can\'t read this page" with the reason, exit code 1', async () => {
    const run = await inspect(fixture('profile-unreadable-authwall'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^inspect: can't read this page: no profile top card/);
  });

  it('a missing file fails with exit code 1', async () => {
    const run = await inspect(join(tmpdir(), 'no-such-page.html'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot open .*ENOENT/);
  });
});

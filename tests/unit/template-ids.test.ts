import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../build/handlebars-templates';

describe('the recommender and the template library agree', () => {
  it('every template the recommender suggests ships in templates/', () => {
    const shipped = new Set(readTemplates('templates').map((t) => t.parsed.meta.id));
    const source = readFileSync('src/coach/recommend.ts', 'utf8');
    const suggested = new Set<string>();
    for (const list of source.matchAll(/templateIds: \[([^\]]*)\]/g)) {
      for (const id of (list[1] ?? '').matchAll(/'([^']+)'/g)) suggested.add(id[1] as string);
    }
    const warm = source.slice(
      source.indexOf('WARM_TEMPLATE'),
      source.indexOf('};', source.indexOf('WARM_TEMPLATE')),
    );
    for (const id of warm.matchAll(/: '([a-z-]+)'/g)) suggested.add(id[1] as string);
    expect(suggested.size).toBeGreaterThan(8);
    expect([...suggested].filter((id) => !shipped.has(id))).toEqual([]);
  });
});

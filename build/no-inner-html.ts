// Preact keeps one code path that assigns innerHTML: `dangerouslySetInnerHTML`. Nothing in this
// extension may turn a string into markup (names come from LinkedIn pages and users), the linter
// forbids the prop, and AMO's linter flags the assignment. So the build replaces that path with
// a throw, and fails loudly if a Preact update moves it.
import type { Plugin } from 'vite';

const ASSIGNMENT = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'ccc:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.m?js$/.test(id.split('?')[0] ?? id)) return null;
      if (!ASSIGNMENT.test(code))
        this.error('Preact no longer has the expected innerHTML assignment: review build/no-inner-html.ts');
      return {
        code: code.replace(ASSIGNMENT, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()'),
        map: null,
      };
    },
  };
}

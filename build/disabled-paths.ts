// Code paths of libraries we bundle that this extension must never take, compiled into a throw.
// Each fails the build loudly if a library update moves the code, so the guard cannot silently
// lapse; tests/browser/bundles.test.ts then checks the built files.
//  - Preact keeps one path that assigns innerHTML: `dangerouslySetInnerHTML`. Nothing here may
//    turn a string into markup (names come from LinkedIn pages and users), the linter forbids
//    the prop, and AMO's linter flags the assignment.
//  - PapaParse can download a CSV itself (`download: true`, through XMLHttpRequest). We only
//    parse text the user picked; the extension makes no network requests at all.
import type { Plugin } from 'vite';

interface Path {
  /** The module file, as its resolved id ends. */
  module: RegExp;
  code: RegExp;
  why: string;
}

const PATHS: Path[] = [
  {
    module: /node_modules\/preact\/dist\/preact\.m?js$/,
    code: /(\w+)\.innerHTML=(\w+)\.__html/g,
    why: 'dangerouslySetInnerHTML is disabled',
  },
  {
    module: /node_modules\/papaparse\/papaparse(\.min)?\.js$/,
    code: /new XMLHttpRequest(\(\))?/g,
    why: 'PapaParse downloads are disabled: the extension makes no network requests',
  },
];

export function disabledPaths(): Plugin {
  return {
    name: 'ccc:disabled-paths',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const path = PATHS.find((p) => p.module.test(file));
      if (!path) return null;
      if (!path.code.test(code))
        this.error(`${file} no longer has the code build/disabled-paths.ts disables (${path.why})`);
      path.code.lastIndex = 0;
      return {
        code: code.replace(path.code, `(()=>{throw new Error(${JSON.stringify(path.why)})})()`),
        map: null,
      };
    },
  };
}

// Store-ready archives of both builds into artifacts/, named with package.json's version.
// web-ext's packager zips either build (it does not need a Firefox-only manifest to do so).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('artifacts', { recursive: true, force: true });
for (const target of ['chrome', 'firefox']) {
  const built = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
  if (built.version !== version)
    throw new Error(
      `dist/${target} is version ${built.version}, package.json says ${version}: run npm run build`,
    );
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      'artifacts',
      '--filename',
      `coffee-chat-coach-${target}-${version}.zip`,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`artifacts/coffee-chat-coach-${target}-${version}.zip`);
}

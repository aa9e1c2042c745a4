// Runs before `npm start` and `npm test` (plain JavaScript: it may run on an older system Node).
// Installs the npm dependencies, Node 24 among them, when they are missing or out of date, and
// with `--system`, the Debian packages the tests need (Chromium, poppler) or says how to get them.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

// On a system Node older than the project's engines, npm warns EBADENGINE for the project, Astro
// and others: true of the Node running npm, not of the Node 24 the project brings and runs with.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const olderNode = major < 22 || (major === 22 && minor < 12);
const quiet = ['--no-audit', '--no-fund', ...(process.env.CI || olderNode ? ['--loglevel=error'] : [])];

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit' });
}

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing npm dependencies (npm ci)…');
  if (olderNode)
    console.log(
      `  (Node ${process.versions.node} runs this install; the project then runs on its own Node 24, so npm's engine warnings are left out.)`,
    );
  run('npm', ['ci', ...quiet]);
}

if (process.argv.includes('--system')) {
  const tools = { chromium: 'chromium', pdftoppm: 'poppler-utils', pdftotext: 'poppler-utils' };
  const has = (tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = [
    ...new Set(
      Object.entries(tools)
        .filter(([tool]) => !has(tool))
        .map(([, pkg]) => pkg),
    ),
  ];
  if (missing.length > 0) {
    const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
    if (process.getuid?.() === 0 && has('apt-get')) {
      console.log(`Installing system packages the tests need: ${missing.join(', ')}…`);
      execFileSync('sh', ['-c', `${command} >/dev/null`], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else {
      console.error(
        `The tests need ${missing.join(' and ')} (Debian packages). Install them with:\n  sudo ${command}\nthen run npm test again.`,
      );
      process.exit(1);
    }
  }
}

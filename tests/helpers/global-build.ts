// Builds the site once from the shipped content before the tests that read dist/.
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_BUILD) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

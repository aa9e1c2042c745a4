// Progress for long runs: one line redrawn in place on an interactive terminal, nothing in CI
// or in a log file, where only the summary at the end belongs.

/** Returns a reporter for `done` of `total`; call it as often as you like, it redraws at most ten times a second. */
export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const live = Boolean(stream.isTTY) && !process.env.CI;
  let drawn = 0;
  return (done: number, total: number) => {
    if (!live || total < 50) return;
    const now = Date.now();
    if (done < total && now - drawn < 100) return;
    drawn = now;
    const percent = Math.floor((done / total) * 100);
    stream.write(`\r${label}: ${done}/${total} (${percent}%)${done === total ? '\n' : ''}`);
  };
}

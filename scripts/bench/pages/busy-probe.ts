/**
 * In-page code shared by the busy pages: `__bench.runBusy(step, periodMs, durationMs, replaces)` calls
 * `step(i)` every `periodMs` for `durationMs`. `step` changes the page and returns the number of
 * highlighted ranges that means the change is fully marked. Every animation frame reads the registry, so
 * the time from a change to the first frame that shows its marks is what a reader would see. When each
 * change `replaces` the last, a change replaced before its marks showed counts as missed; otherwise
 * changes add up and are marked in order. Resolves with the latencies, the missed changes, when the run
 * started and how long it took.
 */
export const BUSY_PROBE = `
window.__bench.runBusy = (step, periodMs, durationMs, replaces) => new Promise((resolve) => {
  const bench = window.__bench;
  const started = performance.now();
  const pending = [];
  const latencies = [];
  let missed = 0;
  let changes = 0;
  let lastChange = started;
  const change = () => {
    if (replaces) missed += pending.splice(0).length;
    pending.push({ expected: step(changes++), at: performance.now() });
    lastChange = performance.now();
  };
  const timer = setInterval(() => {
    if (performance.now() - started >= durationMs) clearInterval(timer);
    else change();
  }, periodMs);
  change();
  const frame = () => {
    const now = performance.now();
    const shown = bench.highlighted();
    const marked = (p) => (replaces ? shown === p.expected : shown >= p.expected);
    while (pending.length && marked(pending[0])) latencies.push(now - pending.shift().at);
    // Done once the changes have stopped and the last is marked, or a second later (without the extension).
    if (now - started >= durationMs && (!pending.length || now - lastChange > 1000)) {
      resolve({ latencies, missed: missed + pending.length, changes, startedAt: started, elapsedMs: now - started });
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});
`;

/**
 * In-page code shared by the busy pages: `__bench.runBusy(step, periodMs, durationMs, replaces)` calls
 * `step(i)` every `periodMs` for `durationMs`. `step` changes the page and returns a function that tells
 * whether the change is marked (`__bench.markedIn(element)` counts the extension's ranges in an element).
 * Every animation frame asks, so the time from a change to the first frame that shows its marks is what a
 * reader would see. When each change `replaces` the last, a change replaced before its marks showed
 * counts as missed; otherwise changes add up and are marked in order. Resolves with the latencies, the
 * missed changes, when the run started and how long it took.
 */
export const BUSY_PROBE = `
window.__bench.markedIn = (element) => {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('whoswho-')) continue;
    for (const range of highlight) if (element.contains(range.startContainer)) count++;
  }
  return count;
};
window.__bench.runBusy = (step, periodMs, durationMs, replaces) => new Promise((resolve) => {
  const started = performance.now();
  const pending = [];
  const latencies = [];
  let missed = 0;
  let changes = 0;
  let lastChange = started;
  const change = () => {
    if (replaces) missed += pending.splice(0).length;
    pending.push({ marked: step(changes++), at: performance.now() });
    lastChange = performance.now();
  };
  const timer = setInterval(() => {
    if (performance.now() - started >= durationMs) clearInterval(timer);
    else change();
  }, periodMs);
  change();
  const frame = () => {
    const now = performance.now();
    while (pending.length && pending[0].marked()) latencies.push(now - pending.shift().at);
    // Done once the changes have stopped and the last is marked, or a second later (without the extension).
    if (now - started >= durationMs && (!pending.length || now - lastChange > 1000)) {
      resolve({ latencies, missed: missed + pending.length, changes, startedAt: started, elapsedMs: now - started });
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});
`;

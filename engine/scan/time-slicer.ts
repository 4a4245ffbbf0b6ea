/** Work per task before the slicer yields to the page: well below the 50 ms of a long task. */
const SLICE_MS = 8;

export interface TimeSlicer {
  /** Queues a job; each `next()` of it is one small step of work. */
  enqueue(job: Iterator<unknown>, onDone?: () => void): void;
  /** Runs the first slice at once, in the caller's task, rather than in a task of its own. */
  runNow(): void;
}

/**
 * Runs queued jobs one after another in short slices, yielding to the page between slices, until `signal`
 * aborts: then every queued job is dropped.
 */
export function createTimeSlicer(signal: AbortSignal, now: () => number = () => performance.now()): TimeSlicer {
  const queue: { job: Iterator<unknown>; onDone?: () => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    const deadline = now() + SLICE_MS;
    while (queue.length && now() < deadline) {
      const head = queue[0]!;
      if (head.job.next().done) {
        queue.shift();
        head.onDone?.();
      }
    }
    if (queue.length) timer = setTimeout(run, 0);
  };

  signal.addEventListener(
    'abort',
    () => {
      queue.length = 0;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    { once: true },
  );

  return {
    enqueue(job, onDone) {
      if (signal.aborted) return;
      queue.push({ job, onDone });
      timer ??= setTimeout(run, 0);
    },
    runNow() {
      if (timer !== undefined) clearTimeout(timer);
      run();
    },
  };
}

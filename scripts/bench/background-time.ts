import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * The extension's background's script time, for the work that moved there from the page (matching the page
 * session's blocks): a sampling CPU profile of the service worker, taken through the DevTools protocol from a tab
 * of the same browser (a tab's session may attach to the worker's target and speak to it through it). The worker
 * is attached for the whole run, which also keeps it from being stopped between loads: the figure is a warm
 * worker's. Samples of the idle worker and of V8's own bookkeeping outside script (`(program)`) do not count.
 */
export interface BackgroundClock {
  /** The background's script time, in milliseconds, while `work` runs. */
  time(work: () => Promise<void>): Promise<number>;
  close(): Promise<void>;
}

interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const NOT_SCRIPT = new Set(['(idle)', '(program)']);
const SAMPLING_US = 100;

/** The script time a CPU profile holds, in milliseconds. */
export function scriptMsOf({ nodes, samples, timeDeltas }: CpuProfile): number {
  const idle = new Set(nodes.filter((node) => NOT_SCRIPT.has(node.callFrame.functionName)).map((node) => node.id));
  let us = 0;
  // Each sample stands for the time until the next.
  for (let i = 0; i + 1 < samples.length; i++) if (!idle.has(samples[i]!)) us += timeDeltas[i + 1]!;
  return us / 1000;
}

export async function attachBackgroundClock(context: BrowserContext): Promise<BackgroundClock> {
  const tab = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(tab);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((target) => target.type === 'service_worker');
  if (!worker) throw new Error('the extension has no service worker running');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 0;
  const answers = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) answers.get(message.id)?.(message);
  });
  const send = async (method: string, params: object = {}) => {
    const id = ++nextId;
    const answered = new Promise<{ result?: unknown; error?: unknown }>((resolve) => answers.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await answered;
    answers.delete(id);
    if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
    return result;
  };
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  return {
    async time(work) {
      await send('Profiler.start');
      await work();
      const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
      return scriptMsOf(profile);
    },
    async close() {
      await cdp.detach().catch(() => {});
      await tab.close();
    },
  };
}

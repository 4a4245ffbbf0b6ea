/**
 * Run by load-patterns.test.ts in a process of its own (`tsx`): prints, as JSON, the sources of the regular
 * expressions that evaluating the module given as its argument leaves on the heap, read from V8 heap snapshots
 * taken before and after the import (each literal and `new RegExp` at a module's top level is one).
 */
import { getHeapSnapshot } from 'node:v8';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function patternSources(): Promise<string[]> {
  let json = '';
  for await (const chunk of getHeapSnapshot()) json += chunk;
  const { snapshot, nodes, strings } = JSON.parse(json) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const [types] = snapshot.meta.node_types;
  const type = fields.indexOf('type');
  const name = fields.indexOf('name');
  const sources: string[] = [];
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (types[nodes[i + type]!] === 'regexp') sources.push(strings[nodes[i + name]!]!);
  }
  return sources;
}

async function main(module: string) {
  const before = await patternSources();
  await import(module);
  const added = await patternSources();
  for (const source of before) added.splice(added.indexOf(source), 1);
  console.log(JSON.stringify(added));
}

void main(process.argv[2]!);

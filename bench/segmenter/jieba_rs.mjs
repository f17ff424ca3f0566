// jieba-rs (through @node-rs/jieba) on the corpus: dictionary load, chars/s with and without HMM, peak memory.
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { Jieba } = await import('@node-rs/jieba');
const { dict } = await import('@node-rs/jieba/dict.js');
const jieba = Jieba.withDict(dict);
const loadMs = performance.now() - t0;
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const chars = lines.reduce((n, l) => n + l.length, 0);
const result = { impl: '@node-rs/jieba 2.0.3 (jieba-rs)', load_ms: Math.round(loadMs * 10) / 10 };
for (const hmm of [true, false]) {
  for (const l of lines.slice(0, 2000)) jieba.cut(l, hmm); // warm-up
  const t = performance.now();
  let tokens = 0;
  for (const l of lines) tokens += jieba.cut(l, hmm).length;
  result[hmm ? 'hmm' : 'no_hmm'] = { chars_per_s: Math.round(chars / ((performance.now() - t) / 1000)), tokens };
}
const status = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+)/);
result.peak_rss_mb = Math.round(Number(status[1]) / 102.4) / 10;
console.log(JSON.stringify(result));

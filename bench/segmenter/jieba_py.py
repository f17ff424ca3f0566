#!/usr/bin/env python3
"""python3-jieba on the corpus: dictionary load, chars/s with and without HMM, peak memory."""
import json, logging, sys, time
t0 = time.perf_counter()
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
load_ms = (time.perf_counter() - t0) * 1000
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
chars = sum(map(len, lines))
result = {'impl': 'python3-jieba 0.42.1', 'load_ms': round(load_ms, 1)}
for hmm in (True, False):
    t = time.perf_counter()
    tokens = sum(len(jieba.lcut(l, HMM=hmm)) for l in lines)
    result['hmm' if hmm else 'no_hmm'] = {'chars_per_s': round(chars / (time.perf_counter() - t)), 'tokens': tokens}
result['peak_rss_mb'] = round(int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024, 1)
print(json.dumps(result))

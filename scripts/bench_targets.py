#!/usr/bin/env python3
"""Measures each speed and memory target of issue 16 and prints it beside a peer measured in the same run.

    python3 scripts/bench_targets.py [--runs N] [--json FILE]

Run by scripts/bench.sh, which first builds what this needs: the Native AOT CLI and server (artifacts/native), the
bench project (bench/ZjgrLsp.Bench), the peers (autocorrect-node in bench/peers, @node-rs/jieba in bench/segmenter,
Debian's python3-jieba) and the corpus (artifacts/corpus.txt: the seeds and manpages-zh, bench/segmenter/make_corpus.py).

The peer of every lint and LSP figure is autocorrect (its Rust core through autocorrect-node): it checks spacing and
punctuation only, so it is the floor of what a linter costs, not a like-for-like rival. The segmenter's peers are
jieba-rs and python3-jieba. Each figure is the median of --runs runs (default 3): this machine's neighbours move a
single run by a quarter or more. The ratio is always zjgr's cost over the peer's (time, memory, or time per
character for rates): below 1, zjgr is the cheaper. Prints a table; --json also writes the figures.
"""
import argparse, json, os, pathlib, shlex, subprocess, sys, tempfile, time
from statistics import median

ROOT = pathlib.Path(__file__).resolve().parent.parent
ART = ROOT / 'artifacts'
# Outside the repository: autocorrect skips what .gitignore names (artifacts/), and would lint nothing there.
BENCH = pathlib.Path(tempfile.gettempdir()) / 'zjgr-bench'
SEED = ROOT / 'seeds' / '000_710bbc81166087d6.txt'
ZJGR = ART / 'native' / 'cli' / 'zjgr'
ZJGR_LSP = ART / 'native' / 'server' / 'zjgr-lsp'
AUTOCORRECT = ['node', str(ROOT / 'bench' / 'peers' / 'node_modules' / '.bin' / 'autocorrect')]
AUTOCORRECT_SERVER = shlex.join([*AUTOCORRECT, 'server'])  # one argument, as lsp_probe.py takes a command line
BENCH_DLL = ROOT / 'bench' / 'ZjgrLsp.Bench' / 'bin' / 'Release' / 'net10.0' / 'ZjgrLsp.Bench.dll'
MODEL_RULES_OFF = {'rules': {'typo/homophone': 'off', 'typo/shape': 'off', 'typo/de': 'off'}}

sys.path.insert(0, str(ROOT / 'scripts'))
import lsp_probe  # noqa: E402


def timed(command, **kwargs):
    """Wall seconds and peak resident memory (MB) of one process."""
    with tempfile.NamedTemporaryFile('r') as report:
        t = time.perf_counter()
        subprocess.run(['/usr/bin/time', '-f', '%M', '-o', report.name, *command], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False, **kwargs)
        seconds = time.perf_counter() - t
        return seconds, int(report.read().split()[-1]) / 1024


def chars_in(paths):
    return sum(len(p.read_text(encoding='utf-8')) for p in paths)


def make_pages():
    """The 10 MB batch (40 folders of 50,000-character pages), a 100k-character page and a 2M-character page."""
    corpus = (ART / 'corpus.txt').read_text(encoding='utf-8')
    batch = BENCH / 'batch'
    if not batch.exists():
        pages = [corpus[i:i + 50_000].replace('\n', '\n\n') for i in range(0, len(corpus), 50_000)]
        copies = 0
        while sum(len(p.encode()) for p in pages) * (copies + 1) < 10_000_000:
            copies += 1
        for k in range(copies + 1):
            for j, p in enumerate(pages):
                folder = batch / f'{k:02d}-{j // 10:02d}'
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f'{j % 10:02d}.txt').write_text(p, encoding='utf-8')
    for name, size in (('page100k', 100_000), ('page2m', 2_000_000)):
        page = BENCH / name / 'page.txt'
        if not page.exists():
            page.parent.mkdir(parents=True, exist_ok=True)
            text = (corpus * (size // len(corpus) + 1)).replace('\n', '\n\n')
            page.write_text(text[:text.rfind('\n\n', 0, size)], encoding='utf-8')
    return batch, BENCH / 'page100k' / 'page.txt', BENCH / 'page2m' / 'page.txt'


def lsp(server, page, runs, folder=False):
    results = [lsp_probe.run_once(server, str(page), folder) for _ in range(runs)]
    edits = sorted(e for r in results for e in r[4])
    return {'initialize_ms': median(r[0] for r in results) * 1000, 'open_ms': median(r[1] for r in results) * 1000,
            'edit_p95_ms': edits[min(len(edits) - 1, int(len(edits) * 0.95))] * 1000,
            'peak_rss_mb': max(r[6] for r in results)}


def lint_zjgr(paths, config=None):
    command = [str(ZJGR), 'lint', *map(str, paths), '--format', 'json', '--fail-on', 'never']
    return timed(command + (['--config', str(config)] if config else []))


def lint_autocorrect(paths):
    return timed([*AUTOCORRECT, '--lint', '--format', 'json', *map(str, paths)])


def segmenters():
    corpus = str(ART / 'corpus.txt')
    runs = {'ours': ['dotnet', str(BENCH_DLL), 'segment', corpus],
            'jieba-rs': ['node', str(ROOT / 'bench' / 'segmenter' / 'jieba_rs.mjs'), corpus],
            'python3-jieba': ['/usr/bin/python3', str(ROOT / 'bench' / 'segmenter' / 'jieba_py.py'), corpus]}
    return {name: json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)['hmm']['chars_per_s']
            for name, cmd in runs.items()}


def spell_pass():
    """The spell bench (bench/ZjgrLsp.Bench): the fastest of ten fresh checkers' passes over the seeds, on one core."""
    return json.loads(subprocess.run(['dotnet', str(BENCH_DLL), 'spell', str(ROOT / 'seeds'), '10'], capture_output=True, text=True,
                                     check=True, env=dict(os.environ, DOTNET_PROCESSOR_COUNT='1')).stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--json')
    a = ap.parse_args()
    for needed in (ZJGR, ZJGR_LSP, BENCH_DLL, ART / 'corpus.txt'):
        if not needed.exists():
            sys.exit(f'bench_targets.py: {needed} is missing; run scripts/bench.sh')
    batch, page100k, page2m = make_pages()
    linted = json.loads(subprocess.run([*AUTOCORRECT, '--lint', '--format', 'json', str(batch)], capture_output=True,
                                       text=True).stdout)['count']
    if linted == 0:
        sys.exit(f'bench_targets.py: autocorrect linted nothing under {batch}; its figures would be meaningless')
    batch_pages = sorted(batch.rglob('*.txt'))
    batch_chars = chars_in(batch_pages)
    rows = []

    def row(measure, target, ours, peer_name, peer, unit, met, ratio_of=None):
        ratio = (ours / peer if peer else None) if ratio_of is None else ratio_of
        rows.append({'measure': measure, 'target': target, 'zjgr': round(ours, 2), 'peer': peer_name,
                     'peer_value': None if peer is None else round(peer, 2), 'unit': unit,
                     'ratio': None if ratio is None else round(ratio, 2), 'met': met})

    # The model pass is timed three times, at the start, in the middle and at the end of the run, and the fastest
    # counts: this machine's neighbours slow it by a quarter for minutes at a time, longer than one bench of the pass
    # (ten passes in about two seconds) lasts, and the fastest of samples spread over the run is the least disturbed.
    spells = [spell_pass()]

    # Editor: a 5k page of the seeds' issue, then a 100k page; memory with the seeds' pages all open.
    ours, peer = lsp(str(ZJGR_LSP), SEED, a.runs), lsp(AUTOCORRECT_SERVER, SEED, a.runs)
    row('initialize', '≤ 150 ms', ours['initialize_ms'], 'autocorrect', peer['initialize_ms'], 'ms', ours['initialize_ms'] <= 150)
    row('open → first diagnostics (5k page)', '≤ 200 ms', ours['open_ms'], 'autocorrect', peer['open_ms'], 'ms', ours['open_ms'] <= 200)
    row('edit → diagnostics p95 (5k page)', '≤ 100 ms', ours['edit_p95_ms'], 'autocorrect', peer['edit_p95_ms'], 'ms', ours['edit_p95_ms'] <= 100)
    ours, peer = lsp(str(ZJGR_LSP), page100k, a.runs), lsp(AUTOCORRECT_SERVER, page100k, a.runs)
    row('edit → diagnostics p95 (100k page)', '≤ 300 ms', ours['edit_p95_ms'], 'autocorrect', peer['edit_p95_ms'], 'ms', ours['edit_p95_ms'] <= 300)
    ours, peer = lsp(str(ZJGR_LSP), SEED, 1, folder=True), lsp(AUTOCORRECT_SERVER, SEED, 1, folder=True)
    row('server peak RSS, seed pages open', '≤ 200 MB', ours['peak_rss_mb'], 'autocorrect', peer['peak_rss_mb'], 'MB', ours['peak_rss_mb'] <= 200)

    # Command line: one page, the 10 MB batch with and without the model's rules, one 2M-character page.
    ours = median(lint_zjgr([SEED])[0] for _ in range(a.runs * 2)) * 1000
    peer = median(lint_autocorrect([SEED])[0] for _ in range(a.runs * 2)) * 1000
    row('one-page lint, whole process', '≤ 150 ms', ours, 'autocorrect', peer, 'ms', ours <= 150)
    peer_rate = batch_chars / median(lint_autocorrect([batch])[0] for _ in range(a.runs)) / 1e6
    rate = batch_chars / median(lint_zjgr([batch])[0] for _ in range(a.runs)) / 1e6
    row('10 MB batch, every rule', '≥ 0.5 M chars/s', rate, 'autocorrect', peer_rate, 'M chars/s', rate >= 0.5, peer_rate / rate)
    with tempfile.TemporaryDirectory() as d:
        config = pathlib.Path(d) / 'zjgr.json'
        config.write_text(json.dumps(MODEL_RULES_OFF))
        rate = batch_chars / median(lint_zjgr([batch], config)[0] for _ in range(a.runs)) / 1e6
    row('10 MB batch, model rules off', '≥ 1.5 M chars/s, ≤ 2.5× autocorrect', rate, 'autocorrect', peer_rate, 'M chars/s',
        rate >= 1.5 and peer_rate / rate <= 2.5, peer_rate / rate)
    spells.append(spell_pass())
    model_rows_at = len(rows)
    chars = len(page2m.read_text(encoding='utf-8'))
    ours = lint_zjgr([page2m])[1] * 1024 * 1024 / chars
    peer = lint_autocorrect([page2m])[1] * 1024 * 1024 / chars
    row('memory on a 2M-character page', '≤ 400 B/char', ours, 'autocorrect', peer, 'B/char', ours <= 400)

    # The segmenter against jieba-rs and python3-jieba (with HMM, characters per second).
    seg = segmenters()
    row('segmenter (HMM) vs jieba-rs', '≥ 1× jieba-rs', seg['ours'] / 1e6, 'jieba-rs', seg['jieba-rs'] / 1e6, 'M chars/s',
        seg['ours'] >= seg['jieba-rs'], seg['jieba-rs'] / seg['ours'])
    row('segmenter (HMM) vs python3-jieba', '', seg['ours'] / 1e6, 'python3-jieba', seg['python3-jieba'] / 1e6, 'M chars/s',
        None, seg['python3-jieba'] / seg['ours'])

    spells.append(spell_pass())
    spell = min(spells, key=lambda r: r['warm_ms_per_1000'])
    after = rows[model_rows_at:]
    del rows[model_rows_at:]
    row('model pass, one core, warm', '≤ 4 ms / 1,000 chars', spell['warm_ms_per_1000'], None, None, 'ms/1000', spell['warm_ms_per_1000'] <= 4)
    rows[-1]['samples'] = [r['warm_ms_per_1000'] for r in spells]
    # The same pass per 1,000 characters of the pages' text, the issue's unit (the row above counts Han characters
    # only, the stricter figure, and is the one judged).
    row('model pass, per 1,000 characters of page text', '(≤ 4 ms)', spell['warm_ms_per_1000_page_chars'], None, None, 'ms/1000', None)
    # The same with a checker that has read other pages first, as in a batch under way (what it keeps across pages).
    row('model pass, one core, in a batch under way', '', spell['batch_ms_per_1000'], None, None, 'ms/1000', None)
    rows.extend(after)

    width = max(len(r['measure']) for r in rows)
    print(f"{'measure':<{width}}  {'target':<36} {'zjgr':>9} {'peer':>9}  {'ratio':>6}  met  (peer; unit)")
    for r in rows:
        met = '' if r['met'] is None else 'yes' if r['met'] else 'NO'
        peer = '' if r['peer_value'] is None else f"{r['peer_value']:9.2f}"
        ratio = '' if r['ratio'] is None else f"{r['ratio']:6.2f}"
        print(f"{r['measure']:<{width}}  {r['target']:<36} {r['zjgr']:9.2f} {peer:>9}  {ratio:>6}  {met:<4} ({r['peer'] or '-'}; {r['unit']})")
    print(f"model pass, warm, per 1,000 Han characters at the start, middle and end of the run: {', '.join(f'{r:.2f}' for r in rows[model_rows_at]['samples'])}")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding='utf-8')


if __name__ == '__main__':
    main()

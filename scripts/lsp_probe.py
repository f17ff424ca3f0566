#!/usr/bin/env python3
"""Drive zjgr-lsp over stdio like an editor: initialize, open a page, wait for diagnostics.

    python3 scripts/lsp_probe.py SERVER PAGE [--runs N] [--open-folder]

SERVER is zjgr-lsp.dll (run under dotnet), a native zjgr-lsp, or any other server's command line in one argument
("node node_modules/.bin/autocorrect server", for the peer in scripts/bench.sh).

Prints the time from process start to the initialize response, from didOpen (sent 2 s after initialized,
as an editor opens its first page a moment after start-up) to the first
publishDiagnostics, and from an edit (didChange) to the diagnostics of that version (median and 95th percentile of
twenty edits, typed 150 ms apart after each answer; this includes the server's debounce), and the number of
diagnostics. The client declares that it shows work-done progress and answers the server's requests for a token.
Set ZJGR_PROBE_LOG=FILE to keep the server's stderr (with ZJGR_LOG_LEVEL=Debug: each lint's cost). With --open-folder it then opens every
other page of PAGE's folder, waits for their diagnostics and reports the server's peak resident memory (VmHWM).
Used by scripts/bench.sh.
"""
import json, os, shlex, subprocess, sys, time, pathlib, argparse


def send(proc, msg):
    body = json.dumps(msg, ensure_ascii=False).encode('utf-8')
    proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    proc.stdin.flush()


def read_frame(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise EOFError('server closed stdout')
        line = line.strip()
        if not line and length is not None:
            break
        if b':' not in line:
            continue  # autocorrect announces itself on stdout before the first frame
        k, v = line.split(b':', 1)
        if k.lower() == b'content-length':
            length = int(v)
    return json.loads(proc.stdout.read(length))


def read(proc):
    """The next response or notification; a request from the server (a progress token) is answered on the way."""
    while 'method' in (m := read_frame(proc)) and 'id' in m:
        send(proc, {'jsonrpc': '2.0', 'id': m['id'], 'result': None})
    return m


WARMUP = 2.0


def peak_rss_mb(pid):
    for line in open(f'/proc/{pid}/status'):
        if line.startswith('VmHWM'):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def open_folder(proc, page):
    """Opens the other pages of the page's folder and waits until each has its diagnostics."""
    waiting = set()
    for other in sorted(pathlib.Path(page).resolve().parent.glob('*.txt')):
        if other == pathlib.Path(page).resolve():
            continue
        uri = other.as_uri()
        waiting.add(uri)
        send(proc, {'jsonrpc': '2.0', 'method': 'textDocument/didOpen', 'params': {'textDocument': {
            'uri': uri, 'languageId': 'plaintext', 'version': 1, 'text': other.read_text(encoding='utf-8')}}})
    while waiting:
        m = read(proc)
        if m.get('method') == 'textDocument/publishDiagnostics':
            waiting.discard(m['params']['uri'])
    return len(list(pathlib.Path(page).resolve().parent.glob('*.txt')))


def run_once(dll, page, folder=False):
    t0 = time.perf_counter()
    # A .dll runs under dotnet; a self-contained or native server runs as it is; anything else is a command line.
    command = ['dotnet', dll] if dll.endswith('.dll') else [dll] if os.path.isfile(dll) else shlex.split(dll)
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(os.environ['ZJGR_PROBE_LOG'], 'ab') if os.environ.get('ZJGR_PROBE_LOG') else subprocess.DEVNULL)
    uri = pathlib.Path(page).resolve().as_uri()
    send(proc, {'jsonrpc': '2.0', 'id': 1, 'method': 'initialize', 'params': {'processId': None, 'rootUri': None, 'capabilities': {'window': {'workDoneProgress': True}}}})
    while 'id' not in (m := read(proc)) or m.get('id') != 1:
        pass
    t_init = time.perf_counter() - t0
    sync = m.get('result', {}).get('capabilities', {}).get('textDocumentSync', 0)
    full_sync = (sync.get('change', 0) if isinstance(sync, dict) else sync) == 1
    send(proc, {'jsonrpc': '2.0', 'method': 'initialized', 'params': {}})
    time.sleep(WARMUP)  # an editor opens its first page a moment after start-up
    text = pathlib.Path(page).read_text(encoding='utf-8')
    t1 = time.perf_counter()
    send(proc, {'jsonrpc': '2.0', 'method': 'textDocument/didOpen', 'params': {'textDocument': {'uri': uri, 'languageId': 'plaintext', 'version': 1, 'text': text}}})
    while (m := read(proc)).get('method') != 'textDocument/publishDiagnostics':
        pass
    t_diag = time.perf_counter() - t1
    # Edit-to-diagnostics: type one character at the start of line 10, wait for that version's diagnostics.
    edits = []
    for version in range(2, 22):
        time.sleep(0.15)
        lines = text.split('\n')
        lines[10] = '工' + lines[10]
        text = '\n'.join(lines)
        t2 = time.perf_counter()
        # A server that takes whole documents only (autocorrect) is sent the whole text, as an editor would.
        change = {'text': text} if full_sync else {'range': {'start': {'line': 10, 'character': 0}, 'end': {'line': 10, 'character': 0}}, 'text': '工'}
        send(proc, {'jsonrpc': '2.0', 'method': 'textDocument/didChange', 'params': {
            'textDocument': {'uri': uri, 'version': version}, 'contentChanges': [change]}})
        # A server that leaves out the version (autocorrect) answers each change with one publication.
        while not ((m2 := read(proc)).get('method') == 'textDocument/publishDiagnostics' and m2['params'].get('version', version) == version):
            pass
        edits.append(time.perf_counter() - t2)
    opened = open_folder(proc, page) if folder else 1
    rss = peak_rss_mb(proc.pid)
    send(proc, {'jsonrpc': '2.0', 'id': 2, 'method': 'shutdown'})
    while read(proc).get('id') != 2:
        pass
    send(proc, {'jsonrpc': '2.0', 'method': 'exit'})
    try:
        code = proc.wait(timeout=3)
    except subprocess.TimeoutExpired:  # autocorrect's server ignores exit
        proc.kill()
        code = 'killed'
    return t_init, t_diag, len(m['params']['diagnostics']), code, edits, opened, rss


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('dll')
    ap.add_argument('page')
    ap.add_argument('--runs', type=int, default=1)
    ap.add_argument('--open-folder', action='store_true')
    a = ap.parse_args()
    results = [run_once(a.dll, a.page, a.open_folder) for _ in range(a.runs)]
    inits = sorted(r[0] for r in results)
    diags = sorted(r[1] for r in results)
    edits = sorted(e for r in results for e in r[4])
    print(json.dumps({'runs': a.runs, 'initialize_ms_median': round(inits[len(inits) // 2] * 1000, 1),
                      'open_to_diagnostics_ms_median': round(diags[len(diags) // 2] * 1000, 1),
                      'edit_to_diagnostics_ms_median': round(edits[len(edits) // 2] * 1000, 1),
                      'edit_to_diagnostics_ms_p95': round(edits[min(len(edits) - 1, int(len(edits) * 0.95))] * 1000, 1),
                      'diagnostics': results[0][2], 'exit_code': results[0][3],
                      'pages_open': results[0][5], 'peak_rss_mb_max': max(r[6] for r in results)}))

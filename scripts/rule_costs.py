#!/usr/bin/env python3
"""Each rule's cost on one page in the language server (issue 16: no rule over 25 % of a page's lint): runs the
server under scripts/lsp_probe.py with ZJGR_LOG_LEVEL=Trace, then reads the per-rule lines of its log. The page's
first lint (after the server's warm-up) and the mean over the probe's 20 one-character edits, each with its share of
the sum over all rules. The language model's pass, which typo/de, typo/homophone and typo/shape share, is a line of
its own ("language-model pass"), as the server logs it.

Usage: scripts/rule_costs.py SERVER PAGE [--runs N]   (SERVER: artifacts/native/server/zjgr-lsp, or a .dll)
"""
import argparse, collections, json, os, pathlib, re, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_probe  # noqa: E402

LINE = re.compile(r'(?P<rule>[a-z]+/[a-z-]+|language-model pass) on (?P<path>.+): (?P<ms>[0-9.]+) ms')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('server')
    ap.add_argument('page')
    ap.add_argument('--runs', type=int, default=1)
    a = ap.parse_args()
    page = str(pathlib.Path(a.page).resolve())
    first, edits, edit_count = collections.Counter(), collections.Counter(), 0
    for _ in range(a.runs):
        with tempfile.NamedTemporaryFile('r', suffix='.log') as log:
            os.environ['ZJGR_LOG_LEVEL'] = 'Trace'
            os.environ['ZJGR_PROBE_LOG'] = log.name
            lsp_probe.run_once(a.server, page, False)
            lints = []  # each lint of the page: its rules' costs, in the order the server logged them
            for line in log.read().splitlines():
                m = LINE.search(line)
                if not m or m['path'] != page:
                    continue
                if not lints or m['rule'] in lints[-1]:
                    lints.append({})
                lints[-1][m['rule']] = float(m['ms'])
        if not lints:
            sys.exit('rule_costs.py: the server logged no rule costs for the page (is ZJGR_LOG_LEVEL read?)')
        first.update(lints[0])
        for lint in lints[1:]:
            edits.update(lint)
        edit_count += len(lints) - 1
    first = {r: ms / a.runs for r, ms in first.items()}
    edits = {r: ms / max(1, edit_count) for r, ms in edits.items()}
    total_first, total_edit = sum(first.values()), sum(edits.values())
    rows = [{'rule': r, 'first_ms': round(first.get(r, 0), 2), 'first_share': round(first.get(r, 0) / total_first, 3),
             'edit_ms': round(edits.get(r, 0), 2), 'edit_share': round(edits.get(r, 0) / total_edit, 3) if total_edit else None}
            for r in sorted(first, key=lambda r: -first[r])]
    print(json.dumps({'page': a.page, 'runs': a.runs, 'edits': edit_count, 'first_ms': round(total_first, 1),
                      'edit_ms': round(total_edit, 2), 'rules': rows}, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()

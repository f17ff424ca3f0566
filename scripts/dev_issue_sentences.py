#!/usr/bin/env python3
"""Writes the error-free sentences of the development issues as the spelling checker's feature input.

    python3 scripts/dev_issue_sentences.py ../shared/eval/dev/issues OUT_DIR/issues/sentences.jsonl

The development issues (../shared/eval/dev/issues: whole newspaper issues of 1998 with planted defects) are news
copy with names, titles and figures on every line, which the spelling-check sets have little of. Their sentences
that lie well away from every planted defect (20 characters either side, any family) are error-free text: fed to
`zjgr spell-features` beside the csc sets, they are more of the text the gate's threshold keeps false alarms rare
on. Only the gold's positions are used, to stay away from them; nothing of the gold is learnt. One JSON object a
line, {"src": sentence}, as spell-features reads it; the set is named after OUT's folder. Standard library only.
"""
import glob, json, os, re, sys

MARGIN = 20  # characters kept clear of a planted defect on either side
MIN_LENGTH = 8  # shorter pieces are headlines, bylines and datelines


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    issues, out = sys.argv[1], sys.argv[2]
    defects = {}
    with open(os.path.join(issues, 'gold.jsonl'), encoding='utf-8') as f:
        for line in f:
            g = json.loads(line)
            where = g.get('where') or {}
            start = where.get('offset', 0)
            defects.setdefault(g['file'], []).append((start, start + max(1, where.get('length', 1))))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    kept = 0
    with open(out, 'w', encoding='utf-8') as w:
        for page in sorted(glob.glob(os.path.join(issues, 'pages', '**', '*.txt'), recursive=True)):
            text = open(page, encoding='utf-8').read()
            near = defects.get(os.path.basename(page), [])
            for m in re.finditer(r'[^。！？\n]+[。！？]?', text):
                if any(a < m.end() + MARGIN and m.start() - MARGIN < b for a, b in near):
                    continue
                sentence = m.group().strip()
                if len(sentence) >= MIN_LENGTH:
                    w.write(json.dumps({'src': sentence}, ensure_ascii=False) + '\n')
                    kept += 1
    print(f'{kept} sentences', file=sys.stderr)


if __name__ == '__main__':
    main()

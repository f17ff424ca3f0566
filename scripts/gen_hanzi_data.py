#!/usr/bin/env python3
"""Build the character table the typo rules use for homophones and look-alikes.

    python3 scripts/gen_hanzi_data.py [UNIHAN_DIR]

Source: Unihan from Debian's unicode-data package (Unicode 15.0, /usr/share/unicode/Unihan_*.txt.bz2),
under the Unicode License (see NOTICE). Writes src/ZjgrLsp.Core/Data/hanzi.tsv.gz, one line a character of the
URO block (U+4E00..U+9FFF) that has a Mandarin reading:

    char <TAB> readings <TAB> four-corner code <TAB> Cangjie code <TAB> total strokes

readings: every kMandarin and kHanyuPinlu/kXHC1983 reading, tone-numbered (zhong1,zhong4), most common first.
"""
import bz2, gzip, os, re, sys, unicodedata

TONE_MARKS = {'\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4'}


def numbered(syllable):
    """gǔ -> gu3, lǜ -> lv4, ma -> ma5"""
    tone = '5'
    out = []
    for ch in unicodedata.normalize('NFD', syllable.lower()):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == '\u0308':  # ü
            out[-1] = 'v'
        elif ch.isalpha():
            out.append(ch)
    return ''.join(out) + tone


def read(unihan, name):
    path = os.path.join(unihan, name)
    opener = bz2.open if path.endswith('.bz2') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('U+'):
                cp, field, value = line.rstrip('\n').split('\t', 2)
                yield chr(int(cp[2:], 16)), field, value


def main():
    unihan = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode'
    suffix = '.txt.bz2' if os.path.exists(os.path.join(unihan, 'Unihan_Readings.txt.bz2')) else '.txt'
    readings, corner, cangjie, strokes = {}, {}, {}, {}
    for ch, field, value in read(unihan, 'Unihan_Readings' + suffix):
        if field == 'kMandarin':
            readings.setdefault(ch, []).extend(numbered(s) for s in value.split())
        elif field in ('kHanyuPinlu', 'kXHC1983', 'kHanyuPinyin'):
            # kHanyuPinlu: "zhong1(1234) ..."; kXHC1983 / kHanyuPinyin: "1234.5:zhōng,zhòng ..."
            for part in value.split():
                sylls = part.split(':')[-1].split('(')[0]
                for s in sylls.split(','):
                    if s:
                        readings.setdefault(ch, []).append(numbered(s))
    for ch, field, value in read(unihan, 'Unihan_DictionaryLikeData' + suffix):
        if field == 'kFourCornerCode':
            corner[ch] = value.split()[0]
        elif field == 'kCangjie':
            cangjie[ch] = value
    for ch, field, value in read(unihan, 'Unihan_IRGSources' + suffix):
        if field == 'kTotalStrokes':
            strokes[ch] = value.split()[0]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'ZjgrLsp.Core', 'Data', 'hanzi.tsv.gz')
    rows = 0
    with gzip.GzipFile(out, 'wb', compresslevel=9, mtime=0) as f:
        for cp in range(0x4E00, 0xA000):
            ch = chr(cp)
            if ch not in readings:
                continue
            seen = list(dict.fromkeys(readings[ch]))
            f.write(f"{ch}\t{','.join(seen)}\t{corner.get(ch, '')}\t{cangjie.get(ch, '')}\t{strokes.get(ch, '')}\n".encode('utf-8'))
            rows += 1
    print(f'{rows} characters')


if __name__ == '__main__':
    main()

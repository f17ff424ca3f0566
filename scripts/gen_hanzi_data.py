#!/usr/bin/env python3
"""Build the character table the typo rules use for homophones and look-alikes.

    python3 scripts/gen_hanzi_data.py [UNIHAN_DIR]

Source: Unihan from Debian's unicode-data package (Unicode 15.0, /usr/share/unicode/Unihan_*.txt.bz2),
under the Unicode License (see NOTICE). Writes src/ZjgrLsp.Core/Data/hanzi.tsv.gz, one line a character of the
URO block (U+4E00..U+9FFF) that has a Mandarin reading:

    char <TAB> readings <TAB> four-corner code <TAB> Cangjie code <TAB> total strokes

readings: the modern ones (see MODERN below), tone-numbered (zhong1,zhong4), the customary one first.
"""
import bz2, gzip, os, re, sys, unicodedata

# The readings of today's language, the customary one first: kMandarin (Unicode's most customary reading), then
# kHanyuPinlu (readings counted in a modern corpus, commonest first), the Xiandai Hanyu Cidian (kXHC1983) and the
# Tongyong Guifan Hanzi Zidian (kTGHZ2013). The Hanyu Da Zidian (kHanyuPinyin) lists every reading a character ever
# had (受 dào, 抵 zhǐ): a typist reaches a character by its modern reading, so those would only suggest wrong
# homophones. It is used only for a character none of the others reads.
MODERN = ('kMandarin', 'kHanyuPinlu', 'kXHC1983', 'kTGHZ2013')
ARCHAIC = 'kHanyuPinyin'

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
    corner, cangjie, strokes = {}, {}, {}
    by_field = {f: {} for f in MODERN + (ARCHAIC,)}
    for ch, field, value in read(unihan, 'Unihan_Readings' + suffix):
        if field in by_field:
            # kMandarin: "zhōng zhòng"; kHanyuPinlu: "zhōng(1234) ..."; the dictionaries: "1234.5:zhōng,zhòng ..."
            for part in value.split():
                for syllable in part.split(':')[-1].split('(')[0].split(','):
                    if syllable:
                        by_field[field].setdefault(ch, []).append(numbered(syllable))
    readings = {}
    for field in MODERN:
        for ch, values in by_field[field].items():
            readings.setdefault(ch, []).extend(values)
    # A character no modern source reads keeps the Hanyu Da Zidian's readings, so that it still has one.
    for ch, values in by_field[ARCHAIC].items():
        readings.setdefault(ch, values)
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

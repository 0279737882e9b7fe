#!/usr/bin/python3
"""Makes the font the link-preview images are drawn with: src/assets/og/PortAtlasPreview-Bold.ttf.

It is NanumGothic Bold (SIL Open Font License 1.1, see src/assets/og/OFL.txt) cut down to ASCII, common
punctuation and the 2,350 Hangul syllables of KS X 1001, which cover everyday Korean. The OFL lets us
ship a modified font only under a name other than its Reserved Font Names, so the subset is renamed.
The build checks every preview text against the subset and names any character it cannot draw.

Needs Debian's fonts-nanum and python3-fonttools:
    apt-get install fonts-nanum python3-fonttools
    /usr/bin/python3 scripts/make-og-font.py
"""
import sys
from pathlib import Path
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf'
OUT = Path(__file__).resolve().parent.parent / 'src' / 'assets' / 'og'
FAMILY = 'Port Atlas Preview'

chars = [chr(c) for c in range(0x20, 0x7F)] + list('·–—‘’“”…×→←°')
for lead in range(0xB0, 0xC9):  # KS X 1001 Hangul: EUC-KR lead bytes B0-C8, trail bytes A1-FE
    for trail in range(0xA1, 0xFF):
        chars.append(bytes([lead, trail]).decode('euc-kr'))

font = TTFont(SOURCE)
options = subset.Options()
options.name_IDs = []  # drop every name record; the new ones are set below
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(text=''.join(chars))
subsetter.subset(font)

name = font['name']
name.names = []
for name_id, value in {
    0: 'Copyright (c) 2010, NAVER Corporation. Subset and renamed for Port Atlas.',
    1: FAMILY,
    2: 'Bold',
    3: f'{FAMILY} Bold',
    4: f'{FAMILY} Bold',
    6: 'PortAtlasPreview-Bold',
    13: 'This Font Software is licensed under the SIL Open Font License, Version 1.1.',
    14: 'https://openfontlicense.org',
}.items():
    name.setName(value, name_id, 3, 1, 0x409)

OUT.mkdir(parents=True, exist_ok=True)
font.save(OUT / 'PortAtlasPreview-Bold.ttf')
(OUT / 'covered.txt').write_text(''.join(sorted(set(chars))), encoding='utf-8')
print(f'{len(set(chars))} characters -> {OUT / "PortAtlasPreview-Bold.ttf"}')

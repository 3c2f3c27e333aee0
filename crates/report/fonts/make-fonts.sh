#!/bin/sh
# Regenerates ReportSans-{Regular,Bold}.ttf from Debian's fonts-liberation2 (2.1.5).
# Needs: apt-get install fonts-liberation2; pip install fonttools.
# The subset keeps Basic Latin, Latin-1 and the punctuation, currency and math signs the
# calculators print; hinting and OpenType layout tables are dropped (a PDF does not use them).
# The family is renamed because "Liberation" is a Reserved Font Name under the SIL OFL 1.1
# and a subset is a Modified Version; the copyright and licence name records are kept.
set -eu
cd "$(dirname "$0")"
SRC=/usr/share/fonts/truetype/liberation2
UNICODES="U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+20AC,U+2122,U+2190-2195,U+2212,U+221E,U+2248,U+2260,U+2264-2265"
for style in Regular Bold; do
  pyftsubset "$SRC/LiberationSans-$style.ttf" --unicodes="$UNICODES" --no-hinting \
    --layout-features='' --name-IDs='*' --name-languages='*' --output-file="ReportSans-$style.ttf"
  python3 - "ReportSans-$style.ttf" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, style = sys.argv[1], sys.argv[2]
font = TTFont(path, recalcTimestamp=False)
names = {1: "Report Sans", 2: style, 3: f"Report Sans {style} (subset of Liberation Sans 2.1.5)",
         4: f"Report Sans {style}", 6: f"ReportSans-{style}", 16: "Report Sans", 17: style}
table = font["name"]
for record in list(table.names):
    if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
        table.removeNames(nameID=record.nameID)
for name_id, text in names.items():
    table.setName(text, name_id, 3, 1, 0x409)
    table.setName(text, name_id, 1, 0, 0)
font["head"].modified = font["head"].created
font.save(path)
PY
done

#!/usr/bin/env python3
"""Generate NPV / IRR test fixtures computed by LibreOffice Calc (headless).

GENERATED OUTPUT -- NEVER HAND-EDIT:
    crates/calc-core/tests/fixtures/npv_irr_libreoffice.csv
is written by this script. To change a case, edit CASES below and rerun.

How to rerun (from the repository root; needs python3 and LibreOffice):
    apt-get install -y libreoffice-calc-nogui      # Debian; provides `soffice`
    python3 tests/spreadsheet/npv_irr_fixtures.py
Optional arguments: --workdir DIR (scratch directory kept for inspection;
                    default: a temporary directory, removed afterwards),
                    --out FILE (default: the fixture path above).

What it does:
  1. builds a flat OpenDocument spreadsheet (.fods) holding, per case, the
     rate, the flows and *formulas only* (no cached results):
         npv            = flows[0] + NPV(rate; flows[1..])
         irr            = IRR(flows)
         irr_with_guess = IRR(flows; guess)          (only where a guess is set)
     LibreOffice's NPV() discounts its first argument by one full period, so
     the t=0 flow is added outside NPV(): flows[0] is at t=0, undiscounted.
  2. converts it to CSV with `soffice --headless --convert-to csv`, using a
     private LibreOffice profile that forces "always recalculate on load" and
     the CSV filter option "save cell contents as shown = false", so numbers
     come out at full precision instead of the displayed format.
  3. parses the values, checks the flows round-tripped exactly, checks the
     NPVs against an independent Python computation, and writes the fixture
     CSV with header  id,rate,flows,npv,irr,irr_guess,irr_with_guess
     (flows space-separated; error results such as Err:523 / #NUM! and
     values that were not computed are written as empty fields).

Standard library only.
"""

import argparse
import csv
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUT = os.path.join(
    REPO_ROOT, "crates", "calc-core", "tests", "fixtures", "npv_irr_libreoffice.csv"
)

# (id, rate per period, flows with flows[0] at t=0, IRR guess or None)
CASES = [
    ("invest_equal_returns", 0.10, [-1000, 500, 500, 500], None),
    ("single_period", 0.10, [-100, 110], None),
    ("irregular", 0.08, [-2500, 300, 1200, -150, 900, 1700.5], None),
    ("monthly_60", 0.005, [-50000] + [1100] * 60, 0.01),
    ("two_irr_10_20", 0.15, [-100, 230, -132], 0.15),
    ("three_irr_10_20_30", 0.05, [-1000, 3600, -4310, 1716], 0.28),
    ("trailing_outflow", 0.12, [-1000, 600, 600, 600, -500], None),
    ("all_negative", 0.10, [-100, -200, -300], None),
    ("all_positive", 0.10, [100, 200, 300], None),
    ("zero_rate", 0.0, [-1000, 300, 400, 500], None),
    ("negative_rate", -0.05, [-1000, 250, 350, 450, 150], None),
    ("large_rate", 0.5, [-1000, 800, 800, 800], None),
    ("tiny_flows", 0.07, [-1e-6, 3e-7, 4e-7, 5e-7], None),
    ("huge_flows", 0.06, [-1e9, 2.5e8, 2.5e8, 2.5e8, 2.5e8, 2.5e8], None),
    ("negative_irr", 0.10, [-1000, 300, 300, 300], None),
    ("zeros_in_middle", 0.09, [-5000, 0, 0, 0, 8000], None),
    ("deferred_start", 0.04, [0, -100, 60, 60], None),
    ("fractional_values", 0.0725, [-1234.56, 100.01, 250.25, 333.33, 999.99], -0.5),
    ("npv_zero_at_irr", 0.2, [-100, 60, 72], None),
]

SCI_RE = re.compile(r"^-?[0-9]\.[0-9]{14}E[+-][0-9]{2,3}$")

HEADER = ["id", "rate", "flows", "npv", "irr", "irr_guess", "irr_with_guess"]

# Spreadsheet layout: one row per case, row 1 is a header.
COL_ID, COL_RATE, COL_GUESS, COL_NPV, COL_IRR, COL_IRRG = range(6)
COL_FLOW0 = 6


def col_letter(idx):
    """0 -> A, 25 -> Z, 26 -> AA ..."""
    s = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        s = chr(ord("A") + rem) + s
    return s


def fmt_num(x):
    """Shortest exact decimal for a float; integers without '.0'."""
    x = float(x)
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    return repr(x)


# Every number cell (inputs and formula results) gets this explicit scientific
# format with 14 decimals = 15 significant digits. An explicit format also
# stops LibreOffice from auto-formatting IRR() results as percentages.
SCI_STYLE = "ce_sci"


def cell_string(s):
    return ('<table:table-cell office:value-type="string">'
            "<text:p>%s</text:p></table:table-cell>" % escape(s))


def cell_float(x):
    return ('<table:table-cell table:style-name="%s" office:value-type="float" '
            'office:value=%s/>' % (SCI_STYLE, quoteattr(fmt_num(x))))


def cell_formula(f):
    # No office:value -> no cached result; LibreOffice must compute it.
    return ('<table:table-cell table:style-name="%s" table:formula=%s/>'
            % (SCI_STYLE, quoteattr("of:=" + f)))


def cell_empty():
    return "<table:table-cell/>"


def build_fods(cases):
    rows = []
    hdr = ["id", "rate", "guess", "npv", "irr", "irr_with_guess"]
    hdr += ["f%d" % i for i in range(max(len(c[2]) for c in cases))]
    rows.append("".join(cell_string(h) for h in hdr))
    for n, (cid, rate, flows, guess) in enumerate(cases):
        r = n + 2  # spreadsheet row number
        if len(flows) < 2:
            raise ValueError("%s: need at least two flows" % cid)
        first = "[.%s%d]" % (col_letter(COL_FLOW0), r)
        rest = "[.%s%d:.%s%d]" % (col_letter(COL_FLOW0 + 1), r,
                                  col_letter(COL_FLOW0 + len(flows) - 1), r)
        allf = "[.%s%d:.%s%d]" % (col_letter(COL_FLOW0), r,
                                  col_letter(COL_FLOW0 + len(flows) - 1), r)
        rate_ref = "[.%s%d]" % (col_letter(COL_RATE), r)
        guess_ref = "[.%s%d]" % (col_letter(COL_GUESS), r)
        cells = [
            cell_string(cid),
            cell_float(rate),
            cell_float(guess) if guess is not None else cell_empty(),
            cell_formula("%s+NPV(%s;%s)" % (first, rate_ref, rest)),
            cell_formula("IRR(%s)" % allf),
            cell_formula("IRR(%s;%s)" % (allf, guess_ref)) if guess is not None
            else cell_empty(),
        ]
        cells += [cell_float(f) for f in flows]
        rows.append("".join(cells))
    body = "\n".join("<table:table-row>%s</table:table-row>" % r for r in rows)
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N_SCI">
  <number:scientific-number number:decimal-places="14" number:min-integer-digits="1" number:min-exponent-digits="2"/>
 </number:number-style>
 <style:style style:name="%s" style:family="table-cell" style:data-style-name="N_SCI"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="cases">
%s
</table:table></office:spreadsheet></office:body></office:document>
""" % (SCI_STYLE, body)


# Private profile: recalculate ODF formulas on load, always (0 = always).
REGISTRY_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

# CSV filter options: sep ',' (44), quote '"' (34), UTF-8 (76), from line 1,
# no column formats, language en-US (1033), quote all text = false,
# detect special numbers = true, save cell contents as shown = TRUE (so the
# 15-significant-digit scientific format above is what gets written; the
# unformatted "input string" would be cut to fewer digits for small values
# and would carry a '%' for IRR), export formulas = false, remove space = false.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false"


def soffice_bin():
    for name in ("soffice", "libreoffice"):
        p = shutil.which(name)
        if p:
            return p
    sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui")


def run_libreoffice(fods_path, workdir):
    soffice = soffice_bin()
    version = subprocess.run([soffice, "--version"], capture_output=True,
                             text=True, timeout=120).stdout.strip()
    profile = os.path.join(workdir, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as fh:
        fh.write(REGISTRY_XCU)
    outdir = os.path.join(workdir, "out")
    os.makedirs(outdir, exist_ok=True)
    cmd = [soffice, "-env:UserInstallation=file://" + profile, "--headless",
           "--norestore", "--convert-to", CSV_FILTER, "--outdir", outdir, fods_path]
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    csv_path = os.path.join(
        outdir, os.path.splitext(os.path.basename(fods_path))[0] + ".csv")
    if res.returncode != 0 or not os.path.exists(csv_path):
        sys.exit("soffice failed (rc=%d):\n%s\n%s" % (res.returncode, res.stdout, res.stderr))
    return version, csv_path


def parse_value(s):
    """Float from a LibreOffice CSV cell, or None for empty / error cells.

    Anything that is neither a number nor a LibreOffice error code is a bug
    in this script (e.g. an unexpected display format) and aborts."""
    s = s.strip()
    if not s:
        return None
    if s.startswith("Err:") or s.startswith("#"):
        return None  # Err:523 (no convergence), #NUM!, #VALUE!, ...
    v = float(s)  # raises on anything unexpected
    if not math.isfinite(v):
        raise ValueError("non-finite value %r" % s)
    return v


def py_npv(rate, flows):
    return sum(f / (1.0 + rate) ** t for t, f in enumerate(flows))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", help="scratch dir (default: temporary)")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    if args.workdir is None:
        with tempfile.TemporaryDirectory(prefix="npv_irr_lo_") as tmp:
            return generate(tmp, args.out)
    return generate(os.path.abspath(args.workdir), args.out)


def generate(workdir, out_path):
    os.makedirs(workdir, exist_ok=True)
    fods_path = os.path.join(workdir, "npv_irr_cases.fods")
    with open(fods_path, "w", encoding="utf-8") as fh:
        fh.write(build_fods(CASES))

    version, csv_path = run_libreoffice(fods_path, workdir)
    print("LibreOffice version:", version)

    with open(csv_path, newline="", encoding="utf-8") as fh:
        lo_rows = list(csv.reader(fh))
    if len(lo_rows) < len(CASES) + 1:
        sys.exit("LibreOffice CSV has %d rows, expected %d" % (len(lo_rows), len(CASES) + 1))

    out_rows = []
    problems = []
    for n, (cid, rate, flows, guess) in enumerate(CASES):
        row = lo_rows[n + 1]
        if row[COL_ID] != cid:
            problems.append("%s: row id mismatch %r" % (cid, row[COL_ID]))
        # The flows LibreOffice saw must equal ours exactly.
        lo_flows = [parse_value(v) for v in row[COL_FLOW0:COL_FLOW0 + len(flows)]]
        if lo_flows != [float(f) for f in flows]:
            problems.append("%s: flows did not round-trip: %r" % (cid, lo_flows))
        npv_s, irr_s, irrg_s = row[COL_NPV], row[COL_IRR], row[COL_IRRG]
        npv, irr, irrg = parse_value(npv_s), parse_value(irr_s), parse_value(irrg_s)
        raw = "npv=%r irr=%r" % (npv_s, irr_s) + (" irr_guess=%r" % irrg_s if guess is not None else "")
        print("  %-22s %s" % (cid, raw))
        # Independent check of the NPV convention (flows[0] at t=0).
        if npv is None:
            problems.append("%s: LibreOffice NPV missing/error (%r)" % (cid, npv_s))
        else:
            ref = py_npv(rate, flows)
            if abs(npv - ref) > 1e-12 * sum(abs(f) for f in flows):
                problems.append("%s: NPV %r != python %r" % (cid, npv, ref))
        # An IRR, when given, must zero the NPV (to LibreOffice's tolerance).
        for label, r in (("irr", irr), ("irr_with_guess", irrg)):
            if r is not None:
                resid = py_npv(r, flows)
                if abs(resid) > 1e-9 * sum(abs(f) for f in flows):
                    problems.append("%s: %s %r leaves NPV residual %r" % (cid, label, r, resid))
        out_rows.append([
            cid,
            fmt_num(rate),
            " ".join(fmt_num(f) for f in flows),
            # repr() of the parsed value: same number as LibreOffice's
            # 15-significant-digit text, minus trailing zeros.
            fmt_num(npv) if npv is not None else "",
            fmt_num(irr) if irr is not None else "",
            fmt_num(guess) if guess is not None else "",
            fmt_num(irrg) if irrg is not None else "",
        ])
        # Precision check: every number LibreOffice wrote must be in the
        # 15-significant-digit scientific format, not some rounded display.
        for s, v in ((npv_s, npv), (irr_s, irr), (irrg_s, irrg)):
            if v is not None and not SCI_RE.match(s.strip()):
                problems.append("%s: value %r is not in 15-digit scientific form" % (cid, s))

    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(out_rows)
    print("wrote %d cases to %s" % (len(out_rows), out_path))


if __name__ == "__main__":
    main()

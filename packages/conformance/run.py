#!/usr/bin/env python3
"""Runs the edustandaard conformance suite against a vendor's command. Python 3.8+, standard library only.

  python3 run.py --exporter "CMD"  [--stdin] [--only REGEX] [--suite DIR] [--json FILE]
  python3 run.py --importer "CMD"  [--stdin] [--suite DIR] [--json FILE]

Exporter protocol: for every case of suite/index.json the runner runs CMD through the shell with the
dossier's absolute path as the last argument (or where CMD says {input}; with --stdin the XML comes on
standard input instead). {profile}, {version} and {afsprakenset} in CMD are replaced too, and the same
values are in the environment as EDUSTANDAARD_PROFILE, EDUSTANDAARD_VERSION, EDUSTANDAARD_AFSPRAKENSET.
CMD prints one JSON object with "valid" and "issues" ([{code, path, severity}], the expected-findings
shape, or the ValidationReport of edustandaard, also as a one-element list). The runner compares valid
and the multiset of (code, path, severity) with the case's expected findings; CMD's exit code is ignored.

Importer protocol (section 2.7 "toont alle ontvangen gegevens"): for every importer dossier CMD renders
the dossier to text or HTML on standard output. Every leaf value of the dossier (element text and
attribute values, whitespace normalised) must appear in it, after HTML entities are decoded. A date
may also appear as d-m-jjjj or dd-mm-jjjj, a boolean as ja/nee. An attachment's content (bestandsinhoud)
need not be printed: its file name (bestandsnaam, a leaf of its own) must.

Exit code: 0 every case passes, 1 a case fails, 2 unusable suite or usage.
"""
import argparse
import html
import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def command_for(cmd, path, case, stdin):
    values = {
        "profile": case.get("profile", ""),
        "version": case.get("version", ""),
        "afsprakenset": case.get("afsprakenset", ""),
        "input": shlex.quote(path),
    }
    out = cmd
    for k, v in values.items():
        out = out.replace("{" + k + "}", v)
    if "{input}" not in cmd and not stdin:
        out += " " + shlex.quote(path)
    return out


def run(cmd, path, case, stdin, timeout):
    env = dict(os.environ)
    env["EDUSTANDAARD_PROFILE"] = case.get("profile", "")
    env["EDUSTANDAARD_VERSION"] = case.get("version", "")
    env["EDUSTANDAARD_AFSPRAKENSET"] = case.get("afsprakenset", "")
    with open(path, "rb") as f:
        data = f.read() if stdin else None
    p = subprocess.run(
        command_for(cmd, path, case, stdin), shell=True, input=data, capture_output=True,
        env=env, timeout=timeout,
    )
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def report_of(stdout):
    """The vendor's findings: an object with valid and issues, or a list holding one."""
    doc = json.loads(stdout)
    if isinstance(doc, list):
        if len(doc) != 1:
            raise ValueError("expected one report, got a list of %d" % len(doc))
        doc = doc[0]
    if not isinstance(doc, dict) or not isinstance(doc.get("issues"), list) or not isinstance(doc.get("valid"), bool):
        raise ValueError('expected an object with "valid" (boolean) and "issues" (list)')
    return doc


def key(i):
    return (str(i.get("code")), str(i.get("path")), str(i.get("severity")))


def exporter(args, suite, index):
    only = re.compile(args.only) if args.only else None
    results = []
    for case in index["cases"]:
        if only and not only.search(case["id"]) and not only.search(case["rule"]):
            continue
        with open(os.path.join(suite, case["expected"]), encoding="utf-8") as f:
            expected = json.load(f)
        path = os.path.join(suite, case["input"])
        r = {"id": case["id"], "rule": case["rule"], "kind": case["kind"]}
        try:
            stdout, stderr = run(args.exporter, path, case, args.stdin, args.timeout)
            got = report_of(stdout)
        except subprocess.TimeoutExpired:
            r.update(ok=False, error="timeout after %ss" % args.timeout)
        except ValueError as e:
            r.update(ok=False, error="unusable output: %s" % e, stderr=stderr[-500:])
        else:
            want, have = Counter(map(key, expected["issues"])), Counter(map(key, got["issues"]))
            missing = sorted((want - have).elements())
            unexpected = sorted((have - want).elements())
            ok = not missing and not unexpected and got["valid"] == expected["valid"]
            r.update(ok=ok, expectedValid=expected["valid"], valid=got["valid"],
                     missing=[dict(zip(("code", "path", "severity"), m)) for m in missing],
                     unexpected=[dict(zip(("code", "path", "severity"), m)) for m in unexpected])
        results.append(r)
    return results


def leaves(path):
    """Every leaf value of a dossier: element texts and attribute values, whitespace normalised."""
    out = []

    def visit(el, parent):
        name = el.tag.split("}")[-1]
        for k, v in el.attrib.items():
            if not k.startswith("{"):
                out.append((name + "/@" + k, " ".join(v.split())))
        children = list(el)
        if not children:
            text = " ".join((el.text or "").split())
            if text and name != "bestandsinhoud":
                out.append((name, text))
        for c in children:
            visit(c, el)

    visit(ET.parse(path).getroot(), None)
    return out


def alternatives(value):
    alts = [value]
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        y, mo, d = m.groups()
        alts += ["%s-%s-%s" % (d, mo, y), "%d-%d-%s" % (int(d), int(mo), y)]
    if value in ("true", "false"):
        alts.append("ja" if value == "true" else "nee")
    return alts


def importer(args, suite, index):
    results = []
    for d in index["importer"]:
        path = os.path.join(suite, d["input"])
        r = {"id": d["id"]}
        try:
            stdout, _ = run(args.importer, path, d, args.stdin, args.timeout)
        except subprocess.TimeoutExpired:
            r.update(ok=False, error="timeout after %ss" % args.timeout)
            results.append(r)
            continue
        shown = " ".join(html.unescape(stdout).split())
        absent = [{"element": n, "value": v} for n, v in leaves(path)
                  if not any(a in shown for a in alternatives(v))]
        r.update(ok=not absent, leaves=len(leaves(path)), absent=absent[:50], absentCount=len(absent))
        results.append(r)
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--exporter", help="the vendor's validating command")
    mode.add_argument("--importer", help="the vendor's rendering command")
    ap.add_argument("--suite", default=os.path.join(HERE, "suite"), help="the suite folder (default: next to run.py)")
    ap.add_argument("--stdin", action="store_true", help="give the dossier on standard input instead of as a path")
    ap.add_argument("--only", help="only cases whose id or rule matches this regular expression")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per case (default 120)")
    ap.add_argument("--json", help="write the results as JSON to this file")
    args = ap.parse_args(argv)
    try:
        with open(os.path.join(args.suite, "index.json"), encoding="utf-8") as f:
            index = json.load(f)
    except (OSError, ValueError) as e:
        print("E_SUITE: cannot read %s: %s" % (os.path.join(args.suite, "index.json"), e), file=sys.stderr)
        return 2
    results = exporter(args, args.suite, index) if args.exporter else importer(args, args.suite, index)
    if not results:
        print("E_USAGE: no case selected", file=sys.stderr)
        return 2
    failed = [r for r in results if not r["ok"]]
    for r in failed:
        print("FAIL %s" % r["id"])
        if "error" in r:
            print("  " + r["error"])
        for m in r.get("missing", []):
            print("  missing    %(severity)-12s %(code)-22s %(path)s" % m)
        for m in r.get("unexpected", []):
            print("  unexpected %(severity)-12s %(code)-22s %(path)s" % m)
        if "valid" in r and r["valid"] != r.get("expectedValid"):
            print("  valid: %s, expected %s" % (r["valid"], r["expectedValid"]))
        for a in r.get("absent", []):
            print("  not shown  %(element)s = %(value)s" % a)
    print("%d of %d passed" % (len(results) - len(failed), len(results)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"passed": len(results) - len(failed), "total": len(results), "results": results}, f, indent=2)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

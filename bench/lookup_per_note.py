"""Lookup's top-1 and top-3 per note of every development set: which notes are read worst.

    python bench/lookup_per_note.py [--db-dir DIR] [--only NAME,...] [--worst N] [--misses]

Each query of a set names the note its answer is in (`sources[0].file`); a set's figures of
bench/lookup_devsets.py (the same scorer, tests/lookup_scorer.py) split by that note show
which of its notes the parser reads least as intended, usually a format: a set at 0.60 can be
six notes at 0.85 and one at 0.07. --db-dir reuses lookup_devsets.py's databases (delete them
after a parser change); --misses lists each listed note's queries whose first answer is not
right, with the first two answers given (value, file:line).

Session 20 (formats20b), the worst-read notes before that session's reader changes
(--worst 12; top-1 of the note's queries):
    unseen58 a_dva_serverless_orders_template.yaml   1/14  a CloudFormation template: only its
             whole-line comments were read, not the comment beside each setting
             ("Timeout: 3  # DEFAULT 3 sec, max 900 sec") nor the resource's service
    unseen56 c_saa_seti_konspekt_VPC-R53-CF-DX.md    2/14  Russian units and comma decimals
    unseen58 d_My Clippings.txt                      4/13  Kindle clippings
    unseen55 f_CLF-C02 study group deck - speaker notes.txt  6/13
    unseen54 b_dva_정리노트_lambda_ddb_cognito_kms.md    7/15
    unseen57 b_ghi-chu_DVA_dynamo_sqs_sns.md         7/14  Vietnamese
    unseen49 c_study_session_networking_2024-03-14.vtt  9/14  a call's captions: a cue's "It
             starts at 5 Gbps" is about the NAT gateway of the cue before, which the reader
             does not carry across paragraphs; spoken numbers ("a slash 16")
    unseen56 g_saa_compute_notes.tf                 10/13  Terraform read as plain text
    unseen58 g_clf-c02_flashcards_brainscape_export.csv  10/13  multi-line answers squashed
             into one table row; a later ""quoted"" word split its record
    unseen58 f_dva_lecture_monitoring_xray_cloudtrail_ssm.en.srt  12/14
After formats/infra_templates.py (templates, Terraform) and the card and caption changes
(top-1 / top-3 of the note's queries):
    unseen58 template 1/2 -> 12/12 of 14, deck 10/11 -> 11/12 of 13, lecture 12/13 -> 13/14
             of 14, My Clippings 4/6 -> 4/5 (the lost top-3 was a wrong fact's "300 s", an
             Auto Scaling health check interval, for "deregistration delay default value";
             a template line now ranks third instead);
    unseen56 .tf 10/10 -> 12/12 of 13; its b_DVA-wk3 note 9/12 -> 11/13 (the .tf's raw
             lines no longer outrank its answers).
    Set figures (bench/lookup_devsets.py, top-1 / top-3 / abstain): unseen56 63/70/42 ->
    67/73/42, unseen58 58/68/41 -> 71/79/41, every other set unchanged; total
    4833/5026/2199 -> 4850/5040/2199 of 5403 / 2371.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lookup_devsets import SETS, database, load  # noqa: E402

from studycli.lookup import lookup  # noqa: E402
from tests.lookup_scorer import holds  # noqa: E402


def per_note(conn, cases: list[dict]) -> dict[str, list]:
    """note -> [queries, top-1, top-3, misses (query, first two answers)]."""
    notes: dict[str, list] = defaultdict(lambda: [0, 0, 0, []])
    for case in cases:
        if not case.get("sources"):
            continue
        hits = lookup(conn, case["query"], limit=3).to_json()
        first = bool(hits) and holds(hits[0], case["expect_any"])
        figures = notes[case["sources"][0]["file"]]
        figures[0] += 1
        figures[1] += first
        figures[2] += any(holds(h, case["expect_any"]) for h in hits[:3])
        if not first:
            given = [f"{h['value'][:40]!r} {h['source']}:{h['line']}" for h in hits[:2]]
            figures[3].append(f"{case['query']!r} want {case['expect_any'][:2]} got {given}")
    return notes


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--worst", type=int, default=0, help="list only the N worst-read notes")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    db_dir = args.db_dir or Path(tempfile.mkdtemp())
    db_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, notes, queries, _abstain in SETS:
        if notes is None or (only and name not in only):
            continue
        conn = database(db_dir, notes)
        for note, (n, top1, top3, misses) in per_note(conn, load(queries)).items():
            rows.append((top1 / n, name, note, n, top1, top3, misses))
        conn.close()
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    for _share, name, note, n, top1, top3, misses in rows[:args.worst or None]:
        print(f"{name:9} {note[:58]:58} n={n:3} top-1 {top1:3} {top1 / n:.2f}  "
              f"top-3 {top3:3} {top3 / n:.2f}")
        for miss in misses if args.misses else []:
            print(f"    {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Lookup per note on the development notes written in a language other than English.

    python bench/lookup_languages.py [--db-dir DIR] [--misses DIR]

Students write notes in their own language with English service names, and ask lookup in
English ("sqs visibility timeout max" for a German note's "Sichtbarkeits-Timeout max. 12
Std."). A set's figure hides such a note among six English ones, so this prints top-1 and
top-3 for each non-English note alone: the answerable queries whose expected answer comes
from that note (`sources` in the query file), scored as bench/lookup_devsets.py scores them
(same scorer, same databases: pass the same --db-dir to reuse them). The vocabulary these
notes are read with is studycli/languages.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lookup_devsets import DATA, database, load, run_set  # noqa: E402

# set, the note's file name, its language (tests/data/unseenN_README.md says which)
NOTES: list[tuple[str, str, str]] = [
    ("unseen32", "d_saa_databases_notas.md", "English with Spanish words"),
    ("unseen36", "b_security_dva_de_en.md", "German/English"),
    ("unseen39", "e_clf_hinglish_notes.md", "Hinglish"),
    ("unseen40", "b_tarifs_support_ec2_rds.md", "French/English"),
    ("unseen43", "e_bancos_de_dados_resumo_ptbr.md", "Brazilian Portuguese"),
    ("unseen47", "d_fiche_revision_BDD_AWS.md", "French"),
    ("unseen48", "g_SAA_セキュリティまとめ.md", "Japanese/English"),
    ("unseen50", "e_CLF-C02_notizen_support_preise_infra.md", "German/English"),
    ("unseen52", "f_SAA网络与安全笔记.md", "Chinese/English"),
]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path)
    ap.add_argument("--misses", type=Path)
    args = ap.parse_args(argv)
    db_dir = args.db_dir or Path(tempfile.mkdtemp())
    db_dir.mkdir(parents=True, exist_ok=True)
    if args.misses:
        args.misses.mkdir(parents=True, exist_ok=True)
    n = top1 = top3 = 0
    for name, note, language in NOTES:
        cases = [c for c in load(DATA / f"lookup_{name}.jsonl")
                 if any(s.get("file") == note for s in c.get("sources", []))]
        conn = database(db_dir, DATA / f"{name}_notes")
        figures, misses = run_set(conn, cases, [])
        conn.close()
        n, top1, top3 = n + figures["n"], top1 + figures["top1"], top3 + figures["top3"]
        print(f"{name:8} {language:27} n={figures['n']:3} top-1 {figures['top1']:3} "
              f"top-3 {figures['top3']:3}  {note}")
        if args.misses:
            (args.misses / f"{name}.lang.miss").write_text("".join(misses), encoding="utf-8")
    print(f"{'total':36} n={n:3} top-1 {top1:3} top-3 {top3:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

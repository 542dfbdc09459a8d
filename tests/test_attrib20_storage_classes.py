"""Session 17 (attrib20): the S3 Glacier classes each their own subject, a retrieval tier's
word read as no storage class, a storage class's bare minimum in days named as its minimum
storage duration, a table not given to a service its caption names only as compared with, and
"~20% pricier" no limit."""

from __future__ import annotations

import json

from tests.helpers import parsed_quantities, run_here


def _quantities(text: str) -> set[tuple[str, str, str, str, str]]:
    return set(parsed_quantities(text, "n.md"))


def _subjects(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for _, subject, attribute, _, value in _quantities(text):
        out.setdefault(subject, set()).add(f"{attribute} {value}")
    return out


# --- the Glacier classes ------------------------------------------------------------------

def test_instant_and_flexible_retrieval_are_subjects_of_their_own():
    # both were "S3 Glacier", so the second line's 90 days (the same key and value) was lost
    subjects = _subjects("# S3\n\n- Glacier Instant Retrieval: min 90 days, ms access\n"
                         "- S3 Glacier Flexible Retrieval: min 90 days\n"
                         "- Glacier Deep Archive: min 180 days\n")
    assert subjects == {
        "S3 Glacier Instant Retrieval": {"minimum storage duration 90 days"},
        "S3 Glacier Flexible Retrieval": {"minimum storage duration 90 days"},
        "S3 Glacier Deep Archive": {"minimum storage duration 180 days"}}


def test_short_names_of_the_classes():
    subjects = _subjects("# S3\n\n- Glacier IR: min 90 days\n"
                         "- Glacier Flexible: expedited 1-5 min, bulk 5-12 h\n")
    assert set(subjects) == {"S3 Glacier Instant Retrieval", "S3 Glacier Flexible Retrieval"}
    assert "retrieval time (expedited) 1–5 min" in subjects["S3 Glacier Flexible Retrieval"]


def test_a_bare_glacier_stays_the_family():
    assert set(_subjects("# S3\n\n- Glacier: min 90 days\n")) == {"S3 Glacier"}


# --- a retrieval tier is no storage class -------------------------------------------------

def test_a_standard_retrieval_under_s3_is_no_s3_standard_figure():
    facts = _quantities("# Storage\n\n## S3\n\n- Expedited retrieval: 1-5 minutes\n"
                        "- Standard retrieval: 3-5 hours\n- Bulk retrieval: 5-12 hours\n")
    assert {s for _, s, *_ in facts} == {""}
    assert ("S3", "", "retrieval time (standard)", "range", "3–5 h") in facts


def test_s3_standard_keeps_its_own_figures():
    facts = _quantities("# S3\n\n- S3 Standard: 99.99% availability\n")
    assert facts == {("S3", "S3 Standard", "availability", "", "99.99%")}


# --- a storage class's bare minimum in days ---------------------------------------------

def test_a_classs_minimum_in_days_is_its_minimum_storage_duration():
    facts = _quantities("# S3\n\n- Standard-IA: min 30 days, 128 KB min billable size\n"
                        "- One Zone-IA: min 30 days, one AZ\n")
    assert ("S3", "S3 Standard-IA", "minimum storage duration", "min", "30 days") in facts
    assert ("S3", "S3 One Zone-IA", "minimum storage duration", "min", "30 days") in facts


def test_a_minimum_in_minutes_is_no_storage_duration():
    facts = _quantities("# S3\n\n- Glacier Flexible Retrieval: expedited min 1 min\n")
    assert not any(a == "minimum storage duration" for _, _, a, _, _ in facts)


def test_check_meets_the_classes_lines(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "s3.md").write_text(
        "# S3\n\n- Glacier Instant Retrieval: min 60 days\n"
        "- Glacier Flexible Retrieval: expedited 1-5 min\n"
        "- S3 Glacier Flexible: standard retrieval 10-20 hours\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    findings = json.loads(run_here("check", "--json", db=db).stdout)
    flagged = {(f["subject"], f["reference"]["id"], f["note_value"]) for f in findings}
    assert flagged == {
        ("S3 Glacier Instant Retrieval", "s3.glacier.minimum-storage-duration.min", "60 days"),
        ("S3 Glacier Flexible Retrieval", "s3.glacier.standard-retrieval", "20 h")}


# --- a table's caption ------------------------------------------------------------------

def test_a_caption_naming_a_service_as_compared_with_does_not_own_the_table():
    text = ("# Databases\n\n## 2. Aurora\n\nMySQL + PostgreSQL compatible, ~20% pricier than "
            "RDS\n\n| | |\n|---|---|\n| backtrack | MySQL only, rewind up to 72 h |\n")
    assert _quantities(text) == {("Aurora", "", "backtrack window", "max", "72 h")}


def test_a_caption_naming_the_service_still_owns_the_table():
    text = ("# Databases\n\n## Limits\n\nAurora, MySQL compatible\n\n| | |\n|---|---|\n"
            "| backtrack | MySQL only, rewind up to 72 h |\n")
    assert _quantities(text) == {("Aurora", "", "backtrack window", "max", "72 h")}


# --- attributes a nearer word misnamed --------------------------------------------------

def test_an_item_collection_is_not_an_item():
    # "10 GB item collection" was DynamoDB's item size (400 KB is)
    facts = _quantities("# DynamoDB\n\n- still 10 GB item collection when an LSI exists\n"
                        "- max item size 400 KB\n")
    assert facts == {("DynamoDB", "", "item collection size", "", "10 GB"),
                     ("DynamoDB", "", "item size", "max", "400 KB")}


def test_kms_plaintext_is_no_object_size(tmp_path):
    # "on a big file → 4 KB max plaintext" was KMS's object size, which check never met
    line = "- If kms:Encrypt fails on a big file → 8 KB max plaintext, use envelope encryption\n"
    assert _quantities(f"# KMS\n\n{line}") == {("KMS", "", "plaintext size", "max", "8 KB")}
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "kms.md").write_text(f"# KMS\n\n{line}", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    findings = json.loads(run_here("check", "--json", db=db).stdout)
    assert [f["reference"]["id"] for f in findings] == ["kms.encrypt-plaintext.max"]


def test_pricier_by_a_percentage_is_a_comparison():
    assert _quantities("# Aurora\n\n- ~20% pricier than RDS, up to 15 replicas\n") == {
        ("Aurora", "", "replicas", "max", "15 replicas")}


def test_a_restore_time_is_never_instant_retrievals():
    # its objects need no restore: the minutes and hours on its line are another class's
    facts = _quantities("# S3\n\n- why: Instant Retrieval = ms access, min storage 90 days. "
                        "Flexible = minutes to 12 h (expedited 1-5 min).\n")
    ir = {(a, v) for _, s, a, _, v in facts if s == "S3 Glacier Instant Retrieval"}
    assert ir == {("minimum storage duration", "90 days")}
    assert any(v == "1–5 min" and s == "" for _, s, _, _, v in facts)


# --- the short names students write for the edge functions -------------------------------

def test_l_at_e_and_cf_functions_name_their_subjects():
    # "CF functions: ... <1 ms" was Lambda's 1 ms under a Lambda heading; "L@E: ... 5 sec
    # viewer" was Lambda's own viewer trigger
    facts = _quantities("# Lambda\n\n- lambda@edge vs cloudfront functions\n"
                        "    - CF functions: JS only, < 1 ms exec, max 10 KB code\n"
                        "    - L@E: Node.js/Python, 5 sec viewer triggers\n")
    assert {(s, sub, v) for s, sub, _, _, v in facts} == {
        ("CloudFront", "CloudFront Functions", "1 ms"),
        ("CloudFront", "CloudFront Functions", "10 KB"),
        ("Lambda", "Lambda@Edge", "5 s")}


# --- attrib20b: review fixes --------------------------------------------------------------

def test_an_ia_class_said_to_have_instant_retrieval_keeps_its_line(tmp_path):
    # "instant retrieval" alone named S3 Glacier Instant Retrieval: the One Zone-IA line's
    # 30 days became Glacier IR's, and check called a right note wrong (AWS 90 days)
    text = ("# S3\n\n- One Zone-IA: instant retrieval, min 30 days\n"
            "- Standard-IA = instant retrieval, min 30 days, 128 KB min object\n"
            "- Glacier: flexible retrieval, min 90 days\n")
    facts = _quantities(text)
    assert "S3 Glacier Instant Retrieval" not in {s for _, s, *_ in facts}
    # the family named first: the words name its class
    assert ("S3", "S3 Glacier Flexible Retrieval", "minimum storage duration", "min",
            "90 days") in facts
    assert ("S3", "S3 One Zone-IA", "minimum storage duration", "min", "30 days") in facts
    assert ("S3", "S3 Standard-IA", "minimum storage duration", "min", "30 days") in facts
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "s3.md").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    findings = json.loads(run_here("check", "--json", db=db).stdout)
    assert not [f for f in findings if f["note_value"] == "30 days"], findings


def test_a_line_of_the_glacier_family_answers_a_query_for_one_of_its_classes(tmp_path):
    # "Glacier" may mean Flexible Retrieval: its bulk 5-12 hours answered before the classes
    # became subjects of their own, and then was "Not in your notes"
    from tests.helpers import note_db, run_here

    db = note_db(tmp_path, "# S3\n\n- Glacier: min 90 days storage, expedited 1-5 min, "
                           "standard 3-5 hours, bulk 5-12 hours\n")
    result = run_here("lookup", "glacier flexible retrieval bulk retrieval time", "--json", db=db)
    assert result.returncode == 0, result.stdout
    assert "5–12 h" in json.loads(result.stdout)[0]["value"]


def test_instant_retrieval_keeps_its_own_milliseconds():
    # only minutes and hours (a restore's) are taken from it: "100-200 ms" is its first byte
    facts = _quantities("# S3\n\n- Glacier Instant Retrieval: retrieval 100-200 ms\n"
                        "- Glacier IR: min 90 days, ms access, first byte in 100-200 ms\n")
    assert {(s, v) for _, s, _, _, v in facts} == {
        ("S3 Glacier Instant Retrieval", "100–200 ms"),
        ("S3 Glacier Instant Retrieval", "200 ms"), ("S3 Glacier Instant Retrieval", "100 ms"),
        ("S3 Glacier Instant Retrieval", "90 days")}


def test_plaintext_names_kmss_measure_only():
    # a Secrets Manager secret's 64 KB is its secret value size, not a KMS plaintext size
    facts = _quantities("# Secrets Manager\n\n- secret value max 64 KB plaintext\n")
    assert facts and not any(a == "plaintext size" for _, _, a, _, _ in facts), facts

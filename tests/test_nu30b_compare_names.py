"""Names students give services and their parts resolve in `compare` as lookup reads them:
`compare redis memcached` found no row under "ElastiCache Redis vs Memcached: ...", `compare
efs fsx` said "unknown service or subject 'fsx'", and `compare sg nacl` offered Auto Scaling
and S3, though each pair is compared in the notes."""

from __future__ import annotations

from tests.helpers import folder_cli, run_here

NOTES = {"caching.md": "# Caching\n\n"
                       "- ElastiCache Redis vs Memcached: Redis has replication + persistence, "
                       "Memcached is multithreaded, no persistence\n",
         "storage.md": "# Storage\n\n- EFS vs FSx: EFS is Linux NFS, FSx is Windows SMB\n",
         "vpc.md": "# VPC networking\n\n- Security groups (SG) are stateful\n"
                   "- SG vs NACL: SG at instance level, NACL at subnet level\n"}


def _sides(table) -> tuple[str, str, list[tuple[str, str]]]:
    return table["left"], table["right"], [(r["left"], r["right"]) for r in table["rows"]]


def test_a_service_name_then_its_engine_is_the_engine(tmp_path):
    ask = folder_cli(tmp_path, NOTES)
    table = ask("compare", "redis", "memcached")
    assert ("Redis has replication + persistence",
            "Memcached is multithreaded, no persistence") in _sides(table)[2]


def test_a_name_only_the_notes_compare_resolves_as_written(tmp_path):
    ask = folder_cli(tmp_path, NOTES)
    left, right, rows = _sides(ask("compare", "efs", "fsx"))
    assert right == "FSx" and ("EFS is Linux NFS", "FSx is Windows SMB") in rows


def test_initials_a_note_links_to_a_name_resolve_to_it(tmp_path):
    ask = folder_cli(tmp_path, NOTES)
    left, right, rows = _sides(ask("compare", "sg", "nacl"))
    assert (left, right) == ("Security group", "NACL")
    assert ("SG at instance level", "NACL at subnet level") in rows


def test_the_lookup_lexicon_names_resolve_and_unknown_names_are_still_refused(tmp_path):
    ask = folder_cli(tmp_path, NOTES)
    assert _sides(ask("compare", "orgs", "sqs"))[:2] == ("Organizations", "SQS")
    refused = run_here("compare", "sgx", "nacl", db=tmp_path / "notes.db")
    assert refused.returncode == 1 and "unknown service or subject 'sgx'" in refused.stderr

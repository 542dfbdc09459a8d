"""A table's column named by another service's subject alias ("On-Demand" is Kinesis Data
Streams' on-demand mode to the alias table) is, beside its own service's subjects, that
service's: an EC2 table of On-Demand, Reserved and Spot compares all three as EC2's, both in
the pairs list and for the names typed (`compare on-demand spot`)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.entry import main

from .helpers import run_here

EC2 = """# EC2

| | On-Demand | Reserved | Spot |
|---|---|---|---|
| Discount | none | up to 72% | up to 90% |
| Commitment | none | 1 or 3 years | none |
| Interruption | no | no | yes, 2-minute warning |
"""


def _db(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ec2.md").write_text(EC2, encoding="utf-8")
    db = tmp_path / "n.db"
    assert run_here("ingest", str(folder), db=db).returncode == 0
    return db


def test_the_typed_names_compare_as_the_tables_service(tmp_path, capsys):
    db = _db(tmp_path)
    assert main(["compare", "on-demand", "spot", "--json", "--db", str(db)]) == 0  # fast path
    table = json.loads(capsys.readouterr().out)
    assert (table["left"], table["right"]) == ("On-Demand", "Spot Instances")
    assert {r["aspect"] for r in table["rows"]} >= {"Discount", "Interruption"}
    slow = CliRunner().invoke(app, ["compare", "spot", "on-demand", "--db", str(db)])
    assert slow.exit_code == 0, slow.output
    assert "Spot Instances vs On-Demand" in slow.output
    assert "nothing that compares" not in slow.output and "mode" not in slow.output


def test_the_pairs_list_offers_every_pair_of_the_table(tmp_path):
    db = _db(tmp_path)
    listed = CliRunner().invoke(app, ["compare", "--json", "--db", str(db)])
    pairs = {(p["left"], p["right"]) for p in json.loads(listed.output)}
    assert {("On-Demand", "Reserved Instances"), ("On-Demand", "Spot Instances"),
            ("Reserved Instances", "Spot Instances")} <= pairs


def test_a_subject_named_with_its_service_stays_that_services(tmp_path):
    db = _db(tmp_path)
    out = CliRunner().invoke(app, ["compare", "kinesis on-demand", "spot", "--db", str(db)])
    # Kinesis's, as typed: nothing compares them
    assert out.exit_code == 1 and "nothing that compares On-demand mode" in out.output, out.output

"""A quota table's row label naming a sub-service of the table's service. Rows written for
the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

TABLE = """## Amazon RDS quotas

| Quota | Value |
|---|---|
| Replicas per primary, Aurora cluster | 15 |
| Replicas per primary (PostgreSQL) | 5 |
| Backup retention | 35 days |
"""


def test_a_row_naming_a_sub_service_is_that_sub_service_s():
    owners = {f.value: f.service for f in parse_note(TABLE, "q.md").facts
              if f.kind is not Kind.FACT}
    assert owners.get("15 replicas") == "Aurora"
    assert owners.get("5 replicas") == "RDS"
    assert owners.get("35 days") == "RDS"

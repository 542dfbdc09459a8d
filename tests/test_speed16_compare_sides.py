"""Loose comparison sides ("Standard" vs "FIFO", "REST" vs "HTTP") are resolved through each
service's own subject aliases (compare._subject_aliases_of), not by reading every alias of the
catalogue once per service asked: the same sides, and a changed catalogue is read afresh."""

from __future__ import annotations

from studycli import compare
from studycli.compare import resolve_pair
from studycli.compare_model import Side
from studycli.services import Catalog, catalog


def test_loose_sides_resolve_within_the_service_they_share():
    assert resolve_pair("Standard", "FIFO") == (Side("SQS", "standard queue"),
                                                 Side("SQS", "FIFO queue"))
    assert resolve_pair("REST", "HTTP") == (Side("API Gateway", "REST API"),
                                            Side("API Gateway", "HTTP API"))
    assert resolve_pair("SQS", "FIFO") == (Side("SQS"), Side("SQS", "FIFO queue"))
    assert resolve_pair("no such thing", "nor this") == (None, None)


def test_each_service_holds_exactly_the_subject_aliases_it_owns():
    cat = catalog()
    for service in cat.full_names:
        mine = {(alias, subject) for alias, (owner, subject) in cat.subject_aliases.items()
                if owner == service}
        assert set(compare._subject_aliases_of(service)) == mine, service


def test_a_changed_catalogue_is_read_afresh(monkeypatch):
    cat = catalog()
    other = Catalog(cat.full_names, cat.service_aliases,
                    {**cat.subject_aliases, "standard tier": ("SQS", "standard tier")})
    assert resolve_pair("Standard", "FIFO")[0] == Side("SQS", "standard queue")
    monkeypatch.setattr(compare, "catalog", lambda: other)
    # two SQS subjects now begin with "standard": the word names neither
    assert resolve_pair("Standard", "FIFO")[0] is None

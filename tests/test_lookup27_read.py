"""Lookup reads what was typed as the notes write it (session 27, lookup27), from a new
user's reports: a word typed whole that the notes write apart ("onramp" for "Enterprise
On-Ramp") is their words, not a typo of a name near it; a note's "svc" is "service", no
initials of the words typed ("site to site vpn connection price" is no Route 53 line saying
"only AWS svc ... hosted zone $0.50/month"); a mistyped unit word ("bandwith") is said by a
value in its unit, as the word typed right is ("NAT gateway: 5 Gbps, scales to 100 Gbps")."""

from __future__ import annotations

import json

import pytest

from .helpers import lookup_values, notes_conn, notes_fixture, run_here, shipped_reference

REF = shipped_reference(200)

SUPPORT = ("# Support plans\n\n- Developer — from $29/month\n- Business — from $100/month\n"
           "- Enterprise On-Ramp — from $5,500/month\n- Enterprise — from $15,000/month\n")


support = notes_fixture(SUPPORT)


def test_a_word_typed_whole_is_the_words_the_notes_write_apart(support):
    for query in ("enterprise onramp monthly price", "onramp price",
                  "enterprise on-ramp monthly price"):
        values = lookup_values(support, query)
        assert values and "$5,500" in values[0], (query, values)
    # the plan named in full is still Enterprise's
    assert "$15,000" in lookup_values(support, "enterprise monthly price")[0]


def test_the_split_is_found_only_where_a_note_writes_it(tmp_path):
    from studycli.lookup.word_repair import written_apart_split

    conn = notes_conn(tmp_path, SUPPORT + "\n# Lambda\n\n- cold start: first invoke slower\n")
    assert written_apart_split(conn, "onramp") == ["on", "ramp"]
    assert written_apart_split(conn, "coldstart") == ["cold", "start"]
    # no note writes "ram p" or "enter prise" apart: nothing is split by chance
    assert written_apart_split(conn, "rampup") is None
    assert written_apart_split(conn, "enterprise") is None


def test_the_cli_answers_the_plan_typed_whole(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "plans.md").write_text(SUPPORT, encoding="utf-8")
    db = tmp_path / "facts.db"
    assert run_here("ingest", str(notes), db=db, env=REF).returncode == 0
    result = run_here("lookup", "enterprise onramp monthly price", "--json", "--limit", "3",
                      db=db, env=REF)
    assert result.returncode == 0, result.stderr
    assert "$5,500" in json.loads(result.stdout)[0]["value"]


ROUTE53_AND_VPN = ("# SAA night before\n\n"
                   "Route 53: only AWS svc w/ 100% availability SLA. hosted zone $0.50/month\n"
                   "record types: A, AAAA, CNAME, NS, SOA, MX, TXT, CAA, alias\n\n"
                   "# Networking\n\n"
                   "Site-to-Site VPN: 2 tunnels per connection, each up to 1.25 Gbps\n")


def test_svc_is_service_not_the_initials_of_the_words_typed(tmp_path):
    conn = notes_conn(tmp_path, ROUTE53_AND_VPN)
    # the notes give no VPN price: Route 53's "$0.50/month" is no answer
    assert lookup_values(conn, "site to site vpn connection price per hour") == []
    # the line still answers what it says; "svc" typed means "service"
    assert "$0.50" in lookup_values(conn, "route 53 hosted zone price")[0]
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert "servic" in understand("route 53 svc price", lexicon()).terms


def test_initials_the_lexicon_spells_out_as_the_words_typed_still_count(tmp_path):
    conn = notes_conn(tmp_path, "# DynamoDB\n\n- PITR keeps 35 days of backups\n"
                                "- item size max 400 KB\n")
    values = lookup_values(conn, "dynamodb point in time recovery retention")
    assert values and "35 days" in values[0], values


NAT_NO_WORD = "# VPC\n\n- NAT gateway: 5 Gbps, scales to 100 Gbps\n- NAT gateway is AZ-scoped\n"


@pytest.mark.parametrize("notes", [
    NAT_NO_WORD,
    # the notes share the slip elsewhere: "bandwith" is their word, and still "bandwidth"
    NAT_NO_WORD + "- EC2 network bandwith depends on instance type\n",
])
def test_a_mistyped_unit_word_is_said_by_a_value_in_its_unit(tmp_path, notes):
    conn = notes_conn(tmp_path, notes)
    # the figure itself answers, not only the line holding it (it said "bandwith" nowhere,
    # and scored a third of the words typed: an answer as the word typed right is)
    for query in ("nat gateway bandwith", "nat gw bandwith", "nat gateway bandwith limit"):
        values = lookup_values(conn, query)
        assert "100 Gbps" in values, (query, values)
        assert "AZ-scoped" not in values[0]
    assert lookup_values(conn, "nat gateway max bandwith")[0] == "100 Gbps"


def test_a_mistyped_unit_word_of_another_measure_is_still_unsaid(tmp_path):
    conn = notes_conn(tmp_path, NAT_NO_WORD)
    # a memory is a size: 5 Gbps is no memory of the NAT gateway
    assert lookup_values(conn, "nat gateway memroy") == []


NAT_TWO_FIGURES = ("# VPC\n\nA NAT gateway supports 5 Gbps of bandwidth and automatically "
                   "scales up to 45 Gbps.\nNAT gateways live in one AZ.\n")


def test_a_maximum_asked_is_the_largest_figure_of_the_measure(tmp_path):
    conn = notes_conn(tmp_path, NAT_TWO_FIGURES)
    assert lookup_values(conn, "nat gateway max bandwidth")[0] == "45 Gbps"
    # no maximum typed keeps the notes' order ("limit" asks what the limit is)
    assert lookup_values(conn, "nat gateway bandwidth")[0] == "5 Gbps"


def test_only_figures_the_line_bounds_of_one_measure_answering_alike_are_reordered():
    from types import SimpleNamespace

    from studycli.kinds import Kind
    from studycli.lookup.bounds import bound_first

    line = "NAT GW: 5 Gbps, scales up to 45 Gbps"

    def limit(value, number, attribute="throughput", answer=1.0, kind=Kind.LIMIT, unit="B/s",
              snippet=line, source="n.md"):
        return {"value": value, "number": number, "attribute": attribute, "answer": answer,
                "kind": kind, "unit": unit, "service": "VPC", "subject": "NAT gateway",
                "snippet": snippet, "source": source, "line": 3}

    asked = SimpleNamespace(qualifier="max", tokens=["nat", "max", "bandwidth"])
    five, big = limit("5 Gbps", 5e9), limit("45 Gbps", 45e9)
    assert bound_first([five, big], [five, big], asked, 0.6, 3)[0] is big
    # a gloss typed is the measure's other name
    glossed = limit("5 Gbps", 5e9, attribute="throughput (bandwidth)")
    assert bound_first([glossed, big], [glossed, big], asked, 0.6, 3)[0] is big
    # another measure or case, an answer that answers less, a default, another unit,
    # another line, a number the line does not write as a maximum: kept in order
    for other in (limit("45 Gbps", 45e9, attribute="burst"),
                  limit("45 Gbps", 45e9, attribute="throughput (per az)"),
                  limit("45 Gbps", 45e9, answer=0.7), limit("45 Gbps", 45e9, kind=Kind.DEFAULT),
                  limit("45 GB", 45e9, unit="B"), limit("45 Gbps", 45e9, source="other.md"),
                  limit("45 Gbps", 45e9, snippet="NAT GW: 5 Gbps; my VPN did 45 Gbps")):
        assert bound_first([five, other], [five, other], asked, 0.6, 3)[0] is five, other
    for unasked in (SimpleNamespace(qualifier=None, tokens=["nat", "bandwidth"]),
                    SimpleNamespace(qualifier="max", tokens=["nat", "bandwidth", "limit"])):
        assert bound_first([five, big], [five, big], unasked, 0.6, 3)[0] is five


COST_TOOLS = ("# Cost Explorer\n\n- forecast up to 12 months ahead\n"
              "- data refreshed every 24 hours\n"
              "\n# Cost tools\n\n- Budgets: first 2 budgets free, then $0.02 per day\n")


def test_a_span_asked_in_months_or_how_far_is_a_duration(tmp_path):
    conn = notes_conn(tmp_path, COST_TOOLS)
    # "cost" of Cost Explorer's name asks no price; "how far", "how many months" a span
    for query in ("cost explorer forecast how far", "cost explorer forecast how many months"):
        values = lookup_values(conn, query)
        assert values and "12 months" in values[0], (query, values)
    # a price typed besides the name is still a price: no figure of the notes is one
    assert lookup_values(conn, "cost explorer price") == []
    assert "$0.02" in lookup_values(conn, "budgets price")[0]


def test_a_figure_the_line_only_mentions_is_no_maximum(tmp_path):
    conn = notes_conn(tmp_path, "## Lambda basics\n\nThe default timeout is 3 seconds and the "
                                "max timeout is 15 minutes (900 seconds). If a question\n"
                                "mentions a job that takes 20 minutes, Lambda is out.\n")
    for query in ("lambda max timeout", "lamda timout max"):
        assert lookup_values(conn, query)[0] == "15 min", query


def test_a_possessive_says_its_word(tmp_path):
    from studycli.lookup.words import stems

    assert "role" in stems("(role's max session duration setting)", frozenset())
    conn = notes_conn(tmp_path, "# STS\n\n- AssumeRole session: default 1 hour, min 15 min, "
                                "max 12 hours (role's max session duration setting)\n"
                                "- STS is global, regional endpoints exist\n")
    values = lookup_values(conn, "max role session duration")
    assert values and "12 h" in values[0], values


def test_where_does_it_go_asks_where_not_about_going(tmp_path):
    conn = notes_conn(tmp_path, "# CodeBuild\n\n- file buildspec.yml at root of source "
                                "(can override name in project)\n- build timeout max 8 hours\n")
    values = lookup_values(conn, "where does buildspec.yml go")
    assert values and "root" in values[0], values

"""Review of nu30a (session 30): a student's notes that its new mechanisms misread."""

from __future__ import annotations

from .helpers import folder_cli, lookup_values, notes_fixture


def _first(ask, query):
    hits = ask("lookup", query)
    return hits[0] if hits else None


def test_actually_or_no_without_another_figure_takes_nothing_back(tmp_path):
    # "actually"/"? no" take a value back only when another figure replaces it; otherwise the
    # student goes on about it (a hard limit, configurable, a soft limit) or about another one
    ask = folder_cli(tmp_path, {"n.md": "# Kinesis\n\n- Data Streams retention 24 h by default "
                                        "(actually it is configurable up to 365 days)\n"
                                        "\n# Lambda\n\n- Lambda: max timeout 15 min, actually "
                                        "it's a hard limit\n"
                                        "\n# SQS\n\n- message retention default 4 days, max 14 "
                                        "days (actually: min 60 s)\n"
                                        "\n# VPC\n\n- default 5 VPCs per region? no, that's a "
                                        "soft limit, can be raised\n"})
    values = {f["value"] for f in ask("facts") if f["kind"] != "fact"}
    assert {"24 h", "15 min", "14 days", "5"} <= {v.split(" VPC")[0] for v in values}, values
    for query, kind in (("kinesis default retention", "default"),
                        ("lambda max timeout", "limit"), ("sqs max retention", "limit")):
        hit = _first(ask, query)
        assert hit and hit["kind"] == kind, (query, hit)


VPC = ("# VPC\n\n- VPC CIDR: min /28, max /16\n"
       "- Subnet CIDR min /28 (16 IPs), max /16\n")
vpc = notes_fixture(VPC)


def test_a_bound_clause_borrows_the_lead_up_to_its_first_bound_word(vpc):
    assert lookup_values(vpc, "largest vpc cidr")[0] == "VPC CIDR: max /16"
    assert lookup_values(vpc, "max subnet cidr")[0] == "Subnet CIDR max /16"


def test_a_bound_clause_of_other_words_is_no_answer(tmp_path):
    ask = folder_cli(tmp_path, {"n.md": "# VPC\n\n- VPC: IPv4 CIDR max /16, IPv6 CIDR min /64\n"})
    hit = _first(ask, "smallest vpc ipv4 cidr")
    assert hit is None or "IPv4" in hit["value"], hit


def test_a_count_inside_its_own_group_still_answers(tmp_path):
    ask = folder_cli(tmp_path, {"n.md": "# Aurora\n\n- Aurora DB cluster: up to 15 read replicas\n"
                                        "\n# Cognito\n\n- Cognito user pool: max 40 million users\n"
                                        "\n# VPC\n\n- Security group: max 60 inbound rules\n"})
    for query, figure in (("aurora max read replicas", "15"), ("cognito max users", "40"),
                          ("vpc max inbound rules", "60")):
        hit = _first(ask, query)
        assert hit and figure in hit["value"], (query, hit)


def test_a_link_setting_answers_two_services_only_when_it_concerns_what_was_asked(tmp_path):
    ask = folder_cli(tmp_path, {"n.md": "# Lambda\n\n- Lambda destinations: max 1 destination "
                                        "per outcome\n\n# SQS\n\n- SQS max message size 256 KB\n"})
    hit = _first(ask, "sqs lambda max")
    assert hit and "256" in hit["value"], hit


def test_an_arrow_question_about_something_else_leaves_the_figure_sure():
    from studycli.ui.lookup_plain import hedged

    assert not hedged("- SQS visibility timeout max 12 h <- practice exam Q7: SQS or SNS?")
    assert not hedged("- Kinesis retention default 24 h <- (what's the max? 365 days)")
    assert hedged("- API GW timeout 29 sec <- hard limit?")
    assert hedged("- API GW timeout 29 sec <- still true now?")


def test_a_heading_symbol_emoji_is_no_topic(tmp_path):
    ask = folder_cli(tmp_path, {"n.md": "# ⏱️ Lambda\n\n- cold starts add latency\n"
                                        "\n# ℹ️ SNS\n\n- fan-out to many subscribers\n"})
    attributes = {f["attribute"] for f in ask("facts")}
    assert attributes and not any(set(a or "") & set("⏱ℹ\ufe0f") for a in attributes), attributes


def test_a_link_typed_still_asks_the_link_setting(tmp_path):
    # the link word typed ("trigger") asks a setting of the link though its line names only one
    ask = folder_cli(tmp_path, {"n.md": "# Cognito\n\n- Lambda triggers: pre sign-up, post "
                                        "confirmation\n  - triggers are invoked synchronously, "
                                        "must respond within 5 seconds\n"
                                        "\n# Lambda\n\n- default timeout 3 s, max 15 min\n"})
    hit = _first(ask, "cognito lambda trigger timeout")
    assert hit and "5 seconds" in hit["value"], hit

"""Lookup on the failure shapes of issue 10's round six: the items under a long definition
heading ("Business - 24/7 phone, email, chat ...") are that term's, "down" is a word that
answers ("system down" vs "system impaired"), "prod" is production, and a table row's value
in the 4xx/5xx range ("Hosted zones per account | 500") is a count, not an HTTP status.
"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.answer import THRESHOLD, answer_features, confidence
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import notes_conn

OUTLINE = """\
# CLF-C02 outline

7. Support plans
   7.2 Developer - business hours EMAIL access to cloud support associates
      a) general guidance < 24 business hrs
      b) system impaired < 12 business hrs
   7.3 Business - 24/7 phone, email, chat. full Trusted Advisor checks
      a) production system impaired < 4 hrs
      b) production system down < 1 hr
      c) starts at $100/month
   7.4 Enterprise On-Ramp - everything in Business, pool of TAMs and a concierge team
      a) business-critical system down < 30 min
"""


def _db(tmp_path):
    return notes_conn(tmp_path, OUTLINE, "outline.md")


def test_a_definition_headings_term_owns_the_items_under_it(tmp_path):
    conn = _db(tmp_path)
    for query in ("business support production down response time",
                  "business support prod down response time"):
        hits = lookup(conn, query, limit=3).to_json()
        assert hits, query
        assert "< 1 hr" in hits[0]["value"], (query, [h["value"] for h in hits])
    impaired = lookup(conn, "business support production system impaired response time",
                      limit=3).to_json()
    assert impaired and "< 4 hrs" in impaired[0]["value"]


def test_down_and_prod_are_read():
    lex = lexicon()
    q = understand("business support prod down response time", lex)
    words = set(q.search_words)
    assert "down" in words
    assert "production" in words


def fact(**kw) -> dict:
    base = {"service": "Route 53", "subject": "", "attribute": "quotas", "kind": "fact",
            "qualifier": None, "value": "", "number": None, "unit": None,
            "low": None, "high": None, "snippet": ""}
    base.update(kw)
    base["snippet"] = base["snippet"] or base["value"]
    return base


def score(query: str, f: dict) -> float:
    lex = lexicon()
    return confidence(answer_features(f, understand(query, lex), lex))


def test_a_table_rows_value_in_the_http_status_range_is_a_count():
    zones = fact(value="Hosted zones per account | 500")
    assert score("route 53 hosted zones quota", zones) >= THRESHOLD
    # it counts hosted zones, not what another query counts
    assert score("route 53 max records per hosted zone", zones) < THRESHOLD
    # an HTTP status written as a status is still no count
    status = fact(service="S3", attribute="errors", value="HTTP 503 slow down")
    assert score("s3 max buckets per account", status) < THRESHOLD


def _hit(value: str, number: float, unit: str, subject: str, answer: float = 1.0) -> dict:
    return {"service": "Step Functions", "subject": subject, "attribute": "execution duration",
            "kind": "limit", "qualifier": "max", "value": value, "number": number,
            "unit": unit, "low": None, "high": None, "answer": answer}


def test_further_matches_give_another_value_before_the_same_one_again():
    from studycli.lookup import choose

    first = _hit("90 days", 7776000.0, "s", "Standard")
    again = _hit("90 days", 7776000.0, "s", "Standard workflow")
    other = _hit("1 year", 31536000.0, "s", "Standard")
    shown = choose([first, again, other], THRESHOLD, 2)
    assert [h["value"] for h in shown] == ["90 days", "1 year"]
    # the repeat is still shown when there is room, after the other value
    assert choose([first, again, other], THRESHOLD, 3)[2] is again
    # a fact that does not answer stays behind one that does, repeat or not
    weak = _hit("5 min", 300.0, "s", "Express", answer=0.1)
    assert choose([first, weak, again], THRESHOLD, 3)[1] is again

"""readiness: the coverage line says what it counts (nuB31)."""

from __future__ import annotations

from tests.helpers import note_db, run_here

CLF = ("CLF stuff - support plans, pricing\n\nSupport plans:\nBasic - free\n"
       "Developer - business hours email, from $29/mo\n"
       "Business - 24/7 phone, <1hr response for prod system down, from $100/mo\n"
       "Enterprise - TAM, <15 min response for business-critical down, from $15,000/mo\n")


def test_coverage_names_what_it_counts_in_scope_services_with_a_fact(tmp_path):
    """"coverage 0% (0 of 1 services)" beside notes full of support plans read as if they did
    not count; the line now says services are counted, and the plans are AWS Support's, a
    service of the domain (nuA32)."""
    db = note_db(tmp_path, CLF, name="clf.txt")
    out = run_here("readiness", "--profile", "clf-c02", db=db).stdout
    billing = out[out.index("Billing, Pricing, and Support  weight"):]
    assert "coverage 20%: 1 of its 5 services has facts" in billing, billing
    assert "in your notes: Support" in billing, billing
    assert "(1 of 12 services)" not in out and "services has facts" in out


def _domain(**kw):
    from studycli.readiness import DomainReport

    scope = [f"S{i}" for i in range(13)]
    base = dict(name="Design High-Performing Architectures", weight=24.0,
                services_in_scope=scope, services=[{"service": s, "facts": 3, "cards": 30}
                                                   for s in scope[:7]],
                services_missing=scope[7:], cards=412, studied=412, recall_studied=0.87,
                p=0.6, p_low=0.5, p_high=0.7)
    base.update(kw)
    return DomainReport(**base)


def _rendered(report) -> list[str]:
    import io

    from rich.console import Console

    from studycli.ui.readiness_view import render_readiness

    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(render_readiness(report, plain=True))
    return out.getvalue().splitlines()


def test_a_domain_with_hundreds_of_cards_keeps_its_counts_on_unwrapped_lines():
    """At 80 columns the coverage's words beside 412 cards pushed "87%" onto a line of its
    own ("... recall" / "    87%"): the recall and its value stay together, and no domain
    line is wider than the terminal, even with 1412 cards and every service covered."""
    from studycli.readiness import Readiness

    for domain in (_domain(), _domain(cards=1412, studied=1412, recall_studied=1.0,
                                      services=[{"service": f"S{i}", "facts": 1, "cards": 1}
                                                for i in range(13)], services_missing=[])):
        report = Readiness("saa-c03", 720, 700, 600, 800, [domain], [], [])
        lines = _rendered(report)
        said = [line for line in lines if "recall" in line]
        assert said and all(line.rstrip().endswith("%") for line in said), lines
        assert any(line.strip().startswith("coverage") and "services have facts" in line
                   for line in lines), lines


def test_an_interrupted_exam_is_said_left_out_not_as_no_exam_at_all(tmp_path):
    """A student whose only exam was interrupted (4 of 10 answered) read "practice no practice
    exams yet"; and `readiness --profile dva-c02` said an interrupted saa-c03 attempt counted
    "toward their own profile" though it counts toward none."""
    from datetime import UTC, datetime

    from studycli.readiness import assess
    from studycli.store.db import connect

    db = note_db(tmp_path, CLF, name="clf.txt")

    conn = connect(db)
    with conn.conn:
        for ident, profile in (("a1", "saa-c03"), ("a2", "dva-c02")):
            conn.conn.execute(
                "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, "
                "questions, raw, scaled, pass_mark, passed, unanswered, timed_out, seconds, "
                "interrupted) VALUES (?, ?, 1, '2026-12-01T10:00:00', '2026-12-01T10:10:00', "
                "10, 4, 400, 720, 0, 6, 0, 600, 1)", [ident, profile])
    now = datetime(2026, 12, 2, 12, tzinfo=UTC)
    text = " ".join(" ".join(_rendered(assess(conn, "saa-c03", 720, now, record=False))).split())
    assert "no submitted practice exam yet (1 interrupted, left out)" in text, text
    assert "no practice exams yet" not in text
    other = assess(conn, "dva-c02", 720, now, record=False)
    assert other.other_profiles == {}  # the saa-c03 attempt was interrupted: no measure
    assert "count toward their own profile" not in " ".join(_rendered(other))


def test_a_domain_a_submitted_exam_missed_does_not_deny_the_exam():
    """One submitted exam answered in one domain, one exam interrupted: the other domains
    read "no submitted practice exam yet" (final read, session 31), which the student knew
    was false. A domain with no answers of its own says so."""
    from studycli.readiness import Readiness

    sat = _domain(name="Design Resilient Architectures", practice_accuracy=1.0,
                  practice_answers=1)
    missed = _domain()
    report = Readiness("saa-c03", 720, 700, 600, 800, [sat, missed], [], [], interrupted=1)
    text = "\n".join(_rendered(report))
    assert "practice 100% of 1 answer" in text, text
    assert "practice no practice answers in this domain yet" in text, text
    assert "no submitted practice exam yet" not in text and "no practice exams yet" not in text

"""Review round 9/10 defect classes: each rule in other wording than the notes that showed it."""

from __future__ import annotations

from studycli.model import Fact, Kind
from studycli.questions.askable import askable


def fact(service, subject, attribute, kind, qualifier, value, number=None, unit="", line=1,
         low=None, high=None):
    return Fact(service, subject, attribute, kind, qualifier, value, number, unit, low, high,
                "n.md", line, f"- {attribute}: {value}")


def test_a_status_class_is_never_asked_whatever_its_meaning_says():
    def code(attribute, value):
        return fact("Elastic Load Balancing", "", attribute, Kind.ERROR_CODE, "", value)

    # More words than the class name: still only the HTTP standard's class.
    assert not askable(code("4XX", "Caller problem - malformed or unauthorised call"))
    assert not askable(code("5xx", "Backend failure while the request itself was valid"))
    assert askable(code("503", "Target group has no registered targets"))

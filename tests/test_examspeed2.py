"""A new seed's `exam --json` does less before its first output (issue #12) and draws the very
exam it drew before: the kept basis carries whether each scenario stem gives its answer away,
a domain's facts are split once per exam, a kind is drawn without building lists, and the
cyclic collector is off while an exam starts. Byte for byte over many seeds and profiles:
bench/output_snapshot.py (with --tree for the checkout before)."""

from __future__ import annotations

import gc
import random
from bisect import bisect_right
from dataclasses import asdict, replace
from itertools import accumulate

from studycli import entry
from studycli.app import exam_kept
from studycli.app.exam_paper import draw_exam
from studycli.exam import generate, scenario_questions
from studycli.exam.blueprint import blueprint
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.exam.requirements import requirements
from studycli.store.db import connect


def test_the_kept_basis_says_which_scenario_stems_give_their_answer_away(shipped_copy,
                                                                        monkeypatch):
    store = connect(shipped_copy)
    profile = get_profile(None)
    expected = asdict(generate_exam(load_pool(store), profile, 2))
    draw_exam(store, profile, None, 1)  # keeps the basis
    scenarios = generate.exam_basis(load_pool(store))[1]
    assert scenarios  # the shipped notes state requirements: the check below is not empty
    truth = [scenario_questions._stem_gives_away(r) for r, _ in scenarios]
    monkeypatch.setattr(scenario_questions, "_GIVES_AWAY", {})
    pool = load_pool(store)
    base = exam_kept.stamp(store)
    basis = exam_kept.load_basis(store, exam_kept.basis_key(base, None, False), pool)
    assert basis is not None
    assert [scenario_questions._GIVES_AWAY[id(r)][1] for r, _ in basis[1]] == truth

    def not_again(requirement):
        raise AssertionError("a stem was checked again")

    monkeypatch.setattr(scenario_questions, "_stem_gives_away", not_again)
    assert asdict(generate_exam(pool, profile, 2, None, basis)) == expected


def test_a_requirement_is_judged_by_its_own_stem_not_by_its_id(monkeypatch):
    monkeypatch.setattr(scenario_questions, "_GIVES_AWAY", {})
    for known in requirements():
        if scenario_questions.stem_gives_away(known):
            continue
        # A requirement of the same id whose stem names its answer: its own verdict.
        named = replace(known, stem=f"{known.stem} Use {known.answer.option}.")
        assert scenario_questions.stem_gives_away(named)
        assert not scenario_questions.stem_gives_away(known)
        return
    raise AssertionError("no requirement whose stem keeps its answer")


def _reference_pop(by_kind: dict, rng: random.Random):
    """_KindSampler.pop as it was: rng.choices' draw over the running totals."""
    kinds = [k for k in sorted(by_kind) if by_kind[k]]
    totals = list(accumulate(len(by_kind[k]) for k in kinds))
    at = rng.random() * (totals[-1] + 0.0)
    group = by_kind[kinds[bisect_right(totals, at, 0, len(kinds) - 1)]]
    i = rng.randrange(len(group))
    group[i], group[-1] = group[-1], group[i]
    return group.pop()


class _Fact:
    def __init__(self, kind: str, n: int):
        self.kind, self.n = kind, n


def test_a_kind_is_drawn_as_the_running_totals_drew_it():
    shapes = random.Random(3)
    for seed in range(300):
        facts = [_Fact(shapes.choice("abcdef"), i) for i in range(shapes.randrange(1, 40))]
        sampler = generate._KindSampler(list(facts), random.Random(seed))
        reference: dict = {}
        for f in facts:
            reference.setdefault(f.kind, []).append(f)
        rng = random.Random(seed)
        drawn = [sampler.pop() for _ in range(len(facts))]
        assert drawn == [_reference_pop(reference, rng) for _ in range(len(facts))], seed
        assert len(sampler) == 0


def test_a_domains_facts_are_split_once_per_exam_as_each_draw_split_them(shipped_copy):
    pool = load_pool(connect(shipped_copy))
    facts = generate.exam_basis(pool)[0]
    by_service: dict = {}
    for f in facts:
        by_service.setdefault(f.service, []).append(f)
    plan = blueprint("saa-c03")
    assert plan is not None
    for d in plan.domains:
        split = generate._domain_facts(plan, by_service, d.name)
        direct = {s: [f for f in fs if d.name in plan.domains_of(f)]
                  for s, fs in by_service.items()}
        assert split == {s: fs for s, fs in direct.items() if fs}
        assert generate._domain_facts(plan, by_service, d.name) is split  # kept
    other = {s: list(fs) for s, fs in by_service.items()}  # another exam's facts: its own
    assert generate._domain_facts(plan, other, plan.domains[0].name) is not \
        generate._domain_facts(plan, by_service, plan.domains[0].name)


def test_the_collector_is_off_while_an_exam_is_drawn_and_back_after(shipped_copy, monkeypatch,
                                                                    capsys):
    from studycli.app import exam_paper

    seen = []
    real = exam_paper.draw_exam

    def probe(*args, **kwargs):  # before the draw's own switch: from the start of the command
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(exam_paper, "draw_exam", probe)
    was = gc.isenabled()
    gc.enable()
    try:
        code = entry.main(["exam", "--json", "--seed", "4", "--db", str(shipped_copy)])
        after = gc.isenabled()
    finally:
        if not was:
            gc.disable()
    assert code == 0 and capsys.readouterr().out.startswith("{")
    assert seen == [False] and after

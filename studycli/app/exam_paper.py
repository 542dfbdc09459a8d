"""Drawing a practice exam from the notes: the profile with the student's overrides, a seed,
and the notes to tell the student. Kept apart from taking one (app.exam), so `exam --json`
loads neither the session nor the scoring."""

from __future__ import annotations

from studycli.errors import StudyError


def plan_exam(profile: str | None, questions: int | None, minutes: int | None,
              service: str | None):
    """The profile with the student's overrides and the canonical service asked for: checked
    before the database is opened, so a typo costs nothing. Raises StudyError."""
    from studycli.exam.profiles import get_profile

    chosen = get_profile(profile).with_overrides(questions, minutes)
    canonical = None
    if service:
        from studycli.services import canonical_service

        canonical = canonical_service(service)
        if canonical is None:
            raise StudyError(f"unknown service {service!r}; `studycli facts` lists the services")
    return chosen, canonical


def new_seed() -> int:
    """A seed for a new exam when none is given (shown, so the exam can be taken again)."""
    import secrets

    return secrets.randbelow(1_000_000)


# Askable facts whose material a first draw works out all of before keeping the pool (~50 us
# each not yet tried): the notes of a student, not a base of tens of thousands, where a draw
# tries a small part and working out the rest would cost seconds.
WORK_OUT_ALL = 2000


def draw_exam(store, profile, service: str | None, seed: int, as_written: bool = False,
              later: list | None = None):
    """The exam of `seed` from the notes, and the notes to tell the student (fewer questions
    than asked, what the blueprint could not fill). Each exam is kept (app/exam_kept.py): an
    exam asked for again is read back. `later`: where to put the keeping (callables) for the
    caller to run once the exam is shown, rather than before."""
    from studycli.app import exam_kept

    keep = later.append if later is not None else (lambda work: work())
    base = exam_kept.stamp(store)
    key = exam_kept.request_key(base, profile, service, seed, as_written)
    found = exam_kept.load(store, key)
    if found is not None:  # drawn before from the same notes, code and day: pure, so kept
        return found
    import gc

    # The generator's modules, the pool read back and the draw make tens of thousands of
    # objects that all live until the exam is shown: the collector's passes over them free
    # nothing and cost a new seed's run ~3 ms. It is back on before the exam is taken (the
    # fast path turns it off from its start: fastpath/exam.py; it is on again at the first key).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _draw(store, profile, service, seed, as_written, keep, base, key)
    finally:
        if collecting:
            gc.enable()


def _draw(store, profile, service: str | None, seed: int, as_written: bool, keep,
          base: str | None, key: str | None):
    """draw_exam's draw of an exam not kept (`base`: its stamp, `key`: its request key), from
    the pool and basis kept for the fact base where they are, and kept for next time."""
    from studycli.app import exam_kept
    from studycli.exam.generate import exam_basis, generate_exam, load_pool, work_out_material

    pool_key = exam_kept.pool_key(base, as_written)
    pool = exam_kept.load_pool(store, pool_key)
    fresh_pool = pool is None
    if pool is None:
        pool = load_pool(store, as_written=as_written)
    size = exam_kept.pool_size(pool)
    basis_key = exam_kept.basis_key(base, service, as_written)
    basis = exam_kept.load_basis(store, basis_key, pool)
    if basis is None:
        basis = exam_basis(pool, service)
        fresh_basis = basis
        keep(lambda: exam_kept.save_basis(store, basis_key, pool, fresh_basis))
    paper = generate_exam(pool, profile, seed, service, basis)
    askable = basis[0]
    if fresh_pool and len(askable) <= WORK_OUT_ALL:
        def keep_pool() -> None:
            # With the material of every askable fact, not only of those this seed tried: a
            # later seed then rarely works out any, nor keeps the pool again.
            work_out_material(pool, askable)
            exam_kept.save_pool(store, pool_key, pool)

        keep(keep_pool)
    elif fresh_pool or exam_kept.pool_size(pool) > size:  # kept with what this draw worked out
        keep(lambda: exam_kept.save_pool(store, pool_key, pool))
    notes = list(paper.notes)
    if len(paper.questions) < profile.questions:
        from studycli.exam.generate import CHECKED_ONLY

        # (the note of a shorter exam says why, the line of thin domains need not again)
        notes = [fewer_questions(len(paper.questions), profile, service, as_written),
                 *(note for note in notes if note != CHECKED_ONLY)]
    keep(lambda: exam_kept.save(store, key, paper, notes))
    return paper, notes


def fewer_questions(drawn: int, profile, service: str | None, as_written: bool) -> str:
    """What an exam shorter than the profile's says before it starts: how many questions it
    has, and why no more (the "Drawing up to 65 questions" line promised the profile's
    number; a student took the 33 that followed for a fault)."""
    whose = f"your notes on {service}" if service else "your notes"
    why = "make no more" if as_written else (
        "make no more that the AWS reference can check (`studycli readiness` shows what your "
        "notes cover)")
    return (f"this exam has {drawn} question{'' if drawn == 1 else 's'}, not "
            f"{profile.questions}: {whose} {why}"
            + (" (this exam asks which service fits and the few numbers its guide covers, not "
               "per-resource quotas)" if profile.measures else ""))

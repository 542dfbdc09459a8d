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


def draw_exam(store, profile, service: str | None, seed: int, as_written: bool = False):
    """The exam of `seed` from the notes, and the notes to tell the student (fewer questions
    than asked, what the blueprint could not fill)."""
    from studycli.app import exam_kept

    key = exam_kept.request_key(store, profile, service, seed, as_written)
    found = exam_kept.load(store, key)
    if found is not None:  # drawn before from the same notes, code and day: pure, so kept
        return found
    from studycli.exam.generate import generate_exam, load_pool

    paper = generate_exam(load_pool(store, as_written=as_written), profile, seed, service)
    notes = list(paper.notes)
    if len(paper.questions) < profile.questions:
        notes.insert(0, f"your notes make {len(paper.questions)} questions, not "
                        f"{profile.questions}")
    exam_kept.save(store, key, paper, notes)
    return paper, notes

"""The services that invoke Lambda, as the project's curated data already lists them: the
invoking services of data/reference/lambda.toml's invocation_mode entries (each cites
https://docs.aws.amazon.com/lambda/latest/operatorguide/invocation-modes.html), the event
source mapping sources and the either-mode invokers of data/categories.json (each cited
there). Read from data/, never from $STUDYCLI_REFERENCE: what a note says must not depend on
which reference a check is run against."""

from __future__ import annotations

from functools import lru_cache

from studycli.paths import data_dir, load_json
from studycli.services import find_services


@lru_cache(maxsize=1)
def lambda_invokers() -> frozenset[str]:
    """Service names (as find_services names them) that invoke Lambda in some mode."""
    # Through the reference's loader, not a parse of our own: its parse of the file (kept
    # per file, and as JSON between runs) is the one the AWS check of the same ingest reads.
    from studycli.reference.loader import load_reference

    lambda_entries = load_reference(data_dir() / "reference", services=("Lambda",)).entries
    subjects = [e.subject for e in lambda_entries
                if e.file == "lambda.toml" and e.kind == "invocation_mode"]
    categories = load_json("categories.json")
    subjects += categories["event_source_mapping_sources"]["services"]
    subjects += categories["either_mode_invokers"]["services"]
    names = set(subjects)  # "Config" is no name find_services knows alone
    for subject in subjects:
        names.update(m.name for m in find_services(subject))
    return frozenset(names)

"""Names of a `compare` side beyond the parser's alias table, read the way lookup reads them:
the lookup's own names for services and their parts (its lexicon, data/lookup_synonyms.json:
"orgs", "efo", "rcu"), initials a note links to a name it knows ("Security groups (SG)", the
test lookup applies, store/read.links_initials), and a name the notes' own comparisons give a
side ("EFS vs FSx": FSx, a name no table lists). `compare efs fsx` said "unknown service or
subject 'fsx'" and `compare sg nacl` offered Auto Scaling and S3, though the notes compare
them. A row written in a note resolves through the same rules, so the typed name and the
row's side agree."""

from __future__ import annotations

from studycli.compare_model import Side

LONGEST_INITIALS = 5  # "SG", "NACL", "ASG": a longer word is a name, not initials


def _key(text: str) -> tuple[str, ...]:
    from studycli.lookup.text import normalize, tokens

    return tuple(tokens(normalize(text)))


def lexicon_side(text: str) -> Side | None:
    """The service or subject the lookup's lexicon reads `text` as, exactly."""
    from studycli.lookup.lexicon import lexicon

    lex, key = lexicon(), _key(text)
    if key in lex.subjects:
        return Side(*lex.subjects[key])
    if key in lex.services:
        return Side(lex.services[key])
    return None


def initials_side(db, text: str) -> Side | None:
    """The one service or subject whose name of several words a note writes together with
    `text` as its initials in capitals ("SG = security group"), or None."""
    from studycli.lookup.lexicon import lexicon
    from studycli.store.read import links_initials

    word = text.strip()
    if not (word.isalpha() and 2 <= len(word) <= LONGEST_INITIALS):
        return None
    low = word.lower()
    lex = lexicon()
    named: list[tuple[tuple[str, ...], Side]] = [
        *((key, Side(*owner)) for key, owner in lex.subjects.items()),
        *((key, Side(service)) for key, service in lex.services.items())]
    found: set[Side] = set()
    for key, side in named:
        if len(key) < 2 or "".join(w[0] for w in key) != low:
            continue
        if side not in found and links_initials(db.conn, f"{low.upper()} {' '.join(key)}"):
            found.add(side)
    return found.pop() if len(found) == 1 else None


def written_side(db, text: str) -> Side | None:
    """`text` as a side's name one of the notes' comparisons writes ("FSx"), in its spelling."""
    from studycli.store.comparisons import list_comparisons

    key = " ".join(text.lower().split())
    for c in list_comparisons(db):
        for name in (c.left, c.right):
            if " ".join(name.lower().split()) == key:
                return Side(" ".join(name.split()))
    return None


def notes_side(db, text: str) -> Side | None:
    """A side for a name the parser's alias table does not know, or None."""
    if not text or not text.strip():
        return None
    return lexicon_side(text) or initials_side(db, text) or written_side(db, text)


def notes_opener(db, open_db):
    """A function giving the fact base at `db` (opened by `open_db` once), or None while no
    database is built there: names are resolved before a compare builds one, and a name the
    notes may give is looked for only in notes already read (an unknown name builds none)."""
    opened: list = []

    def notes(build: bool = False):
        if not opened:
            if not build:
                from studycli.paths import plain_db_path

                path = plain_db_path(db)
                if path is None:
                    from studycli.paths import resolve_db

                    path = str(resolve_db(db))
                from studycli.database import database_built

                if not database_built(path):
                    return None
            opened.append(open_db(db))
        return opened[0]

    return notes

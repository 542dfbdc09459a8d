"""Facts kept as tests (formats/code_constants.py reads the rest of the file): a pytest or a
Jest/Mocha/Vitest file whose test names and assertions state what the student learnt.

A student who writes `def test_sqs_max_message_size_is_256kb():`, `assert
IAM_GROUPS_PER_USER == 10`, `describe('Kinesis', ...)` / `test('retention default 24h', ...)`
/ `expect(KDS_RETENTION_DEFAULT_H).toBe(24)` keeps notes in a test runner's shape. Read as code,
a test's body gave only its comments and its `describe(...)` made the file a program (nothing
but comments). Read here, line for line:

- a test's name is a sentence stating a fact: `test_user_can_be_in_max_10_groups` is the item
  "- user can be in max 10 groups", `it('returns 429 when throttled', ...)` "- returns 429 when
  throttled";
- a group of tests (`describe('EC2', ...)`, `class TestSqs:`) is a heading over them;
- an assertion of a value is a constant: its subject's identifiers as words, in the unit they or
  the comment name, its expected value read as a constant's is (code_values.read_value):
  `assert MAX_SESSION == 12 * 3600` is "- max session: 43200", `expect(EC2.spotNoticeSec)
  .toBe(120)` "- EC2 spot notice: 120 s"; where the subject is a call (`expect(launch())
  .toThrow('InstanceLimitExceeded')`) the test's name says what the value is of ("- instance
  limit error: InstanceLimitExceeded"); `assert 7 <= X <= 30` a range;
- other code in a test is no fact (a figure in a call is the program's), only its comments.

A test file is read so only where it is a student's notes: it imports nothing but a test
framework, not even the standard library (a project's tests import the code they test, and
their figures are that code's), and a module of the student's own constants at most
(imported_constants: a module beside the file, `import * as db from "./db_constants"` over
`expect(db.RDS_MAX_READ_REPLICAS).toBe(15)`, every name of it used a constant, never
called), most of its tests name an AWS service or a thing of one, and no test's name says it
is a project's ("our", "we", "my": "lambda timeout is 30 seconds in our stack"). A comment
in a test that takes its figure back ("used to think it was 64 KB, wrong") is no item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studycli.formats.code_names import identifier_words, name_and_unit
from studycli.formats.code_values import (
    UNIT_CONSTANTS,
    Value,
    evaluate,
    read_value,
    size_of,
    without_unit_word,
)
from studycli.formats.keyvalues import (
    KEY_UNITS,
    comment_item,
    counted,
    heading,
    outside_strings,
    split_comment,
    split_top,
)
from studycli.services import find_services, find_subjects

__all__ = ["read_tests", "constant_line", "names_aws"]

# what a student's test file may import: its test framework alone (any other module, even the
# standard library's, may be code the tests are of: a project's tests are not read as notes)
_FRAMEWORKS = frozenset({"pytest", "unittest", "__future__", "jest", "@jest/globals",
                         "vitest", "mocha", "chai", "assert", "node:assert", "node:test",
                         "assert/strict", "node:assert/strict", "expect", "bun:test"})
_PY_IMPORT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\b|import\s+([\w.]+))")
_JS_IMPORT = re.compile(r"""(?:\brequire\s*\(\s*|^\s*import\b[^'"]*?\bfrom\s*|^\s*import\s*)"""
                        r"""['"]([^'"]+)['"]""")

_PY_TEST = re.compile(r"^(?P<indent>\s*)(?:async\s+)?def\s+(?P<name>test\w*)\s*\(")
_PY_CLASS = re.compile(r"^(?P<indent>\s*)class\s+(?P<name>Test\w*)\s*[(:]")
_PY_DEF = re.compile(r"^(?P<indent>\s*)(?:async\s+)?def\s+\w+\s*\(")
_JS_TITLE = r"""\s*\(\s*(?P<q>['"`])(?P<title>.+?)(?P=q)"""
_JS_GROUP = re.compile(r"^\s*(?:describe|context|suite)(?:\.(?:only|skip))?" + _JS_TITLE)
_JS_TEST = re.compile(r"^\s*(?:it|test|specify)(?:\.(?:only|skip|todo|concurrent))?"
                      + _JS_TITLE)
# a test written once for each row of a table (`test.each([[...], ...])('%s ...', ...)`)
_JS_EACH = re.compile(r"^\s*(?:describe|it|test)(?:\.(?:only|skip|concurrent))?\.each\s*\(\s*\[")
_EACH_TITLE = re.compile(r"""^\s*\]\s*\)\s*\(\s*(?P<q>['"`])(?P<title>.+?)(?P=q)""")
_PRINTF = re.compile(r"%[sdifjop#]")
_JS_HOOK = re.compile(r"^\s*(?:beforeEach|afterEach|beforeAll|afterAll|before|after)\s*\(")

# the end of an expectation: its matcher and what it expects (`.toBe(120)`, `.to.equal(5)`)
_MATCHER = re.compile(r"^\.(?P<chain>(?:(?:to|be|been|is|deep|strictly|that|and|has|have)\.)*)"
                      r"(?P<matcher>\w+)\s*\((?P<expected>.*)\)\s*;?\s*$")
_EQUALS = frozenset({"toBe", "toEqual", "toStrictEqual", "equal", "equals", "eq", "eql",
                     "toBeCloseTo"})
_THROWS = frozenset({"toThrow", "toThrowError", "throw", "throws", "rejects"})
_JS_ASSERT = re.compile(r"^\s*assert\.(?:equal|strictEqual|deepEqual|deepStrictEqual)\s*\(")
_PY_ASSERT_CALL = re.compile(r"^\s*self\.assert(?:Equal|Equals|Is|AlmostEqual)\s*\(")
_PY_ASSERT = re.compile(r"^\s*assert\s+(?P<expr>.+?)\s*$")
_NAME_CHAIN = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[['\"][\w -]+['\"]\])*$")
_RANGE = re.compile(r"^(?P<low>[\d_.]+)\s*<=?\s*(?P<name>[A-Za-z_$][\w$.]*)\s*<=?\s*"
                    r"(?P<high>[\d_.]+)$")
_OWNERS = frozenset({"self", "this", "cls"})  # an object's own name says nothing of the fact
# `attrs = client.get_queue_attributes(...)`, `const res = await handler(event);`
_BOUND_TO_CALL = re.compile(r"^\s*(?:(?:const|let|var)\s+)?(?P<name>[A-Za-z_$][\w$]*)\s*"
                            r"(?::[^=]+)?=(?!=)\s*(?:await\s+)?[A-Za-z_$][\w$.]*\s*\(")


# a comment that takes its figure back ("used to think it was 64 KB, wrong", "not 5 GB")
_RETRACTS = re.compile(r"\b(?:wrong|incorrect|mistaken|mistake|used\s+to\s+think|"
                       r"thought\s+it\s+was|not\s+true|no\s+longer|outdated)\b", re.IGNORECASE)
# a test's name that says it is of a project ("lambda timeout is 30 seconds in our stack",
# "my queue's visibility timeout"): its figures are that project's settings
_PROJECT_WORDS = re.compile(r"\b(?:our|ours|we|us|my|mine)\b", re.IGNORECASE)


@dataclass
class _Open:
    """A group of tests, a test or other code open over the line being read."""

    kind: str           # "group", "test" or "code"
    until: int          # Python: its opener's indent; others: the bracket depth it opened at
    title: list[str]    # a test's name as words


def read_tests(lines: list[str], language: str) -> dict[int, str] | None:
    """The markdown of a student's test file's tests, line number -> line, each line of a
    test or a group of tests (the rest of the file is read as constants are); None where the
    file holds no tests or is a project's tests (see the module docstring)."""
    if language not in ("python", "c"):
        return None
    namespaces = imported_constants(lines, language)
    if namespaces is None:
        return None
    if language == "python" and _takes_fixtures(lines) or _names_a_project(lines):
        return None
    owners = _OWNERS | namespaces
    read = _python_tests(lines, owners) if language == "python" \
        else _brace_tests(lines, owners)
    if read is None:
        return None
    out, named, tests = read
    return out if tests and named * 2 >= tests else None


# what an import binds: Python's `import limits as L` / `from limits import A, B as C`,
# JavaScript's `import * as db from`, `import db, { A } from`, `const { A } = require(`
_PY_BINDS = re.compile(r"^\s*(?:from\s+[\w.]+\s+import\s+(?P<names>[\w, ]+?)|"
                       r"import\s+(?P<module>[\w.]+)(?:\s+as\s+(?P<alias>\w+))?)\s*$")
_JS_BINDS = re.compile(r"^\s*(?:import\s+(?P<names>[\w$*{}, ]+?)\s+from\b|"
                       r"(?:const|let|var)\s+(?P<bound>[\w${}, :]+?)\s*=\s*require\b)")
_CONSTANT_CASE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}[0-9]*")


def imported_constants(lines: list[str], language: str) -> frozenset[str] | None:
    """The names of the modules of constants a test file imports, where it imports nothing
    else but its test framework; None where it imports code (a project's tests: their
    figures are that code's). A module of the student's constants (`import * as db from
    "./db_constants"` over `expect(db.RDS_MAX_READ_REPLICAS).toBe(15)`) is one whose every
    name the file uses is a constant's, in capitals, and never called: a project's tests
    call the code they test (`handler(event)`, `db.connect()`), and a module named as a
    program's settings (`./config`) holds its settings, not what the student learnt."""
    namespaces: set[str] = set()
    for number, line in enumerate(lines[:400]):
        found = (_PY_IMPORT if language == "python" else _JS_IMPORT).search(line)
        if not found:
            continue
        module = next(g for g in found.groups() if g)
        if module in _FRAMEWORKS or module.split(".")[0] in _FRAMEWORKS:
            continue
        bound = _bound_names(line, language, module)
        if bound is None or not _constants_module(module, language) or not _read_as_constants(
                lines, number, bound):
            return None
        namespaces.update(name for name, whole in bound.items() if whole)
    return frozenset(namespaces)


def _bound_names(line: str, language: str, module: str) -> dict[str, bool] | None:
    """The names an import binds, each True where it stands for the whole module (a
    namespace: `db` of `import * as db`); None for an import that binds none or all of its
    names unseen (`import "./setup"`, `from limits import *`)."""
    found = (_PY_BINDS if language == "python" else _JS_BINDS).match(line)
    if not found:
        return None
    if language == "python":
        if found.group("names"):
            return {part.split(" as ")[-1].strip(): False
                    for part in found.group("names").split(",") if part.strip()}
        return {found.group("alias") or module.split(".")[0]: True}
    said = found.group("names") or found.group("bound") or ""
    names: dict[str, bool] = {}
    inner = re.search(r"\{([^}]*)\}", said)
    for part in (inner.group(1).split(",") if inner else []):
        name = re.split(r"\s+as\s+|:", part)[-1].strip()
        if name:
            names[name] = False
    outer = re.sub(r"\{[^}]*\}", "", said).replace("* as", "").replace(",", " ").split()
    names.update({name: True for name in outer})
    return names or None


# a module beside the test file: Python's bare `limits`, JavaScript's `./db_constants`
_BESIDE = {"python": re.compile(r"\w+"), "c": re.compile(r"\./[\w-]+(?:\.[jt]sx?|\.[cm]js)?")}


def _constants_module(module: str, language: str) -> bool:
    """Whether a module's name may be of the student's constants: a file beside the test
    (`limits`, `./db_constants`), no module inside a package or a project's folders
    (`app.constants`, `../src/constants`: a project's tests of its own code's settings), no
    AWS SDK's, no program's settings' (`./config`)."""
    from studycli.formats.code_constants import SETTINGS_WORDS

    if not _BESIDE[language].fullmatch(module):
        return False
    file = re.sub(r"\.[cm]?[jt]sx?$", "", module).strip("./")
    last = re.split(r"[/.]", file)[-1] if file else ""
    words = {w.lower() for w in identifier_words(last)}
    return bool(last) and "aws" not in module.lower() and "boto" not in module.lower() \
        and not words & SETTINGS_WORDS


def _read_as_constants(lines: list[str], at: int, bound: dict[str, bool]) -> bool:
    """Whether the file uses each name an import bound (but on the import's own line), and
    as a constant only: a capitals name (`RDS_MAX_READ_REPLICAS`, or a namespace's `db.DDB_MAX_GSI`)
    never called nor made (`new`)."""
    text = "\n".join(line for number, line in enumerate(lines) if number != at)
    for name, whole in bound.items():
        if not whole and not _CONSTANT_CASE.fullmatch(name):
            return False
        used = re.compile(r"(?<![\w$.])" + re.escape(name) + r"\b"
                          + (r"(?:\.(?P<member>[A-Za-z_$][\w$]*))?" if whole else "")
                          + r"(?P<after>\s*[(\w]?)")
        uses = 0
        for use in used.finditer(text):
            if use.group("after").strip() == "(" or text[:use.start()].rstrip().endswith("new"):
                return False
            if whole and not (use.group("member")
                              and _CONSTANT_CASE.fullmatch(use.group("member"))):
                return False
            uses += 1
        if not uses:  # imported for no constant it asserts (`import math`): code's, not notes
            return False
    return True


def _names_a_project(lines: list[str]) -> bool:
    """Whether a test's (or a group's) name says it is of a project: "our", "we", "my"
    (`test_lambda_timeout_is_30_seconds_in_our_stack`): a project's tests, whose figures are
    its settings, not what the student learnt."""
    for line in lines:
        found = _PY_TEST.match(line) or _PY_CLASS.match(line)
        if found:
            words = " ".join(identifier_words(found.group("name")))
        else:
            found = _JS_TEST.match(line) or _JS_GROUP.match(line)
            words = found.group("title") if found else ""
        if words and _PROJECT_WORDS.search(words):
            return True
    return False


_PY_PARAMS = re.compile(r"^\s*(?:async\s+)?def\s+test\w*\s*\((?P<params>[^)]*)")


def _takes_fixtures(lines: list[str]) -> bool:
    """Whether a test takes a fixture (`def test_queue(sqs_client, queue_url):`): a project's
    test, whose clients and resources its conftest makes and whose figures are that project's
    settings (a queue's VisibilityTimeout of 60), not what the student learnt. A parametrized
    test's parameters are its table's columns, not fixtures."""
    columns = {name.strip() for line in lines for found in [_PARAMETRIZE.match(line)] if found
               for name in found.group("names").split(",")}
    for line in lines:
        found = _PY_PARAMS.match(line)
        if found:
            params = {re.split(r"[:=]", p)[0].strip().lstrip("*")
                      for p in found.group("params").split(",")}
            if params - columns - _OWNERS - {""}:
                return True
    return False


def names_aws(words: str) -> bool:
    """Whether words name an AWS service or a thing of one (a NACL, a NAT gateway); shared
    with formats/code_constants.py."""
    return bool(find_services(words) or find_subjects(words))


def _known_units(lines: list[str]) -> dict[str, float]:
    """The file's constants named after a unit (`KiB = 1024`, `const HOUR = 3600;`), by which
    its other figures are written."""
    known: dict[str, float] = {}
    for line in lines:
        found = re.match(r"^\s*(?:(?:export\s+)?(?:const|let|var)\s+)?([A-Za-z_]\w*)\s*=\s*"
                         r"([\w\s*+.()]+?)\s*;?\s*(?:#.*|//.*)?$", line)
        if found and found.group(1).lower() in UNIT_CONSTANTS:
            value = evaluate(found.group(2), known)
            if value is not None:
                known[found.group(1)] = value[0]
    return known


class _Reader:
    """What a test file's tests say, a line at a time."""

    def __init__(self, lines: list[str], owners: frozenset[str]):
        self.known = _known_units(lines)
        # names that say nothing of the fact: an object's own (`self`), a module of
        # constants' (`db` of `db.RDS_MAX_READ_REPLICAS`)
        self.owners = owners
        self.out: dict[int, str] = {}
        self.tests = 0
        self.named = 0
        self.test_words = ""  # what the test being read names, to count it as naming AWS
        self.body: set[int] = set()  # the lines of a test's body: items under its name
        self.results: set[str] = set()  # the test's names bound to what a call returned

    def title(self, number: int, words: list[str], groups: list[_Open]) -> None:
        """A test opened: its name an item; counted as naming AWS by its own words, its
        groups' or its assertions'."""
        self._count()
        self.tests += 1
        self.test_words = " ".join([*(w for g in groups for w in g.title), *words])
        self.results = set()
        self.out[number] = "- " + " ".join(words)

    def group(self, number: int, words: list[str], level: int) -> None:
        self.out[number] = heading(level, " ".join(words))

    def assertion(self, number: int, subject: str, expected: str, comment: str,
                  test: _Open | None) -> bool:
        """`subject` asserted to be `expected`: its item, where the value is a literal."""
        subject = subject.strip()
        if re.split(r"[.\[]", subject)[0] in self.results:
            return False  # `attrs["VisibilityTimeout"]` of a call's result: the program's value
        if _NAME_CHAIN.match(subject):
            parts = [p for p in re.split(r"\.|\[['\"]|['\"]\]", subject)
                     if p and p not in self.owners]
            words, unit = name_and_unit([w for p in parts for w in identifier_words(p)])
        elif test is not None:  # a call: the test's name says what its value is of
            words, unit = test.title, None
        else:
            return False
        value = read_value(expected, unit, self.known, comment)
        if value is None or not words:
            return False
        if test is not None and value.number is not None:
            value = _titled(value, " ".join(test.title))
        if test is not None and subject and not _NAME_CHAIN.match(subject) \
                and value.text.lower() in " ".join(test.title).lower():
            self.out[number] = comment_item(comment) if comment else ""
            return True  # the test's name says its value already
        self.test_words += " " + " ".join(words)
        self.out[number] = constant_line(words, value, comment)
        return True

    def span(self, number: int, low: str, name: str, high: str, comment: str) -> None:
        """`low <= NAME <= high`: a range."""
        words, unit = name_and_unit([w for p in name.split(".") if p not in self.owners
                                     for w in identifier_words(p)])
        value = Value(f"{low.replace('_', '')}–{high.replace('_', '')}"
                      + (f" {unit}" if unit else ""))
        self.test_words += " " + " ".join(words)
        self.out[number] = constant_line(words, value, comment)

    def other(self, number: int, comment: str, code: str = "") -> None:
        """Code in a test that asserts no value: its comment alone (a name it binds to what
        a call returns noted: an assertion on it checks the program, states no fact)."""
        bound = _BOUND_TO_CALL.match(code)
        if bound:
            self.results.add(bound.group("name"))
        # "# used to think it was 64 KB, wrong": a figure the student took back, no fact of
        # what the test names (or of anything)
        retracted = comment and _RETRACTS.search(comment) and re.search(r"\d", comment)
        self.out[number] = comment_item(comment) if comment and not retracted else ""

    def done(self) -> tuple[dict[int, str], int, int]:
        """What was read: a test's body's items under its name (a comment in a test is of
        what the test's name names: "# only for customer managed keys" under
        test_kms_auto_rotation_every_year is KMS's)."""
        self._count()
        for number in self.body:
            if self.out.get(number, "").startswith("- "):
                self.out[number] = "  " + self.out[number]
        return self.out, self.named, self.tests

    def _count(self) -> None:
        if self.test_words and names_aws(self.test_words):
            self.named += 1
        self.test_words = ""


def _titled(value: Value, title: str) -> Value:
    """A figure in the unit its test's name states it in: `expect(CF_DEFAULT_TTL)
    .toBe(86400)` in `test('default TTL 24h', ...)` is "24h", `assert RETENTION_S == 4 * 24 *
    3600` in `test_sqs_retention_default_is_4_days` "4 days", as a comment's own figure is
    (code_values.read_value); the name's quantity must be that very figure, in seconds or
    bytes (24h is 86400 s), or a bare figure's number of what it counts ("1000 records/s")."""
    from studycli.extract.quantities import find_quantities

    size = 1.0 if value.unit is None else size_of(value.unit)
    if value.number is None or size is None:
        return value
    canonical = value.number * size
    for q in find_quantities(title):
        if q.number is not None and abs(q.number - canonical) < 1e-6 * max(1.0, abs(q.number)) \
                and (value.unit is None or q.unit in ("s", "B")):
            return Value(title[q.start:q.end].strip(), value.number, value.unit)
    return value


def constant_line(words: list[str], value: Value, comment: str) -> str:
    """A constant as the item `- <its words>: <value> (<comment>)` (formats/code_constants.py):
    a bound of a count as a count (`"max_tags": 10` is "max: 10 tags", as keyvalues reads it),
    a comment that only repeats the value said once."""
    said = " ".join(words)
    shown = value.text
    comment = "" if comment == shown else without_unit_word(comment, value.unit)
    bound = counted(said, led=True) if value.unit is None and shown.isdigit() else None
    if bound:
        said, shown = bound[0], f"{shown} {bound[1]}"
    line = f"- {said}: {shown}" if said and shown else f"- {said or shown}"
    return f"{line} ({comment})" if comment else line


# ------------------------------------------------------------------------------ Python


def _python_tests(lines: list[str], owners: frozenset[str] = _OWNERS,
                  ) -> tuple[dict[int, str], int, int] | None:
    reader = _Reader(lines, owners)
    opened: list[_Open] = []
    doc = ""
    for number, line in enumerate(lines):
        stripped = line.strip()
        if doc:  # inside a test's docstring: prose
            end = stripped.find(doc)
            reader.out[number] = comment_item(stripped[:end] if end >= 0 else stripped)
            reader.body.add(number)
            doc = "" if end >= 0 else doc
            continue
        if not stripped:
            if opened:
                reader.out[number] = ""
            continue
        indent = len(line) - len(line.lstrip())
        if not stripped.startswith("#"):
            while opened and opened[-1].until >= indent:
                opened.pop()
        test, group = _PY_TEST.match(line), _PY_CLASS.match(line)
        if group and all(o.kind == "group" for o in opened):
            opened.append(_Open("group", indent, []))
            words = identifier_words(group.group("name")[4:].lstrip("_")) or ["tests"]
            reader.group(number, words, len(opened))
            opened[-1].title = words
        elif test and all(o.kind == "group" for o in opened):
            words = identifier_words(test.group("name")[4:].lstrip("_"))
            opened.append(_Open("test", indent, words))
            reader.title(number, words, opened[:-1])
        elif opened and _PY_DEF.match(line) and opened[-1].kind == "group":
            opened.append(_Open("code", indent, []))  # a helper method, a fixture
            reader.other(number, "")
        elif opened:
            doc = _python_body(reader, number, stripped, opened[-1])
    reader.out.update(_parametrized(lines))
    return reader.done()


_PARAMETRIZE = re.compile(r"""^\s*@pytest\.mark\.parametrize\s*\(\s*(['"])(?P<names>[\w\s,]+)\1""")
_ROW = re.compile(r"[(\[](?P<cells>[^()\[\]]*)[)\]]")


def _parametrized(lines: list[str]) -> dict[int, str]:
    """A parametrized test's table (`@pytest.mark.parametrize("storage_class,min_days",
    [("STANDARD_IA", 30), ...])`), as an outline's examples are read (formats/gherkin.py): each
    row an item of what its first value is, the others named by their parameters
    ("- STANDARD_IA: min 30 days"), on the line it is written on."""
    from studycli.formats.code_constants import _depth_change

    out: dict[int, str] = {}
    number = 0
    while number < len(lines):
        start = _PARAMETRIZE.match(lines[number])
        if start is None:
            number += 1
            continue
        names = [n.strip() for n in start.group("names").split(",") if n.strip()]
        depth, end = 0, number
        for end in range(number, min(len(lines), number + 500)):
            depth += _depth_change(lines[end])
            if depth <= 0:
                break
        test = next((found for found in map(_PY_TEST.match, lines[end + 1:end + 12]) if found),
                    None)  # the test the table is of, under its other decorators
        of = " ".join(identifier_words(test.group("name")[4:].lstrip("_"))) if test else ""
        for k in range(number, end + 1):
            text, comment = split_comment(lines[k][start.end():] if k == number else lines[k],
                                          "#")
            rows = [_row_said(names, split_top(m.group("cells"))) for m in _ROW.finditer(text)]
            said = "; ".join(r for r in rows if r)
            if said:
                said = f"- {of} of {said}" if of else f"- {said}"
            out[k] = (f"{said} ({comment})" if comment else said) if said else \
                comment_item(comment) if comment else ""
        number = end + 1
    return out


def _row_said(names: list[str], cells: list[str]) -> str:
    """One row of a parametrized test: what it is of (its first quoted value, else its first
    value: `(30, "STANDARD_IA")` under "days,storage_class" is STANDARD_IA's), then each other
    value named by its parameter, in the unit the parameter's name says; empty for a row of
    another shape."""
    cells = [c.strip() for c in cells if c.strip()]
    if len(names) < 2 or len(cells) != len(names):
        return ""
    first = next((i for i, c in enumerate(cells) if c[:1] in "'\""), 0)
    label = read_value(cells[first], None, {}, "")
    said = []
    for name, cell in zip(names[:first] + names[first + 1:], cells[:first] + cells[first + 1:],
                          strict=True):
        words, unit = name_and_unit(identifier_words(name))
        if len(words) == 1 and unit is None and words[0].lower() in KEY_UNITS:
            words, unit = [], KEY_UNITS[words[0].lower()]  # `minutes`: the unit alone
        value = read_value(cell, unit, {}, "")
        if value is None:
            return ""
        said.append(" ".join([*words, value.text]))
    return f"{label.text if label else cells[first]}: " + ", ".join(said)


def _python_body(reader: _Reader, number: int, stripped: str, top: _Open) -> str:
    """A line inside a test class or a test: read (_python_line), under the test's name; the
    quotes of a docstring it opens and leaves open, else ""."""
    _python_line(reader, number, stripped, top)
    if top.kind != "test":
        return ""
    reader.body.add(number)
    if not re.match(r"^[rbu]?(\"\"\"|''')", stripped):
        return ""
    quote = stripped.lstrip("rbu")[:3]
    rest = stripped.lstrip("rbu")[3:]
    end = rest.find(quote)
    reader.out[number] = comment_item(rest[:end] if end >= 0 else rest)
    return "" if end >= 0 else quote


def _python_line(reader: _Reader, number: int, stripped: str, top: _Open) -> None:
    if stripped.startswith("#"):
        reader.other(number, stripped.lstrip("#").strip())
        return
    code, comment = split_comment(stripped, "#")
    test = top if top.kind == "test" else None
    if test is None:
        reader.other(number, comment)
        return
    call = _PY_ASSERT_CALL.match(code)
    if call and code.endswith(")"):
        args = split_top(code[call.end():-1])
        if len(args) >= 2 and reader.assertion(number, args[0], args[1], comment, test):
            return
    found = _PY_ASSERT.match(code)
    if found:
        expr = split_top(found.group("expr"))[0]  # `assert x == 5, "message"`
        span = _RANGE.match(expr)
        if span:
            reader.span(number, span.group("low"), span.group("name"), span.group("high"),
                        comment)
            return
        sides = _compared(expr)
        if sides and reader.assertion(number, sides[0], sides[1], comment, test):
            return
    reader.other(number, comment, code)


def _compared(expr: str) -> tuple[str, str] | None:
    """`subject == expected` (or `subject is True`): its two sides, outside brackets and
    strings; a literal on the left is the expected value (`5 == X`)."""
    for i, ch, depth in outside_strings(expr):
        if depth == 0 and expr.startswith(("==", " is "), i) and not expr.startswith(
                ("===", " is not "), i):
            size = 2 if ch == "=" else 4
            left, right = expr[:i].strip(), expr[i + size:].strip()
            if "==" in right or not left or not right:
                return None
            if read_value(left, None, {}, "") is not None and _NAME_CHAIN.match(right):
                return right, left
            return left, right
    return None


# ---------------------------------------------------------------- JavaScript, TypeScript


def _brace_tests(lines: list[str], owners: frozenset[str] = _OWNERS,
                 ) -> tuple[dict[int, str], int, int] | None:
    from studycli.formats.code_constants import _depth_change, _split_c

    reader = _Reader(lines, owners)
    opened: list[_Open] = []
    depth = 0
    in_block = False
    for number, line in enumerate(lines):
        code, comment, in_block_after = _split_c(line, in_block)
        in_block = in_block_after
        stripped = code.strip()
        change = _depth_change(code)
        inside = bool(opened)
        group, test = _JS_GROUP.match(stripped), _JS_TEST.match(stripped)
        if group and change > 0 and all(o.kind == "group" for o in opened):
            words = [group.group("title").strip()]
            opened.append(_Open("group", depth, words))
            reader.group(number, words, len(opened))
        elif test and all(o.kind == "group" for o in opened):
            words = [test.group("title").strip()]
            reader.title(number, words, opened)
            if change > 0:
                opened.append(_Open("test", depth, words))
        elif (_JS_HOOK.match(stripped) or _JS_EACH.match(stripped)) and change > 0:
            opened.append(_Open("code", depth, []))
            reader.other(number, comment)
        elif inside:
            _brace_line(reader, number, stripped, comment, opened[-1])
            if opened[-1].kind == "test":
                reader.body.add(number)
        depth = max(0, depth + change)
        while opened and depth <= opened[-1].until:
            opened.pop()
            inside = True
        if inside and number not in reader.out:
            reader.out[number] = comment_item(comment) if comment else ""
    tables = _each_rows(lines)
    reader.out.update(tables)
    for said in _tables_said(tables):  # each table of cases a test, naming AWS by its rows
        reader.tests += 1
        reader.named += names_aws(said)
    return reader.done()


def _brace_line(reader: _Reader, number: int, code: str, comment: str, top: _Open) -> None:
    test = top if top.kind == "test" else None
    if test is not None and code.startswith("expect("):
        close = _closing(code, len("expect"))
        if close > 0:
            subject = code[len("expect") + 1:close]
            rest = _MATCHER.match(code[close + 1:].replace(".not.", ".NOT."))
            if rest and ".NOT." not in code[close + 1:]:
                matcher = rest.group("matcher")
                expected = split_top(rest.group("expected"))[0] if rest.group("expected") \
                    else ""
                if matcher in _THROWS and expected:
                    if reader.assertion(number, "", expected, comment, test):
                        return
                elif matcher in _EQUALS and reader.assertion(number, subject, expected,
                                                              comment, test):
                    return
    called = _JS_ASSERT.match(code)
    if test is not None and called and code.rstrip(";").endswith(")"):
        args = split_top(code.rstrip(";")[called.end():-1])
        if len(args) >= 2 and reader.assertion(number, args[0], args[1], comment, test):
            return
    reader.other(number, comment, code)


def _closing(code: str, start: int) -> int:
    """Where the bracket opened at code[start] closes, outside strings; -1 if it does not."""
    for i, ch, depth in outside_strings(code, start, "'\"`"):
        if depth == 0 and ch in ")]}":
            return i
    return -1


def _each_rows(lines: list[str]) -> dict[int, str]:
    """A Jest table of cases (`test.each([['STANDARD_IA', 30], ...])('%s min storage is %i
    days', ...)`), as an outline's examples are read (formats/gherkin.py): each row the test's
    name with its values in the places `%s`, `%i`... hold ("STANDARD_IA min storage is 30
    days"), on the line the row is written on; a name with no places says the row after it."""
    from studycli.formats.code_comments import comment_of
    from studycli.formats.code_constants import _depth_change

    out: dict[int, str] = {}
    number = 0
    while number < len(lines):
        if not _JS_EACH.match(lines[number]):
            number += 1
            continue
        depth, end = 0, number
        for end in range(number, min(len(lines), number + 500)):
            depth += _depth_change(lines[end])
            if _EACH_TITLE.match(lines[end]):
                break
        title = _EACH_TITLE.match(lines[end])
        if title is None:
            number = end + 1
            continue
        for k in range(number, end):
            text = lines[k][_JS_EACH.match(lines[k]).end() - 1:] if k == number else lines[k]  # type: ignore[union-attr]
            cells = [_filled_title(title.group("title"), split_top(m.group("cells")))
                     for m in _ROW.finditer(text.split("//")[0])]
            said = "; ".join(c for c in cells if c)
            comment = comment_of(lines[k])[0]
            out[k] = ("- " + said + (f" ({comment})" if comment else "")) if said else \
                comment_item(comment) if comment else ""
        number = end + 1
    return out


def _tables_said(rows: dict[int, str]) -> list[str]:
    """The rows of each table of cases (_each_rows), one text a table: lines in a run."""
    said: list[str] = []
    last = -2
    for number in sorted(rows):
        if number != last + 1 or not said:
            said.append("")
        said[-1] += " " + rows[number]
        last = number
    return [text for text in said if text.strip()]


def _filled_title(title: str, cells: list[str]) -> str:
    values = []
    for cell in (c.strip() for c in cells if c.strip()):
        value = read_value(cell, None, {}, "")
        values.append(value.text if value is not None else cell)
    places = _PRINTF.findall(title)
    if not places:
        return f"{title}: " + ", ".join(values) if values else ""
    if len(places) != len(values):
        return ""
    filled = iter(values)
    return _PRINTF.sub(lambda _m: next(filled), title)

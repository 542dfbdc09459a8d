"""Facts kept in source code: a constants module read as the key/value notes it is.

A student who keeps their facts as code writes `SQS_MAX_MESSAGE_BYTES = 256 * KiB  # 262_144`,
`const LAMBDA_TIMEOUT_MAX_S = 15 * MIN; // 900s`, a Go `const ( S3MaxObjectSize = 5 * TB )`
block, an object `export const VPC = { subnetsPerVpc: 200 }`, an enum of invocation types, a
map of error codes to their meanings. Read by its comments alone, such a file gave almost
nothing. One reader of "name = value  // comment" lines serves every language (Python,
JavaScript/TypeScript, Go, Java, C#, Kotlin, Swift, Rust), line for line:

- a named constant is the item `- <its name as words>: <value> (<comment>)`: `SQS max message:
  256 KiB`; a unit its name ends in (`_BYTES`, `_S`, `_MB`, `Days`, `_MB_S` a rate) goes onto
  its number, and a value written as arithmetic is the figure it stands for: `15 * MIN` is
  "15 min" (a multiple of a constant named after a unit is that unit), `12 * 60 * 60` under
  `_S` is "43200 s", or the comment's own figure ("12 hrs") where that comment states the same
  value. No unit is ever given that neither the name nor the comment gives;
- an object, dict, map, enum or class whose members are constants is a heading over them
  (`## VPC`, `## SQS queue type`), each member an item (an enum's member with no value of its
  own is the item of its name), so a map of codes to meanings is a list of codes;
- a banner comment (`# ------ SQS ------`, `// ===== Lambda =====`), or a comment alone at
  the top level that is a service's name and little else (`# Lambda`, `# DynamoDB limits`),
  is a heading over a section, also indented inside the class or Go group that holds the
  file (Java keeps every constant in a class); a short comment after a blank line right over
  constants (`/** request rates PER PREFIX per second */`) titles them up to the next blank
  line (_titles_group; a title naming a subject, `# SQS FIFO`, heads its whole section);
  other comments and docstrings are the prose they are;
- a duration made by a call (`Duration.ofSeconds(300)`, `timedelta(days=4)`) is its figure
  (code_values), and a bound before what it counts a count (`S3_MULTIPART_MAX_PARTS`).

Code that is not notes stays out: the body of a function, a method, a loop or a condition
gives only its comments (a figure in a call or a loop is the program's, not AWS's), and so does
a value that is not a literal (`boto3.client("sqs")`, `new Queue(...)`), an object of settings
(`class Settings`, `DYNAMODB_CONFIG = {...}`) and the comment beside a constant that is no fact
(`const PORT = 3000; // my dev server`: the constant's, not its section's). A file that is a
program (_is_program: an AWS SDK's or the CDK's import, a way in such as `func main()`,
statements it runs at its top level, more code than constants, or constants that mostly name
no service, neither themselves nor by their section) is read as main's readers read it
(_as_program): by its comments, and of a Python script a module-level dict named after a
service (`SQS = {'max_msg_kb': 256}` in a script that prints it): `LAMBDA_MAX_CONCURRENCY = 50`
in a worker is its own setting, never Lambda's limit. A constants module reads a constant whose
name, object, or section names an AWS service; a bound of a count as a count, as keyvalues
reads one (`"max_tags": 10`: "max: 10 tags"), and every unit a name ends in from keyvalues' one
table (KEY_UNITS). A shell script is no constants module (formats/__init__.py): its
assignments are its run's settings.
A constant named after a unit (`KiB = 1024`, `HOUR = 3600`) is no fact: it is how the others
are written. A program's settings file (is_settings: `package config`, or an opening comment
"app config for the image pipeline", "Defaults for our uploader service", "constants shared by
the stack and the handlers") gives none of its constants, only its comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studycli.formats.code_comments import comment_of, comment_start
from studycli.formats.code_names import QUALIFIERS, identifier_words, name_and_unit
from studycli.formats.code_values import UNIT_CONSTANTS, Value, evaluate, read_value
from studycli.formats.keyvalues import comment_item, heading, split_comment, words_of
from studycli.formats.test_notes import constant_line, names_aws, read_tests
from studycli.services import find_services, subject_mentions

__all__ = ["holds_facts", "constants_to_markdown"]

# an object that holds a program's own settings ("class Settings", "DYNAMODB_CONFIG = {"),
# not a student's record of AWS's numbers: its last word
SETTINGS_WORDS = _SETTINGS = frozenset({
    "settings", "setting", "config", "configs", "configuration", "conf", "cfg", "options",
    "opts", "env", "environment", "params", "parameters", "props", "properties", "prefs",
    "preferences"})
# a name for a program's own thing, not a fact about AWS ("SQS_QUEUE_URL", "S3_BUCKET")
# (only where the name names no bound and no unit: "SECRETS_MGR_MAX_SECRET_KB" is a limit)
_RESOURCE_WORDS = frozenset({"arn", "url", "uri", "id", "ids", "bucket", "client", "endpoint",
                             "host", "hostname", "path", "profile", "region", "key", "secret",
                             "password", "token", "handler", "table", "queue", "topic",
                             "stream", "function", "role", "env", "name"})


# ---------------------------------------------------------------------------- lines

# a declaration: modifiers, an optional type before the name (Java, C#, Go's group), the
# name, an optional type after it (TypeScript, Rust, Python), "=" or ":=", the value
# (each part bounded: a line of code tens of thousands of characters long is read in one
# pass, never rescanned from each of its words)
_MODIFIER_WORDS = (r"export|public|private|protected|internal|static|final|readonly|const|let|"
                   r"var|val|pub(?:\([\w:]+\))?|declare|default|sealed|lazy|open|abstract|data")
_MODIFIERS = r"(?:(?:" + _MODIFIER_WORDS + r")\s+){0,8}"
_DECLARATION = re.compile(
    r"^\s*(?P<mods>" + _MODIFIERS + r")(?:(?P<type_before>[A-Za-z_][\w.<>\[\], ?]{0,60}?)\s+)?"
    r"(?P<name>[A-Za-z_$][\w$]*)\s*(?::\s*(?P<type_after>[\w.<>\[\], |?&]{1,60}?))?\s*"
    r"(?::=|=(?!=|>))(?P<value>.*)$")
# an entry of an object, a map or a dict: `key: value,`, `"key": value,`, `429: '...'`
_ENTRY = re.compile(r"""^\s*(?P<name>[A-Za-z_$][\w$.-]*|(['"])(?P<quoted>[^'"]+)\2|\d+)"""
                    r"""\s*[:=]>?(?P<value>.*)$""")
# an enum's member with no value of its own (`PROVISIONED,`) or with its description
# (Java's `FIFO("exactly once"),`, Swift's `case fifo`)
_MEMBER = re.compile(r"""^\s*(?:case\s+)?(?P<name>[A-Za-z_][\w]*)\s*(?:\((?P<value>.*)\))?"""
                     r"""\s*[,;]?\s*$""")
# a scope named on its line with nothing to assign: an enum, a class, an object, a namespace
_NAMED_SCOPE = re.compile(
    r"^\s*" + _MODIFIERS + r"(?P<enum>enum\s+)?"
    r"(?P<kind>enum|class|object|namespace|struct|interface|module|mod|record)\s+"
    r"(?P<name>[A-Za-z_][\w]*)(?P<rest>[^{]{0,200})\{?\s*$")
_GO_TYPE_SCOPE = re.compile(r"^\s*type\s+(?P<name>\w+)\s+(?:struct|interface)\s*\{")
_GROUP = re.compile(r"^\s*(?:const|var)\s*\(\s*$")  # Go's `const (`
_ENUM_BASES = re.compile(r"\b(?:Enum|IntEnum|StrEnum|Flag|IntFlag)\b")
# a statement that is neither code nor a fact: an import, a package, an export of names
_NEUTRAL = re.compile(r"^\s*(?:import\b|from\s+[\w.]+\s+import\b|package\b|using\b|use\b|"
                      r"#include\b|#!|@|module\.exports\b|exports\.\w+\s*=\s*\w+\s*;?$|"
                      r"export\s*\{|export\s+default\s+\w+\s*;?$|['\"]use strict['\"]|"
                      r"}\s*\)?\s*[;,]?\s*$|\)\s*[;,]?\s*$|]\s*\)?\s*[;,]?\s*$|__all__\b)")
_EXPORTS = re.compile(r"^(?:module\.)?exports\s*=\s*\{$")
_WRAPPER = re.compile(r"^(?:Object\.freeze|Object\.seal|dict|frozenset|tuple|list|set|"
                      r"Map\.of|Map\.ofEntries|List\.of|Set\.of|mapOf|listOf|setOf|"
                      r"Arrays\.asList|map\[[^\]]*\][\w.*]*|\[\][\w.*]+|new\s+[\w.<>, ]+\(\)\s*)"
                      r"\s*\(?\s*(?=[{\[(]|$)")
_CODE_OPENER = re.compile(r"^\s*(?:def|async\s+def|if|elif|else|for|while|with|try|except|"
                          r"finally|switch|case|do|func|function|fn|async|match|loop|select|"
                          r"impl|lambda)\b|\)\s*(?:->\s*[\w\[\], .]{1,60})?\s*[{:]?\s*$|=>")
_KEYED_OBJECT = re.compile(r"^[A-Za-z_$][\w$]*\s*:\s*\{$")
_PY_BLOCK = re.compile(r":\s*$")
# a statement a script runs at its top level: a call (`main()`, `console.log(SQS)`), a loop
_RUNS = re.compile(r"^(?:for|while|with|try|await)\b|^[A-Za-z_$][\w$.]*\s*\(.*\)\s*;?$")


_OPENS = {"{": 1, "[": 1, "(": 1, "}": -1, "]": -1, ")": -1}


def _depth_change(code: str) -> int:
    """How many brackets the code opens less those it closes, outside strings (one pass: a
    string left open, `"\\"\\"...`, is never rescanned from each of its quotes)."""
    if not any(c in code for c in "{[()]}"):
        return 0
    change, quote, escaped = 0, "", False
    for ch in code:
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        else:
            change += _OPENS.get(ch, 0)
    return change


_DEEPEST = 24  # scopes nested deeper than this are read as code


@dataclass
class _Frame:
    """A block open over the line being read: a scope of constants or code."""

    kind: str                 # "code", or a scope: "scope", "enum", "group", "list"
    depth: int                # the bracket depth inside it (brace languages and literals)
    indent: int = -1          # a Python block's opener's indent (-1: closed by brackets)
    words: list[str] = field(default_factory=list)
    unit: str | None = None   # the unit its name names, for its members' bare numbers
    opened: int = -1          # the line a scope opened on (its heading's)
    banner: str | None = None  # the banner section it opened in


@dataclass
class _Scope:
    """An object, map, enum or class of constants: the heading over its members."""

    words: list[str]
    level: int
    doc: str = ""             # the comment on the line above it


@dataclass
class _Item:
    """A constant read: its name's words, its value, where it sits."""

    line: int
    words: list[str]          # the constant's name as words, less its unit
    value: Value
    comment: str
    scope: list[str]          # the words of the scopes over it
    member: bool              # an object's, map's or enum's member (not a constant alone)
    under: list[int]          # the lines of the scopes over it
    banner: str | None        # the banner comment's section it is in
    named_unit: bool = False  # its name named the unit of its value
    settings: bool = False    # in an object of a program's settings (`class Settings`)


@dataclass
class _Read:
    """What a file's walk read: its lines as markdown, its constants, how much code."""

    out: list[str]
    items: list[_Item] = field(default_factory=list)
    code_lines: int = 0
    runs: bool = False  # a statement of its own runs at the top level (`main()`, a loop)
    scopes: dict[int, _Scope] = field(default_factory=dict)   # line -> the scope opened there
    closes: list[tuple[int, int, str]] = field(default_factory=list)  # a top-level scope closed:
    # (line, the line it opened on, the banner it is under)
    comments: dict[int, str] = field(default_factory=dict)  # line -> a comment alone on it


_BANNER = re.compile(r"^[-=#*~/ ]{3,}\s*([A-Za-z][\w &/+.()'-]*?)\s*[-=#*~/ ]*$")
_DOCSTRING = re.compile(r"^\s*[rbuRBU]?(\"\"\"|''')")
_HASH_COMMENT = re.compile(r"^\s*#+!? ?(.*?)\s*$")


def _banner(comment: str) -> str | None:
    """A comment that names a section between rules ("---- SQS ----", "===== Lambda ====="):
    its name, else None."""
    found = _BANNER.match(comment) if len(comment) <= 200 else None
    if found and re.search(r"[-=#*~]{3,}", comment):
        words = found.group(1).strip()
        return words if len(re.findall(r"\w+", words)) <= 6 else None
    return None


# a blank line or a comment that is only a rule ("# =====", "// -----"): what may stand
# before a section's title, boxed or not
_RULE_ONLY = re.compile(r"^\s*(?:(?:#+|//+|--)\s*[-=#*~/]*\s*)?$")


def _service_title(comment: str) -> str | None:
    """A comment that opens with a service's name and says little else ("# Lambda",
    "# DynamoDB limits"): a section as a banner is, the constants under it the service's.
    (Only where it opens the file or a paragraph, outside a banner's section: "# unlike SQS"
    or "# same as SNS" between a section's constants is an aside, not a new section.)"""
    words = re.findall(r"\w+", comment)
    if 1 <= len(words) <= 3 and comment[:1].isalpha():
        named = find_services(comment)
        if named and named[0].start == 0:
            return comment
    return None


def _split_c(line: str, in_block: bool) -> tuple[str, str, bool]:
    """A C-family line's code, its comment, and whether a block comment is open after it."""
    if in_block:
        end = line.find("*/")
        text = line if end < 0 else line[:end]
        text = re.sub(r"^\s*\*+\s?", "", text) if text.lstrip().startswith("*") else text
        return ("" if end < 0 else line[end + 2:]), text.strip(), end < 0
    comment, opens = comment_of(line)
    if not comment and not opens:
        return line, "", False
    cut = comment_start(line)
    return line[:cut], comment, opens


# Go names a constant before its type (`S3Overwrites ConsistencyModel = "eventual"`)
_GO_DECLARATION = re.compile(r"^\s*(?:(?:const|var)\s+)?(?P<name>[A-Za-z_]\w*)"
                             r"(?:\s+(?P<type_after>[\w.\[\]*]+))?\s*=(?P<value>.*)$")
_FUNCTION_VALUE = re.compile(r"^(?:async\s+)?(?:function\b|\(.*\)\s*=>|\w+\s*=>|lambda\b|func\b)")
_PRIMITIVES = frozenset({"int", "long", "short", "byte", "float", "double", "decimal", "string",
                         "bool", "boolean", "char", "uint", "ulong", "number", "str", "String",
                         "Integer", "Long", "Double", "Boolean", "Int", "Float", "u8", "u16",
                         "u32", "u64", "usize", "i32", "i64", "f32", "f64", "float64",
                         "int64", "int32", "uint64", "Duration", "any", "object", "Any"})



# an AWS SDK's or the CDK's import: the file is a program (a handler, a worker, a stack) and
# its constants its own settings (`LAMBDA_MEMORY_MAX_MB = 512;  // our budget`)
_AWS_SDK = re.compile(r"^\s*(?:import|from)\s+(?:boto3|botocore|aws_cdk)\b"
                      r"|['\"](?:aws-sdk|@aws-sdk/|aws-cdk-lib|@aws-cdk/|aws-lambda)"
                      r"|^\s*import\s+(?:software\.amazon\.awssdk|com\.amazonaws|Amazon\.)"
                      r"|^\s*using\s+Amazon\.|\"github\.com/aws/")


def constants_to_markdown(lines: list[str], language: str) -> list[str]:
    """A source file of `language` ("c": C-family braces and // comments, "go", "python")
    line for line as markdown: a constants module's constants as items, its scopes as
    headings, its comments as prose (see the module docstring); a program as main's readers
    read it (_as_program)."""
    if is_settings(lines):
        return _comments_only(lines, language)
    tests = read_tests(lines, language)
    if tests:  # a student's tests (formats/test_notes.py): the rest read as constants are
        rest = ["" if number in tests else line for number, line in enumerate(lines)]
        out = constants_to_markdown(rest, language)
        return [tests.get(number, text) for number, text in enumerate(out)]
    read = _constants(lines, language)
    return _as_program(lines, language) if read is None else _written(read)


# a program's settings file: its package or namespace (`package config`,
# `namespace App.Settings`) or the comment that opens it ("app config for the image
# pipeline", "Defaults for our uploader service", "constants shared by the stack and the
# handlers") says so. "AWS Config" is a service, not a settings file.
_SETTINGS_PACKAGE = re.compile(r"^\s*(?:package|namespace|module)\s+(?:[\w.]*\.)?"
                               r"(?:config|configs|configuration|settings|defaults|env|"
                               r"environment)\b\s*[;{]?\s*$", re.IGNORECASE)
_SETTINGS_HEAD = re.compile(r"\b(?:config|configs|configuration|settings|defaults|env|"
                            r"environment|app|application|stack)\b", re.IGNORECASE)
# what says a program's even beside a service's name ("SQS settings for our worker"): a
# student's "Lambda defaults and limits" names the service its figures are AWS's of
_PROGRAM_HEAD = re.compile(r"\b(?:our|(?:the|this|our|my)\s+(?:cdk\s+)?stack|handlers)\b",
                           re.IGNORECASE)
# services whose names hold a settings word
_SERVICE_NAMED = re.compile(r"\b(?:aws\s+config|app\s+runner|app\s+mesh)\b", re.IGNORECASE)
_COMMENT_START = re.compile(r"^\s*(?:#|//|/\*|\*|\"\"\"|\'\'\')")


def is_settings(lines: list[str]) -> bool:
    """Whether a source file is a program's settings (see _SETTINGS_PACKAGE): none of its
    constants is an AWS fact, whatever service its names name."""
    head: list[str] = []
    in_doc = False
    for line in lines[:_SNIFF_LINES]:
        if _SETTINGS_PACKAGE.search(line):
            return True
        stripped = line.strip()
        quotes = stripped.count('"""') + stripped.count("'''")
        if in_doc or _COMMENT_START.match(line):
            head.append(stripped)
            in_doc = in_doc != (quotes % 2 == 1)
        elif stripped and not stripped.startswith(("package ", "import ", "using ", "#!",
                                                    "from ", "namespace ", "module ")):
            break  # the first code: the opening comment is over
    said = _SERVICE_NAMED.sub(" ", " ".join(head))
    if _PROGRAM_HEAD.search(said):
        return True
    return bool(_SETTINGS_HEAD.search(said)) and not names_aws(" ".join(head))


def _comments_only(lines: list[str], language: str) -> list[str]:
    """A settings file by its comments alone."""
    from studycli.formats.code_comments import code_to_markdown, hash_code_to_markdown

    return (hash_code_to_markdown if language == "python" else code_to_markdown)(lines)


def _constants(lines: list[str], language: str) -> _Read | None:
    """What a constants module holds; None for a program."""
    walk = _Walk(lines, language)
    for number, line in enumerate(lines):
        walk.line(number, line)
    return None if _is_program(lines, walk.read) else walk.read


# a program's way in: Go's `package main` / `func main()`, Java's or C#'s `static void main`,
# Kotlin's and Rust's `fun main` / `fn main`, Python's `if __name__ == "__main__":`
_ENTRY_POINT = re.compile(r"^\s*package\s+main\s*$|^\s*(?:func|fun|fn)\s+main\s*\("
                          r"|\bstatic\s+(?:async\s+)?[\w<>\[\]]+\s+[Mm]ain\s*\("
                          r"|^if\s+__name__\s*==")


def _is_program(lines: list[str], read: _Read) -> bool:
    """Whether a file is a program, whose constants are its own settings, never AWS's: it
    imports an AWS SDK or the CDK, has a way in (`func main()`), runs statements of its own
    at the top level (`main()`, `for k, v in LAMBDA.items():`), holds more code than
    constants, or holds constants that mostly name no AWS service (an app's configuration,
    `MAX_RETRIES = 3`), neither by their name, their object nor their section."""
    head = lines[:_SNIFF_LINES]
    if read.runs or any(_AWS_SDK.search(line) or _ENTRY_POINT.search(line) for line in head):
        return True
    if read.code_lines >= 2 and read.code_lines * 2 >= len(read.items):
        return True
    named = sum(1 for item in read.items if names_aws(" ".join([*item.scope, *item.words]))
                or (item.banner and names_aws(item.banner)))
    return named * 2 < len(read.items)


def _as_program(lines: list[str], language: str) -> list[str]:
    """A program as main's readers read it: a Python script by its comments, docstrings and
    a module-level dict named after a service (keyvalues.python_to_markdown), any other
    language by its comments (code_comments.code_to_markdown)."""
    if language == "python":
        from studycli.formats.keyvalues import python_to_markdown as program_reading

        return program_reading(lines)
    from studycli.formats.code_comments import code_to_markdown

    return code_to_markdown(lines)


@dataclass
class _Line:
    """The line being read: its number, its code (stripped), its comment, its indent and how
    many brackets it opens less those it closes."""
    number: int
    code: str
    comment: str
    indent: int
    change: int


class _Walk:
    """The reading of one file, a line at a time: the scopes and code blocks open over the
    line (`frames`), the bracket depth, the banner section, the unit constants known."""

    def __init__(self, lines: list[str], language: str):
        self.lines = lines
        self.language = language
        self.read = _Read(out=[""] * len(lines))
        self.known: dict[str, float] = {}
        self.frames: list[_Frame] = []
        self.depth = 0
        self.in_block = False  # inside a /* */ comment
        self.doc_quote = ""    # inside a docstring: its quotes
        self.banner: str | None = None
        self.banner_frames = 0  # the blocks open where the banner named its section
        self.group_end: str | None = None  # a titled group's section, said again at its end
        self.ruled = False  # a banner between rules has named a section: titles are asides
        self.pending: re.Match | None = None  # a scope named on the line before its brace

    # ------------------------------------------------------------------ one line

    def line(self, number: int, line: str) -> None:
        split = self._split(number, line)
        if split is None:
            return
        code, comment = split
        stripped = code.strip()
        if not stripped:
            self._comment_alone(number, line, comment)
            return
        indent = len(line) - len(line.lstrip())
        if self.language == "python" and self.depth == 0:
            self._close_python(number, indent)
        now = _Line(number, stripped, comment, indent, _depth_change(code))
        self.read.out[number] = comment_item(comment) if comment else ""
        # scopes open only outside code: inside a function's body, the innermost is code
        if self.frames and self.frames[-1].kind == "code":
            self.read.code_lines += 1
            if self.language == "python" and _PY_BLOCK.search(stripped) and self.depth == 0:
                self.frames.append(_Frame("code", self.depth, indent))
        else:
            self._outside_code(now)
        self.depth = max(0, self.depth + now.change)
        while self.frames and self.frames[-1].indent < 0 and self.frames[-1].depth > self.depth:
            self._closed(self.frames.pop(), number)

    def _split(self, number: int, line: str) -> tuple[str, str] | None:
        """The line's code and its comment; None where a docstring took the line."""
        if self.doc_quote:
            end = line.find(self.doc_quote)
            self.read.out[number] = (line[:end] if end >= 0 else line).strip()
            self.doc_quote = "" if end >= 0 else self.doc_quote
            return None
        if self.language in ("c", "go"):
            code, comment, self.in_block = _split_c(line, self.in_block)
            return code, comment
        doc = _DOCSTRING.match(line) if self.language == "python" else None
        if doc and self.depth == 0:
            rest = line[doc.end():]
            end = rest.find(doc.group(1))
            self.read.out[number] = (rest[:end] if end >= 0 else rest).strip()
            self.doc_quote = "" if end >= 0 else doc.group(1)
            return None
        hashed = _HASH_COMMENT.match(line) if line.lstrip().startswith("#") else None
        if hashed:  # its indent after the mark kept: a sub-item
            return "", hashed.group(1)
        return split_comment(line, "#")

    def _comment_alone(self, number: int, line: str, comment: str) -> None:
        named = None
        service: str | None = None
        if comment and (not line[:1].isspace() or self._in_holder()):
            named = _banner(comment.strip())
            if named:
                self.ruled = True
            elif not self.ruled and (number == 0 or _RULE_ONLY.match(self.lines[number - 1])):
                named = service = _service_title(comment.strip())
            if not named and self.banner and self._titles_group(number, comment, None):
                return
        if service and self._titles_group(number, comment, service):
            return
        if not line.strip() and self.group_end is not None:
            # the blank line that ends a group of constants under its title: the section's
            # heading said again, the constants after it the section's, not the group's
            if len(self.frames) == self.banner_frames:
                self.read.out[number] = heading(1, self.group_end)
                self.group_end = None
            return
        if named:
            self.banner = named
            self.banner_frames = len(self.frames)
            self.read.out[number] = heading(1, named)
            return
        self.read.out[number] = comment_item(comment) if comment else ""
        if comment.strip():
            self.read.comments[number] = comment.strip()

    def _titles_group(self, number: int, comment: str, service: str | None) -> bool:
        """A comment alone that titles the constants right under it, up to the next blank
        line (`/** request rates PER PREFIX per second */` over S3's PUT and GET rates,
        `/** S3 object sizes */`): a heading over them, a few words stating nothing (no
        figure, no "key: value"), after a blank line; the section's heading said again where
        the group ends, so the constants after it are not the group's (S3's metadata size is
        no request rate). A title that opens with a service's name (`S3 object sizes`) is
        that service's section, the group its part; one naming a service inside another's
        section ("# SNS too" under SQS's banner) is an aside, no title."""
        said = comment.strip().strip("*").strip()
        if not said or re.search(r"(?<![A-Za-z])\d|[:=;]", said) \
                or len(re.findall(r"\w+", said)) > 6 or number == 0 \
                or self.lines[number - 1].strip() or number + 1 >= len(self.lines) \
                or not self._declares(self.lines[number + 1]):
            return False
        named = find_services(said)
        subjects = subject_mentions(said)
        if service is not None:
            if subjects:  # "# SQS FIFO": the subject's section, all of it (FIFO's dedup
                return False  # window after a blank line is still FIFO's)
            end: str | None = said[named[0].start:named[0].end] if named else None
        elif named or any(owner not in {m.name for m in find_services(self.banner or "")}
                          for owner, _ in subjects):
            # "# SNS too" or "# Lambda@Edge" under SQS's banner: an aside, no part of SQS's
            # section
            return False
        else:
            end = self.banner
        if end is None or end == said:
            return False
        self.banner, self.banner_frames = end, len(self.frames)
        self.group_end = end
        self.read.out[number] = heading(1 if service is not None else 2, said)
        return True

    def _declares(self, line: str) -> bool:
        """Whether a line declares one constant of a literal value (no scope it opens)."""
        code = line.strip()
        declared = self._declared(code.split("//")[0].strip())
        return declared is not None and code.rstrip(";, ")[-1:] not in "{[(" \
            and _depth_change(code) == 0

    def _in_holder(self) -> bool:
        """Whether every block open over the line is a scope that holds the file's constants
        (Java's `public class LambdaLimits {`, a Go `const (` group): a banner comment
        indented inside it (`    // ---------- Lambda ----------`) names a section as one at
        the top level does."""
        return bool(self.frames) and all(f.kind in ("scope", "group") for f in self.frames)

    def _close_python(self, number: int, indent: int) -> None:
        """Close the blocks a Python line at `indent` is out of; a scope closed at the top
        level gives the blank line before it to its section's heading."""
        while self.frames and self.frames[-1].indent >= indent:
            closed = self.frames.pop()
            self.banner_frames = min(self.banner_frames, len(self.frames))
            if self._reopens(closed):
                blank = next((k for k in range(number - 1, closed.opened, -1)
                              if not self.lines[k].strip()), None)
                if blank is not None:
                    self.read.closes.append((blank, closed.opened, closed.banner or ""))

    def _closed(self, closed: _Frame, number: int) -> None:
        if self._reopens(closed):
            self.read.closes.append((number, closed.opened, closed.banner or ""))
        # the holder a banner was inside closed (a Go `const (` group): its section goes on
        # at the level the walk is back at
        self.banner_frames = min(self.banner_frames, len(self.frames))

    def _reopens(self, closed: _Frame) -> bool:
        """Whether the section's heading is said again where a scope closes: a top-level
        scope in the section it opened in."""
        return closed.kind != "code" and len(self.frames) == self.banner_frames \
            and bool(self.banner) and closed.banner == self.banner

    def _outside_code(self, now: _Line) -> None:
        """A code line outside any function's body: a constant, a member, a scope opened, or
        code (counted: a file of more code than constants is a program)."""
        frames = self.frames
        top = frames[-1] if frames else None
        if len(frames) >= _DEEPEST and now.change > 0:  # no note nests scopes so deep: code
            frames.append(_Frame("code", self.depth + now.change,
                                 now.indent if self.language == "python" else -1))
            return
        if top is not None and top.kind == "list":
            if now.change >= 0 or now.code[:1] not in "]})":
                items = now.code.rstrip(";,").strip("[](){}").rstrip(",")
                self.read.out[now.number] = "  - " + words_of("[" + items + "]")
            return
        if _NEUTRAL.match(now.code) and not _EXPORTS.match(now.code):
            return
        if self.pending is not None and now.code != "{":
            self.pending = None
        if top is not None and top.kind in ("scope", "enum", "group") and self._member(now):
            return
        if self._scope_opened(now):
            return
        declared = self._declared(now.code)
        if declared and not self._typed_call(declared) \
                and self._constant(now, declared, member=False):
            return
        if not frames and _RUNS.match(now.code):
            self.read.runs = True
        if self.language == "python" and _PY_BLOCK.search(now.code):
            frames.append(_Frame("code", self.depth, now.indent))
        elif now.change > 0:
            frames.append(_Frame("code", self.depth + now.change))
        self.read.code_lines += 1

    def _typed_call(self, declared: re.Match) -> bool:
        """`Queue q = new Queue(...)`-like lines a C-family language declares with a type of
        its own (no modifier): a program's object, not a constant."""
        if self.language != "c":
            return False
        before = declared.group("type_before")
        return declared.group("mods") == "" and bool(before) \
            and before.split()[-1] not in _PRIMITIVES and "<" not in before

    def _scope_opened(self, now: _Line) -> bool:
        """A class, an enum, an object, a namespace, a Go type or a Go `const (` group opened
        on the line."""
        if self.language == "python":
            named = _NAMED_SCOPE.match(now.code) if now.code.startswith("class ") else None
            if named:
                kind = "enum" if _ENUM_BASES.search(named.group("rest")) else "scope"
                self._open(now, kind, identifier_words(named.group("name")), self.depth,
                           now.indent)
            return bool(named)
        if now.change > 0 and _EXPORTS.match(now.code):
            # CommonJS's `module.exports = {`: an object of no name of its own, its members
            # under their own keys (`lambda: { timeoutMaxSec: 900 }`)
            self._open(now, "scope", [], self.depth + now.change, -1)
            return True
        named = _NAMED_SCOPE.match(now.code)
        if named and now.change == 0 and not now.code.endswith(";"):
            self.pending = named  # its brace on the next line (C#, Java's Allman style)
            return True
        if now.code == "{" and self.pending is not None:
            named = self.pending
        scope = (named if now.change > 0 else None) or _GO_TYPE_SCOPE.match(now.code)
        if scope:
            enum = named is not None and (named.group("kind") == "enum"
                                          or bool(named.group("enum")))
            self._open(now, "enum" if enum else "scope", identifier_words(scope.group("name")),
                       self.depth + now.change, -1)
            self.pending = None
            return True
        if _GROUP.match(now.code):
            self.frames.append(_Frame("group", self.depth + now.change))
            return True
        return False

    def _declared(self, code: str) -> re.Match | None:
        if "=" not in code:
            return None
        return (_GO_DECLARATION if self.language == "go" else _DECLARATION).match(code)

    def _open(self, now: _Line, kind: str, words: list[str], depth: int, indent: int,
              unit: str | None = None) -> None:
        # under a banner, the scopes it is inside (a class holding the file) are above it
        level = (1 if self.banner else 0) + 1 + sum(
            1 for f in self.frames[self.banner_frames if self.banner else 0:]
            if f.kind in ("scope", "enum"))
        self.frames.append(_Frame(kind, depth, indent, words, unit, now.number, self.banner))
        # a comment on the line above documents the scope ("// Glacier retrieval times
        # (flexible retrieval)" over its map): said in its heading, the scope is of what it
        # says
        self.read.scopes[now.number] = _Scope(words, level,
                                              self.read.comments.get(now.number - 1, ""))

    def _list_opened(self, now: _Line, words: list[str], first: str, member: bool,
                     unit: str | None = None) -> None:
        """A list going on over lines: its first line's items said after its name, each
        line after that an item under it."""
        self.frames.append(_Frame("list", self.depth + now.change, -1, words, unit))
        first = first.strip("[(").strip().rstrip(",")
        self._add(now, words, Value(words_of("[" + first + "]") if first else ""), member,
                  self.frames[:-1])

    def _constant(self, now: _Line, declared: re.Match, member: bool) -> bool:
        """A declaration `name = value`: a scope opened (an object, a map, a list on lines of
        its own), a constant read, a unit constant kept to read the others by; False for
        code."""
        name = declared.group("name")
        value = declared.group("value").strip().rstrip(";").strip()
        if not value or value.startswith("=") or len(value) > 2000 \
                or _FUNCTION_VALUE.match(value):
            return False  # `==`: a comparison; a function: code
        wrapper = _WRAPPER.match(value)
        body = value[wrapper.end():] if wrapper else value
        enum = member and bool(self.frames) and self.frames[-1].kind == "enum"
        # an enum's member is a mode, its name the value as written ("PROVISIONED")
        words, unit = ([name], None) if enum else name_and_unit(identifier_words(name))
        if now.change > 0 and body[:1] in "{[(":
            if body[:1] == "[" or (body[:1] == "(" and not body.startswith("()")):
                self._list_opened(now, words, body, member, unit)
                return True
            kind = "enum" if declared.groupdict().get("type_after") == "Enum" else "scope"
            self._open(now, kind, words, self.depth + now.change, -1, unit)
            return True
        if now.change > 0:
            return False
        if wrapper and body[:1] in "{[(":
            value = body.rstrip(")").strip() if body.endswith(")") and body[:1] != "(" else body
        literal = read_value(value, unit, self.known, now.comment)
        if literal is None and re.fullmatch(r"(?:enum\.)?auto\(\)|iota", value):
            literal = Value("")
        if literal is None:
            return False
        lowered = [w.lower() for w in identifier_words(name)]
        if literal.number is not None and not member:
            if len(lowered) == 1 and lowered[0] in UNIT_CONSTANTS:
                found = evaluate(value, self.known)
                if found is not None:
                    self.known[name] = found[0]
                return True  # `KiB = 1024`: how the others are written, no fact
            self.known[name] = literal.number
        self._add(now, words, literal, member)
        return True

    def _member(self, now: _Line) -> bool:
        """A line inside an object, a map, an enum, a class or a Go group: an entry, a
        member, a constant of the class; False if it is none (a method opens code)."""
        top = self.frames[-1]
        if top.kind == "group" or (self.language == "python" and top.indent >= 0):
            declared = self._declared(now.code)
            return declared is not None and self._constant(now, declared, top.kind == "enum")
        if _CODE_OPENER.search(now.code) and now.change > 0 \
                and not _KEYED_OBJECT.match(now.code):  # `lambda: {` is a key, no code
            return False
        entry = _ENTRY.match(now.code)
        if entry:
            return self._entry(now, entry, top)
        member = _MEMBER.match(now.code)
        if member and top.kind == "enum":
            description = member.group("value")
            literal = read_value(description, None, {}, now.comment) if description else None
            self._add(now, [member.group("name")], literal or Value(""), True)
            return True
        declared = self._declared(now.code)
        # `static let maxMessageKB = 256` in a Swift enum: a constant, no member of it
        return declared is not None and self._constant(
            now, declared, top.kind == "enum" and not declared.groupdict().get("mods"))

    def _entry(self, now: _Line, entry: re.Match, top: _Frame) -> bool:
        """`key: value,` in an object, a map or a dict."""
        key = entry.group("quoted") or entry.group("name")
        value = entry.group("value").strip().rstrip(",").strip()
        if now.change > 0 and value[:1] in "[(":  # a list going on over lines
            self._list_opened(now, _key_words(key), value, True)
            return True
        if now.change > 0 and (value[:1] == "{" or _WRAPPER.match(value)):
            self._open(now, "scope", _key_words(key), self.depth + now.change, -1)
            return True
        if now.change > 0:
            return False
        words, unit = name_and_unit(_key_words(key))
        # a bare number under a map whose name names its unit (`S3MinDurationDays`)
        literal = read_value(value, unit or top.unit, {}, now.comment)
        if literal is not None:
            self._add(now, words, literal, True)
        return True  # an entry whose value is code: nothing to read

    def _add(self, now: _Line, words: list[str], value: Value, member: bool,
             frames: list[_Frame] | None = None) -> None:
        scopes = [f for f in (self.frames if frames is None else frames) if f.opened >= 0]
        settings = any(f.words and f.words[-1].lower() in _SETTINGS for f in scopes)
        self.read.items.append(_Item(
            now.number, words, value, now.comment, [w for f in scopes for w in f.words],
            member, [f.opened for f in scopes], self.banner, value.unit is not None, settings))


def _key_words(key: str) -> list[str]:
    """A member's key as words: a camelCase or snake_case key read as its words; a code, a
    mode or a name written whole (`AccessDenied`, `STANDARD_IA`, `429`) kept as written."""
    if key[:1].islower() and re.fullmatch(r"[a-z][A-Za-z0-9_]*", key) and (
            "_" in key or re.search(r"[a-z][A-Z]", key)):
        return identifier_words(key)
    return [key]



def _accepted(item: _Item) -> bool:
    """Whether a constant read is a fact of the notes: its name, its scope or its section
    names an AWS service, it names no program's own resource (`SQS_QUEUE_URL`,
    `DEFAULT_REGION`) and it sits in no object of a program's settings (`class Settings`,
    `DYNAMODB_CONFIG = {...}`)."""
    lowered = [w.lower() for w in item.words]
    if not item.member and lowered and lowered[-1] in _RESOURCE_WORDS and not (
            item.named_unit or any(w in QUALIFIERS or w == "per" for w in lowered)):
        return False
    if item.settings:
        return False
    own = " ".join([*item.scope, *item.words])
    return names_aws(own) or bool(item.banner and names_aws(item.banner))


def _item_line(item: _Item) -> str:
    return constant_line(item.words, item.value, item.comment)


def _written(read: _Read) -> list[str]:
    """The markdown of what was read: the constants that are facts (_accepted) as items, the
    scopes over them as headings, the banner said again after a scope closes (the constants
    after it are the section's, not the scope's)."""
    shown: set[int] = set()
    for item in read.items:
        if _accepted(item):
            read.out[item.line] = _item_line(item)
            shown.update(item.under)
        elif read.out[item.line].startswith(("- ", "  - ")) and not names_aws(item.comment):
            # the comment beside a constant that is no fact is about that constant, a
            # program's setting (`const PORT = 3000; // my dev server`), not about the
            # service whose object or section it sits in; one naming a service is the
            # student's fact (`TIMEOUT = 900; // Lambda max timeout is 15 minutes`)
            read.out[item.line] = ""
    for line in sorted(shown):
        scope = read.scopes.get(line)
        if scope is not None and scope.words:
            words = " ".join(scope.words)
            read.out[line] = heading(scope.level, f"{words} ({scope.doc})" if scope.doc
                                     else words)
    for line, opened, banner in read.closes:
        if opened in shown and not read.out[line].strip():
            read.out[line] = heading(1, banner)
    return read.out


def c_family_to_markdown(lines: list[str]) -> list[str]:
    """TypeScript, JavaScript, Java, C#, Kotlin, Swift, Rust, C...: constants and comments."""
    return constants_to_markdown(lines, "c")


def go_to_markdown(lines: list[str]) -> list[str]:
    """Go: a C-family language whose declarations name the constant before its type."""
    return constants_to_markdown(lines, "go")


def python_to_markdown(lines: list[str]) -> list[str]:
    return constants_to_markdown(lines, "python")


# the most of a script's first lines looked at to tell a constants module from a program
_SNIFF_LINES = 400


def holds_facts(text: str) -> bool:
    """Whether a JavaScript or TypeScript file a folder holds (most are a tool's or a
    package's, passed over) keeps facts as constants: three or more read in its first lines,
    in a file that is no program and no minified bundle."""
    lines = text.split("\n")[:_SNIFF_LINES]
    if any(len(line) > 1000 for line in lines) or is_settings(lines):
        return False
    tests = read_tests(lines, "c")
    if tests and sum(1 for line in tests.values() if line.startswith("- ")) >= 3:
        return True  # a student's tests (formats/test_notes.py)
    read = _constants(lines, "c")
    return read is not None and sum(1 for item in read.items if _accepted(item)) >= 3

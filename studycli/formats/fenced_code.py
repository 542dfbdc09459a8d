"""Code pasted into a markdown or plain note's fences (```python, ```yaml, ```js, ```bash),
read by its comments, line for line.

A student who learns the DVA exam from their labs writes the facts as comments beside the
code: `sqs.receive_message(...)  # MaxNumberOfMessages 1..10, default is 1`, a SAM
template's `Timeout: 10  # if omitted default = 3 sec. max 900 (15 min)`. markdown-it makes
one token of a fence and the parser read nothing of it, so every such fact was lost.

Here a fence's lines become what the note's own readers make of the same code kept as a
file (formats/keyvalues.py, formats/code_comments.py, formats/infra_templates.py): a
comment is an item; a comment beside a setting is `- setting words: comment` (the key,
keyword argument or command option it annotates, `MaximumBatchingWindowInSeconds` ->
`maximum batching window`, `--plaintext` -> `plaintext`); every line of code is a blank
line. The code's own numbers (`Timeout: 30`, `MaxNumberOfMessages=10`) are the author's
settings, never AWS's limits or defaults, and are never read, nor are those of code a
comment puts out of use (`# MaxNumberOfMessages=7`, `// MemorySize: 2048,`); a setting's
named value (`InvocationType="Event"`, `BillingMode: PAY_PER_REQUEST`) is kept beside its
words, since "Event" is what the comment is about.

A comment is about the service the code works with: the client or resource it makes
(`boto3.client("sts")`, `new LambdaClient(...)`, `aws kms encrypt`), the resource type a
template's key holds (`Type: AWS::DynamoDB::Table`). Where that is not the service the
section's heading names (the nearest heading above that names one), the item says it
(`- STS: duration: min 900 s ...`): under "## SSM / STS / KMS" the STS comment was no
one's. A comment that names a service itself is left to say so. Fences of other languages
(mermaid, diff, json, text, none named) are left as they are: other readers, or none, read
them. `studycli search` still shows a fence's lines as written (formats.lines_to_search).
"""

from __future__ import annotations

import re

from studycli.formats.code_comments import comment_of
from studycli.formats.infra_templates import setting_words, template_to_markdown, type_heading
from studycli.formats.keyvalues import comment_item, split_comment
from studycli.notes.terminal_log import CLI_NAMESPACES

_OPEN = re.compile(r"^(\s{0,3})(`{3,}|~{3,})\s*\{?([\w+#.-]*)")
# a fence's language -> how its comments are written
_LANGUAGES = {
    **dict.fromkeys(("python", "py", "python3", "ipython", "py3"), "python"),
    **dict.fromkeys(("js", "javascript", "ts", "typescript", "node", "nodejs", "jsx", "tsx",
                     "java", "go", "golang", "cs", "csharp", "c#", "kotlin", "kt"), "slash"),
    **dict.fromkeys(("yaml", "yml", "cloudformation", "cfn", "sam"), "yaml"),
    **dict.fromkeys(("bash", "sh", "shell", "zsh", "console", "shell-session"), "shell"),
}
# the service a line of code makes a client or resource of
_CLIENT = re.compile(
    r"""\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?['"]([\w-]+)['"]"""  # boto3
    r"""|@aws-sdk/client-([\w-]+)"""                                          # JS SDK v3
    r"""|\bnew\s+(?:AWS\.)?([A-Z][\w]*?)(?:Client)?\s*\("""                  # new SQSClient(
    r"""|^\s*(?:\$\s+)?aws\s+([a-z][\w-]*)\s+[a-z]""", re.IGNORECASE)         # aws sqs ...
# SDK names that are not the service's own name
# (the AWS CLI's namespaces, as a terminal session note reads them, and the SDKs' own: one
# "dynamodbstreams" that is DynamoDB Streams wherever it is read)
_SDK_NAMES = {**CLI_NAMESPACES, "elb": "ELB", "kinesisanalytics": "Kinesis Data Analytics",
              "stepfunctions": "Step Functions", "sfn": "Step Functions"}
# the setting a code line's comment annotates: a keyword argument or a key, the last on the
# line; or a subscript (`r["StatusCode"]`)
_SETTING = re.compile(r"""(?:^|(?<=[\s,({]))['"]?([A-Za-z_]\w*)['"]?\s*(?:=(?!=)|:(?!:))\s*"""
                      r"""(['"][^'"]*['"]|[^,()\]}]*\(?)""")  # (a call's "(": no named value)
# a variable assigned at the start of a line (`resp = ...`, `const client = ...`)
# (a keyword argument on a line of its own, `ExpiresIn=3600)`, has no space before its "=")
_ASSIGNED = re.compile(r"""^\s*(?:(?:const|let|var|final)\s+)?[A-Za-z_][\w.]*\s+=\s""")
# a command's option and its value (`--plaintext fileb://secret.txt`, `--billing-mode X`)
_OPTION = re.compile(r"""(?:^|\s)--([a-z][\w-]*)(?:[\s=]+([^\s-][^\s]*))?""")
_SUBSCRIPT = re.compile(r"""\[\s*['"]([A-Za-z_]\w*)['"]\s*\]""")
# a setting's value that names a choice (`"Event"`, `PAY_PER_REQUEST`), no number: not the
# author's own name for a thing (`"jobs"`, `"orders-fn"`)
_NAMED_VALUE = re.compile(r"""^['"]?([A-Z][A-Za-z_]{1,40})['"]?$""")
_DEFAULT = re.compile(r"\bdefault", re.IGNORECASE)
_NOT_NAMES = {"true", "false", "none", "null", "yes", "no", "self", "this"}
_YAML_KEY = re.compile(r"""^(\s*)(?:-\s+)?['"]?([\w][\w.$/()-]*?)['"]?\s*:(?:\s+(.*?))?\s*$""")
_YAML_TYPE = re.compile(r"""^\s*Type\s*:\s*['"]?(AWS::[\w:-]+)""")
# SAM's Globals sections, each the settings of every resource of that type
_SAM_GLOBALS = {"Function": "AWS::Serverless::Function", "Api": "AWS::Serverless::Api",
                "HttpApi": "AWS::Serverless::HttpApi",
                "SimpleTable": "AWS::Serverless::SimpleTable",
                "StateMachine": "AWS::Serverless::StateMachine"}
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
# what a fence's closing line becomes (its opening line too, but after a line that introduces
# it): a line that says nothing yet ends the block above it, so that a command's output
# indented below the fence (`    ClientError: ...`) is not read as the last comment's
# continuation, nor the comments of the next fence as items under that output (a blank line
# would leave the list, or the paragraph, open)
_FENCE_END = "<!-- -->"


_CODE_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)\s*\{?(?:" + "|".join(map(re.escape, _LANGUAGES))
                         + r")\b", re.IGNORECASE | re.MULTILINE)


def has_code_fence(text: str) -> bool:
    """Whether a note may hold a fence of code read here (a cheap test of its text)."""
    return ("```" in text or "~~~" in text) and bool(_CODE_FENCE.search(text))


def code_fence_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of every fence read here, its marks included."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        opened = _OPEN.match(lines[i])
        if not opened:
            i += 1
            continue
        end = _fence_end(lines, i, opened.group(2))
        if end is None:
            break
        if _LANGUAGES.get(opened.group(3).lower().strip("{}")):
            found.update(range(i, end + 1))
        i = end + 1
    return found


def _fence_end(lines: list[str], start: int, mark: str) -> int | None:
    """The index of the line that closes the fence opened at `start` with `mark`, or None."""
    return next((j for j in range(start + 1, len(lines))
                 if lines[j].strip().startswith(mark[0] * len(mark))
                 and not lines[j].strip().strip(mark[0])), None)


def fenced_code_to_items(lines: list[str]) -> list[str]:
    """`lines` with each fence of code of a known language read by its comments."""
    out = list(lines)
    trail: list[tuple[int, set[str]]] = []  # the headings above: (level, services named)
    i = 0
    while i < len(lines):
        line = lines[i]
        opened = _OPEN.match(line)
        if not opened:
            heading = _HEADING.match(line)
            if heading:
                level = len(heading.group(1))
                while trail and trail[-1][0] >= level:
                    trail.pop()
                trail.append((level, _services_in(heading.group(2))))
            i += 1
            continue
        end = _fence_end(lines, i, opened.group(2))
        if end is None:
            break  # an open fence runs to the note's end: left as written
        language = _LANGUAGES.get(opened.group(3).lower().strip("{}"))
        if language:
            body = lines[i + 1:end]
            read = (_yaml_items(body) if language == "yaml"
                    else _code_items(body, language))
            # the services of the section the fence is in: its nearest heading that names any
            named = next((services for _, services in reversed(trail) if services), set())
            out[i + 1:end] = [_say_service(text, service, named) for text, service in read]
            out[end] = opened.group(1) + _FENCE_END
            # a line that introduces the code ("With proxy integration you MUST return:") is
            # what its comments are under; anything else above (a command's output) is not
            said = next((out[k].strip() for k in range(i - 1, -1, -1) if out[k].strip()), "")
            out[i] = "" if said.endswith(":") else out[end]
        i = end + 1
    return out


def _services_in(text: str) -> set[str]:
    from studycli.services import find_services

    return {m.name for m in find_services(text)}


def service_named(name: str) -> str:
    """The service an SDK's or a CLI's name for it names (`sqs`, `dynamodb`, `logs`), or ""."""
    from studycli.services import find_services

    if name.lower() in _SDK_NAMES:
        return _SDK_NAMES[name.lower()]
    found = find_services(re.sub(r"[-_]", " ", name))
    return found[0].name if len(found) == 1 else ""


def _say_service(text: str, service: str, heading_services: set[str]) -> str:
    """An item of a fence, with the service its code is about when the heading above does not
    name it and the comment names none itself."""
    if (not service or heading_services == {service}
            or not text.lstrip().startswith("- ")):
        return text
    said = text.lstrip()[2:]
    if _services_in(said):
        return text
    return f"{text[:len(text) - len(text.lstrip())]}- {service}: {said}"


def _code_items(body: list[str], language: str) -> list[tuple[str, str]]:
    """A fence of source code or shell commands: (markdown line, service) per line."""
    out: list[tuple[str, str]] = []
    service = ""
    in_block = False
    # the comment lines just above this one, when a blank line (or the fence's start) is
    # above them: a block of comments of its own, not the end of the code before it
    above: list[int] | None = []
    for line in body:
        client = _CLIENT.search(line)
        named = service_named(next(g for g in client.groups() if g)) if client else ""
        if named and named != service:
            service = named
            # such comments just above the line that makes a client are about it
            # (`# STS: sessions up to 12 h` over `sts = boto3.client("sts")`)
            for k in above or ():
                out[k] = (out[k][0], service)
        text, is_comment = _code_line(line, language, in_block)
        in_block = language == "slash" and _opens_block(line, in_block)
        out.append((text, service))
        if not line.strip():
            above = []
        elif above is not None and is_comment:
            above.append(len(out) - 1)
        else:
            above = None
    return out


def _opens_block(line: str, in_block: bool) -> bool:
    """Whether a block comment (`/* ...`) is open after this line."""
    if in_block:
        return "*/" not in line
    return comment_of(line)[1]


def _code_line(line: str, language: str, in_block: bool) -> tuple[str, bool]:
    """One line of a fence of code as markdown, and whether it is a comment of its own."""
    if in_block:
        end = line.find("*/")
        text = line[:end] if end >= 0 else line
        return comment_item(text.strip().lstrip("*").strip()), True
    if language == "slash":
        comment, _ = comment_of(line)
        at = line.rfind(comment) if comment else -1
        # the code before the comment's mark (a "//" inside a string is no mark)
        code = re.sub(r"(?://+|/\*+)[!\s]*$", "", line[:at]) if at >= 0 else line
    else:
        code, comment = split_comment(line, "#")
        if line.lstrip().startswith("#"):
            code, comment = "", line.lstrip().lstrip("#")
            comment = comment[1:] if comment.startswith(" ") else comment
    if not comment or comment.startswith(("!", "|")) or not re.search(r"[A-Za-z0-9]", comment):
        return "", False  # a shebang, a cell option (`#| label:`), a rule
    if not code.strip():
        put_aside = _commented_out(comment, language)
        if put_aside is None:
            return comment_item(_comment_words(comment)), True
        code, comment = put_aside  # its own comment, if any, is about its setting
        if not comment:
            return "", False
    return _setting_item(code, comment, language), False


# a line of code a comment puts out of use: a setting whose value is one literal
# (`Timeout: 30`, `MaxNumberOfMessages=7,`, `"VisibilityTimeout": "60",`, `InvocationType:
# "DryRun"`), a call (`sqs.purge_queue(QueueUrl=url)`), an assignment of one
# (`resp = sqs.receive_message(...)`), a command (`aws sqs purge-queue ...`)
_SET_TO = re.compile(r"""^(['"]?)([A-Za-z_][\w.-]*)\1\s*[:=]\s*"""
                     r"""('[^']*'|"[^"]*"|-?\d[\d_]*(?:\.\d+)?|[A-Za-z_][\w.]*(?:\([^()]*\))?)"""
                     r"""\s*([,;]?)$""")
_CODE_NAME = re.compile(r"[a-z0-9][A-Z]|[_.]")  # `MemorySize`, `max_attempts`, `cfg.mode`
_CALL_OR_COMMAND = re.compile(
    r"""^(?:(?:(?:const|let|var)\s+)?[\w.\[\]'"]+\s*=\s*(?:await\s+|new\s+)?[\w.]+\(.*"""
    r"""|(?:await\s+)?[A-Za-z_][\w.]*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*[,;]?"""
    r"""|(?:\$\s+)?(?:aws|sam|cdk)\s+[a-z][\w-]*(?:\s.*)?)$""")


def _is_code(text: str) -> bool:
    """Whether a comment's text is a line of code (see above). A word and a word (`tip:
    idempotent`, `sync: RequestResponse`) is a note, unless the name is written as code
    (`InvocationType: RequestResponse`) or the line ends as code does (`,`)."""
    setting = _SET_TO.match(text)
    if setting:
        quote, name, value, end = setting.groups()
        if quote or end or value[0] in "'\"-0123456789" or _CODE_NAME.search(name):
            return True
    return bool(_CALL_OR_COMMAND.match(text))


def _commented_out(comment: str, language: str) -> tuple[str, str] | None:
    """A comment that is a line of code put out of use (`// InvocationType: "DryRun"  //
    just checks perms`, `# Timeout: 30`): its code and the comment after it (""), or None
    for a comment in words. Its numbers are the author's settings as much as the code's are:
    read as words, `# MaxNumberOfMessages=7` was the fact "max number of messages: 7"."""
    text = comment.strip()
    if language == "slash":
        inner, _ = comment_of(text)
        code = text[:text.find("//")] if inner and "//" in text else text
    else:
        code, inner = split_comment(text, "#")
    return (code, inner) if _is_code(code.strip()) else None


# a comment that opens with a parameter's name (`MaxNumberOfMessages 1..10`,
# `DurationSeconds: min 900`): two words at least, run together or joined by "_"
_LEADING_NAME = re.compile(r"^([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:_[a-z0-9]+)+)"
                           r"(?=\s*[:=]|\s+\d)")
# a name's last word that says the unit its value is in
_NAME_UNITS = {"seconds": "s", "secs": "s", "millis": "ms", "milliseconds": "ms", "minutes": "min",
               "hours": "h", "days": "days", "bytes": "bytes"}
# a bare number (no unit after it; not 0, which says "off" more often than a duration)
_BARE = re.compile(r"(?<![\w.,])(?!0(?!\d|[.,]\d))(\d+(?:[.,]\d+)*)"
                   r"(?![\d]|[.,]\d|\s*(?:[A-Za-z%$]|\.\.))")


def _name_as_words(comment: str) -> str:
    """A comment that opens with a parameter's name ending in a unit, with the name as its
    words and the unit on its bare numbers (`DurationSeconds: min 900 (15 min), default 3600`
    -> `duration: min 900 s (15 min), default 3600 s`): a bare number took its unit from the
    next number's brackets ("3600 min"). Other names are left as written: the parser knows
    an operation's name (`BatchGetItem: max 100 items, 16 MB`) as what the line is about,
    and as words ("batch get item: ... 16 MB") its size was an item's."""
    named = _LEADING_NAME.match(comment)
    if not named:
        return comment
    name, rest = named.group(1), comment[named.end():]
    words = setting_words(name, rest)
    last = words.rsplit(" ", 1)[-1]
    unit = _NAME_UNITS.get(last)
    if not unit or " " not in words:
        return comment
    words = words.rsplit(" ", 1)[0].removesuffix(" in")
    return words + _BARE.sub(lambda m: f"{m.group(1)} {unit}", rest)


def _comment_words(comment: str) -> str:
    """A comment line's text, an opening parameter's name as words (its indent kept)."""
    text = comment.lstrip()
    return comment[:len(comment) - len(text)] + _name_as_words(text)


def _setting_item(code: str, comment: str, language: str) -> str:
    """A comment beside a line of code, as an item of the setting it annotates (the last
    keyword argument or key on the line, or a subscript; a command's last option), with the
    setting's named value; the comment alone where the line sets nothing. A variable that
    is assigned (`url = s3.generate_presigned_url(...)`) is the author's name, no setting."""
    if language == "shell":
        found = list(_OPTION.finditer(code))
    else:
        assigned = _ASSIGNED.match(code)
        found = [m for m in _SETTING.finditer(code)
                 if not assigned or m.start(1) >= assigned.end()]
    name, value = (found[-1].group(1), (found[-1].group(2) or "").strip()) if found else ("", "")
    if not name:
        sub = _SUBSCRIPT.findall(code)
        name = sub[-1] if sub else ""
    if not name:
        return comment_item(comment)
    return _item(name, value, comment)


def _item(name: str, value: str, comment: str) -> str:
    words = setting_words(name, comment)
    named = _named_value(value, comment)
    if named:
        words = f"{words} {named}"
    return f"- {words}: {_name_as_words(comment.strip())}"


def _named_value(value: str, comment: str) -> str:
    """A setting's value that names a choice, which its comment is about (`InvocationType:
    "Event",  // async -> HTTP 202`), or "". Not where the comment says what the default is
    (`ReturnValues='UPDATED_NEW'  # NONE is default`): it is about the setting, whose
    default is no more the author's choice."""
    named = _NAMED_VALUE.match(value.rstrip(",").strip())
    if not named or named.group(1).lower() in _NOT_NAMES or _DEFAULT.search(comment):
        return ""
    return named.group(1)


def _yaml_items(body: list[str]) -> list[tuple[str, str]]:
    """A fence of YAML (a template, a fragment of one): template_to_markdown's items, its
    headings dropped (the note's own headings stay its sections), each line with the service
    of the resource it is under."""
    put_aside: dict[int, tuple[str, str]] = {}
    for k, line in enumerate(body):
        unused = _commented_out(line.lstrip().lstrip("#"), "yaml") \
            if line.lstrip().startswith("#") else None
        if unused is not None:
            put_aside[k] = unused
    # a setting put out of use is read as a blank line, its own comment as its setting's
    read = template_to_markdown(["" if k in put_aside else line for k, line in enumerate(body)])
    services = _yaml_services(body)
    out: list[tuple[str, str]] = []
    for k, (line, text) in enumerate(zip(body, read, strict=True)):
        if k in put_aside:
            code, comment = put_aside[k]
            text = _setting_item(code, comment, "yaml") if comment else ""
        elif text.startswith("#"):
            text = ""
        elif text.startswith("- ") and not line.lstrip().startswith("#"):
            code, comment = split_comment(line, "#")
            key = _YAML_KEY.match(code)
            if key and comment and text.endswith(comment):
                named = _named_value(key.group(3) or "", comment)
                if named:
                    head = text[:len(text) - len(comment)].rstrip().removesuffix(":")
                    text = f"{head} {named}: {comment}"
        out.append((text, services[k]))
    return out


def _yaml_services(body: list[str]) -> list[str]:
    """Per line of a YAML fence, the service of the resource it is under: a key whose own
    `Type: AWS::...` says what it is, or SAM's `Globals` section of a resource type."""
    typed: dict[int, str] = {}
    open_keys: list[tuple[int, int, str]] = []  # (indent, line, key)
    for k, line in enumerate(body):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        while open_keys and open_keys[-1][0] >= indent:
            open_keys.pop()
        kind = _YAML_TYPE.match(line)
        if kind and open_keys:
            typed[open_keys[-1][1]] = kind.group(1)
        key = _YAML_KEY.match(split_comment(line, "#")[0])
        if key:
            name = key.group(2)
            if (name in _SAM_GLOBALS and len(open_keys) == 1
                    and open_keys[0][2] == "Globals"):
                typed[k] = _SAM_GLOBALS[name]
            open_keys.append((indent, k, name))
    out: list[str] = []
    scopes: list[tuple[int, str]] = []  # (indent of the typed key, its service)
    for k, line in enumerate(body):
        indent = len(line) - len(line.lstrip())
        if line.strip() and not line.lstrip().startswith("#"):
            while scopes and scopes[-1][0] >= indent and k not in typed:
                scopes.pop()
            if k in typed:
                while scopes and scopes[-1][0] >= indent:
                    scopes.pop()
                scopes.append((indent, _service_named_type(typed[k])))
            out.append(scopes[-1][1] if scopes else "")
        else:
            # a comment as far out as a resource's key is not in it
            inner = [s for s in scopes if s[0] < indent]
            out.append(inner[-1][1] if inner and line.strip() else "")
    return out


def _service_named_type(type_name: str) -> str:
    words = type_heading(type_name)
    found = _services_in(words)
    return sorted(found)[0] if len(found) == 1 else ""

"""A terminal session kept as a note, read as the student means it.

A developer studies by running the AWS CLI and keeps the session: prompts (`$ aws sqs
get-queue-attributes ...`, `student@lab:~$ ...`, `[dev@box ~]$ ...`, an asciinema recording's
`[00:02.1] ~/labs $ ...`, a history file's `  501  aws ec2 ...`), the JSON, table or text the
command printed, the errors AWS answered, and `# comments` under and beside them. Read as
markdown, every `#` comment was a heading and the output a paragraph of braces.

Here, line for line:
- a command `aws SERVICE ...` is a heading naming its service: what follows is that
  service's (`aws s3api` is S3's, `aws elbv2` ELB's: CLI_NAMESPACES);
- a comment is an item of its words (the prompt before it, the `#`s and a `>>`, `^` or `<-`
  dropped);
- a line of output is the machine's and is no note, unless the student wrote beside it
  (`"VisibilityTimeout": "30",   # <- default 30 sec, max is 12 hrs`): then it is the
  setting the output names, said in words with the unit the API states it in
  (formats/api_units.py), and what the comment says of it ("visibility timeout: default 30
  sec, max is 12 hrs"); a bare "# <- default" or "<- max" beside a value makes the value
  that default or maximum ("timeout default: 3 s");
- an error AWS answered (`An error occurred (InvalidAttributeValue) when calling the
  SetQueueAttributes operation: Invalid value for ...`) is its code and what it means, said
  as a notebook's error output is (formats/notebook_errors.py).
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

# An asciinema or `script -T` recording's time before every line: "[00:02.1] "
_TIME_STAMP = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\] ?")
# A shell prompt before a command or a comment: "$ ", "user@host:~/dir$ ", "[user@host dir]$ ",
# "~/labs/db $ ", "PS C:\\> "; a bash history's numbered entry ("  501  aws ec2 ...") is one
# where the command is the AWS CLI's, a namespace and a verb ("aws sqs get-queue-url", "aws s3
# ls"): a numbered line of anything else is a list ("  1  aws is the CLI, console the GUI")
_PROMPT_HEAD = (r"(?:[\w.-]+@[\w.-]+(?::[^\s$]*)?|\[[\w.-]+@[\w.-]+[^\]\n]{0,80}\]"
                r"|~[^\s$]*|/[^\s$]*)?[ \t]?\$[ \t]+")
_CLI_VERB = r"(?:[a-z0-9]+-[a-z0-9-]+|ls|cp|mv|rm|mb|rb|sync|presign|invoke|wait)(?:[ \t]|$)"
PROMPT = re.compile(rf"^(?:{_PROMPT_HEAD}|PS [A-Z]:\\[^>\n]{{0,80}}> |"
                    rf"[ \t]*\d{{1,6}}[ \t]+(?=aws[ \t]+[a-z0-9-]+[ \t]+{_CLI_VERB}))(?=\S)")
# The AWS CLI's namespaces that are no service alias (services.json holds "sqs", "ssm"...),
# each to a canonical name or subject of services.json (tests/test_attrib17b_review.py)
CLI_NAMESPACES = {"s3api": "S3", "logs": "CloudWatch Logs", "events": "EventBridge",
                  "elbv2": "ELB", "cognito-idp": "Cognito", "cognito-identity": "Cognito",
                  "apigatewayv2": "API Gateway", "dynamodbstreams": "DynamoDB Streams"}
_AWS_COMMAND = re.compile(r"^aws\s+([a-z0-9-]+)\s+[a-z0-9-]+")
# a comment: its "#"s, and a mark pointing at the line it is about ("# ^ yep", "# >> 100",
# "# <- default")
_COMMENT = re.compile(r"^[ \t]*#{1,6}[ \t]*(?:(?:\^|>+|<-+|=>)[ \t]*)?(\S.*)$")
# a markdown heading the student wrote between the commands: two "#"s or more, then its words
# (a shell comment, "# max 14 days", has one; "## <- default" points at a line, no heading)
_HEADING = re.compile(r"^#{2,6}[ \t]+(?!\^|>|<-|=>)\S")
# what the student wrote beside a line of output: "  # <- default", "   <- 1 day"
_BESIDE = re.compile(r"[ \t]+(?:#+[ \t]*(?:<-+|\^)?|<-+)[ \t]*([^\s#].*)$")
# in a comment, output pasted is told by the arrow alone ("#   | Name | 1000 |  <- default"):
# a "#" there closes a banner ("#### S3 max 5 GB ####")
_ARROW_BESIDE = re.compile(r"[ \t]+<-+[ \t]*([^\s#].*)$")
# what AWS answered: "An error occurred (Code) when calling the Op operation: message" (the
# operation or the message cut by the student's "...")
_AWS_ERROR = re.compile(r"An error occurred \(([\w.:-]{2,80})\)(?: when calling the (\w{2,80})"
                        r" operation(?: \(reached max retries: \d+\))?)?[ \t.]*:?[ \t]*(.*)$")
# a line of output naming a setting and its value: JSON's `"Name": value,`, a table's
# `| Name | value |`, the text output's `LABEL  name  value` (`ATTRIBUTES  stickiness.enabled
# false`)
_JSON_PAIR = re.compile(r'^\s*"([A-Za-z][\w.-]{1,80})"\s*:\s*"?([^",{}\[\]]{1,60}?)"?\s*,?\s*$')
_TABLE_PAIR = re.compile(r"^\s*\|+\s*([A-Za-z][\w.-]{1,80})\s*\|\s*([^|]{1,60}?)\s*\|+\s*$")
_TEXT_PAIR = re.compile(r"^\s*(?:[A-Z][A-Z_]+\s+)?([A-Za-z][\w-]*(?:[._][\w-]+)+|[A-Z][a-z]+"
                        r"(?:[A-Z][a-z]+)+)\s+(\S{1,40})\s*$")
# a remark that ends in a figure with no unit ("max 10240", "default is 3")
_BARE_FIGURE = re.compile(r"\d[\d,.]*\s*$")
# a note is a session with this many prompts outside fences
MIN_PROMPTS = 3
# a comment that only says which bound the value beside it is ("<- default", "# max")
_BARE_BOUND = re.compile(r"^(default|max(?:imum)?|min(?:imum)?|limit|hard limit)\b[\s!.:]*"
                         r"(?:\((.*)\))?\s*$", re.IGNORECASE)


# a prompt anywhere in a note's text (a recording's time stamp before it): MIN_PROMPTS of them
# are what may_be_session looks for before any line is split or a fence looked for
_ANY_PROMPT = re.compile(rf"^(?:{_TIME_STAMP.pattern[1:]})?(?:{PROMPT.pattern[1:]})",
                         re.MULTILINE)


def may_be_session(text: str) -> bool:
    """A cheap test of a note's text before its lines are looked at: most notes hold no
    prompt, and are not split into lines again nor their fences looked for."""
    if "$ " not in text and "aws" not in text and "> " not in text:
        return False
    found = _ANY_PROMPT.finditer(text)
    return sum(1 for _ in zip(range(MIN_PROMPTS), found, strict=False)) >= MIN_PROMPTS


def timed(lines: list[str]) -> bool:
    """Whether most lines of a note carry a recording's time stamp (asciinema's "[00:02.1]")."""
    written = [line for line in lines if line.strip()]
    return len(written) >= MIN_PROMPTS and sum(
        1 for line in written if _TIME_STAMP.match(line)) * 2 > len(written)


def prompts(lines: list[str], strip: bool | None = None,
            fenced: list[bool] | None = None) -> int:
    """How many of `lines` (outside fences) are a shell prompt's. `strip` (timed(lines)) and
    `fenced` (in_fence_mask(lines)) where the caller has them already."""
    strip = timed(lines) if strip is None else strip
    fenced = in_fence_mask(lines) if fenced is None else fenced
    return sum(1 for line, f in zip(lines, fenced, strict=True)
               if not f and PROMPT.match(_TIME_STAMP.sub("", line) if strip else line))


def is_session(lines: list[str]) -> bool:
    return prompts(lines) >= MIN_PROMPTS


def session_to_items(lines: list[str]) -> None:
    """Read a terminal session's `lines` in place, as the module says; a note with fewer than
    MIN_PROMPTS prompts outside fences is left as it is."""
    strip, fenced = timed(lines), in_fence_mask(lines)  # (each once: stamps keep fences)
    if prompts(lines, strip, fenced) < MIN_PROMPTS:
        return
    if strip:
        lines[:] = [_TIME_STAMP.sub("", line) for line in lines]
    service: str | None = None  # the service of the last command, whose output follows
    output = False  # inside a command's output: from its prompt to a blank line or comment
    for i, line in enumerate(lines):
        if fenced[i] or not line.strip():
            output = False
            continue
        prompt = PROMPT.match(line)
        body = line[prompt.end():] if prompt else line
        comment = _COMMENT.match(body)
        command = _AWS_COMMAND.match(body)
        if not prompt and _HEADING.match(line):
            # "## Kinesis": the student's own markdown heading (a shell comment has one "#"),
            # kept, and what follows is of the service it names, not the last command's
            service, output = None, False
            continue
        if comment:
            lines[i] = _comment_said(comment.group(1), service)
            output = False
        elif command:
            # "$ aws kinesis put-record ...": what follows is of that service, as under a heading
            service = _namespace_service(command.group(1))
            lines[i] = f"# {service}"  # its verb is no topic
            output = True
        elif prompt:
            lines[i] = "- " + body.strip()
            output = True
        elif output or _AWS_ERROR.search(line):
            lines[i] = _output_said(line, service)


def _comment_said(text: str, service: str | None) -> str:
    """A comment as an item: an error or a line of output pasted into it is read as one."""
    return pasted_output_said(text, service) or "- " + text.strip()


def pasted_output_said(text: str, service: str | None = None) -> str:
    """A comment's text that is a command's output pasted (an error AWS answered, a value with
    the student's remark beside) as the item it means, else "" (a shell history's comments,
    formats/code_comments.py, hold them too)."""
    if _AWS_ERROR.search(text) or _ARROW_BESIDE.search(text):
        return _output_said(text, service)
    return ""


def command_service(line: str) -> str | None:
    """The service an `aws SERVICE verb ...` command line (its prompt, if any, before it) is
    of, as a heading names it; None for any other line."""
    prompt = PROMPT.match(line)
    command = _AWS_COMMAND.match(line[prompt.end():] if prompt else line.lstrip())
    return _namespace_service(command.group(1)) if command else None


def _namespace_service(namespace: str) -> str:
    """The service an aws CLI namespace is of ("lambda" Lambda's; one unlisted as written)."""
    return CLI_NAMESPACES.get(namespace, namespace)


def _output_said(line: str, service: str | None) -> str:
    """A line of a command's output as the student means it: an error AWS answered, or a
    setting the student wrote beside; else nothing (the machine's output is no note)."""
    if error := _AWS_ERROR.search(line):
        return error_said(error)
    beside = _BESIDE.search(line)
    if beside is None:
        return ""
    value_line, remark = line[:beside.start()], beside.group(1).strip()
    pair = (_JSON_PAIR.match(value_line) or _TABLE_PAIR.match(value_line)
            or _TEXT_PAIR.match(value_line))
    if pair is None:
        return f"- {value_line.strip()}: {remark}" if value_line.strip() else ""
    from studycli.formats.api_units import setting_said

    name, value = setting_said(pair.group(1), pair.group(2).strip(), service)
    bound = _BARE_BOUND.match(remark)
    if bound:  # "<- default": the value beside is that default
        rest = f" ({bound.group(2)})" if bound.group(2) else ""
        return f"- {name} {bound.group(1).lower()}: {value}{rest}"
    if any(c.isdigit() for c in remark):
        # the comment says its own figures: the student's, in the API's unit where it ends in
        # a bare number ("MemorySize": 1024  # <- max 10240: "max 10240 MB")
        unit = value[len(pair.group(2).strip()):].strip()
        if unit and _BARE_FIGURE.search(remark):
            remark = f"{remark} {unit}"
        return f"- {name}: {remark}"
    # the value is this resource's setting, not a bound of the service's ("MaximumMessageSize"
    # is what one queue is set to; "45  # <- I changed it from the default"), and the remark
    # says no bound nor figure of its own: no fact (review of session 45)
    return ""


def error_said(error: re.Match[str]) -> str:
    """An error AWS answered as an item: its operation in words, its code, what it means
    ("- purge queue error PurgeQueueInProgress: Only one PurgeQueue operation ... every 60
    seconds"): the words a student asks with ("purge queue error"), the code as AWS names it
    (its service's prefix, "AWS.SimpleQueueService.", dropped)."""
    from studycli.formats.code_names import identifier_words

    code, operation, message = error.groups()
    code = code.rsplit(".", 1)[-1] if code.startswith("AWS.") else code
    message = message.strip().rstrip(".").strip()
    said = f"{' '.join(identifier_words(operation))} error {code}" if operation \
        else f"error {code}"
    return f"- {said}: {message}" if message else f"- {said}"

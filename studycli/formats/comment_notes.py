"""Whether a JavaScript or TypeScript file found in a folder is the student's notes written
as comments in code: a CDK stack kept as a cheat sheet ("// AWS reserves 5 IPs in every
subnet", "interval: cdk.Duration.seconds(30),   // default 30 s").

A folder holds scripts by the thousand (a tool's, a package's, a project's), so such a file
is passed over unless it keeps named constants (`code_constants.holds_facts`) or, here, its
comments read as study notes: many of them name AWS services (three or more different ones)
and many state figures, and they are not outweighed by the code around them (a project's
stack has a comment for every few dozen lines; a student's has one for every line or two).
API documentation (JSDoc's `@param`, `@returns`) names services and figures densely too, and
is no student's notes. Nor is a program's code however densely commented: a handler
(`exports.handler`, `export const handler`), a file making an AWS SDK client
(`@aws-sdk/client-s3`, `aws-sdk`) or reading its environment (`process.env`), or an app's
entry (`new cdk.App()`, `app.synth()`) describes its own deployment ("memory 1024 MB, timeout
60 s"), and a stack whose comments beside its props mostly restate the values the props set
(`memorySize: 256, // 256 MB`, a workshop's) documents its settings, where a student's writes
AWS's figures beside them (`interval: cdk.Duration.seconds(45), // default 30 s`). Whatever
passes is read by its comments only (`code_comments`): the code's own values stay the
program's settings.
"""

from __future__ import annotations

import re

from studycli.formats.code_comments import code_and_comments

_DIGIT = re.compile(r"\d")
_SNIFF_LINES = 400
_MIN_NAMING = 5  # comment lines that name an AWS service
_MIN_FIGURES = 5  # comment lines that state a number (not one of a service's name)
_MIN_SERVICES = 3  # different services the comments name: notes range over a topic
# what only a program holds: a handler, an SDK client, its environment, an app's entry
_PROGRAM = re.compile(r"\bexports\.handler\b|\bexport\s+(?:const|let|async\s+function|function)"
                      r"\s+handler\b|['\"](?:@aws-sdk/|aws-sdk['\"/])|\bprocess\.env\b"
                      r"|\bnew\s+(?:cdk\.)?App\s*\(|\bapp\.synth\s*\(")
# a number written as one, not the digit of a name (`NODEJS_20_X`, `gp2`, `S3`)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_MIN_RESTATED = 3  # comments beside code restating its values that make a stack documented
# a bound or a default said of the value: a student setting a prop to AWS's figure and
# noting it (`timeout: cdk.Duration.minutes(15), // max 15 min`), no restatement
_BOUND = re.compile(r"\b(?:max|maximum|min|minimum|default|limit|up\s+to|at\s+most|hard)\b",
                    re.IGNORECASE)


def comments_are_notes(text: str) -> bool:
    """Whether a C-family source file's comments are a student's notes (see the module)."""
    from studycli.services import find_services, without_service_names

    read = list(code_and_comments(text.split("\n")[:_SNIFF_LINES]))
    comments = [comment.strip() for _code, comment, _in_block in read if comment.strip()]
    code = sum(1 for line_code, _comment, _in_block in read if line_code.strip())
    if len(comments) < max(_MIN_NAMING, _MIN_FIGURES) or 2 * len(comments) < code:
        return False
    if any(_PROGRAM.search(line_code) for line_code, _comment, _in_block in read) \
            or _restates_its_code(read):
        return False
    if 10 * sum(1 for c in comments if c.startswith("@")) >= len(comments):
        return False  # API documentation's tags
    naming = figures = 0
    services: set[str] = set()
    for comment in comments:
        named = find_services(comment)
        naming += bool(named)
        services.update(m.name for m in named)
        figures += bool(_DIGIT.search(without_service_names(comment) if named else comment))
    return naming >= _MIN_NAMING and figures >= _MIN_FIGURES and len(services) >= _MIN_SERVICES


def _restates_its_code(read: list[tuple[str, str, bool]]) -> bool:
    """Whether the comments beside code that state figures mostly state only the figures that
    line of code sets (`readCapacity: 5, // 5 RCU`): a project's documented settings. `read`:
    code_and_comments' reading of the lines."""
    beside = restated = 0
    for code, comment, _in_block in read:
        said = set(_NUMBER.findall(comment)) if comment and code.strip() else set()
        if not said or _BOUND.search(comment):
            continue
        beside += 1
        restated += said <= set(_NUMBER.findall(code))
    return restated >= _MIN_RESTATED and 2 * restated >= beside

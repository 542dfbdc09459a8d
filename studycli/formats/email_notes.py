"""Notes a student mailed to themselves, saved as an email (`.eml`), line for line as markdown.

Read as plain text, the message's header was a dozen facts filed under AWS SAM (its sender,
"Sam K <sam.k.studies@...>", named the service), its date a number of nothing. Here the
header is blank lines but for the subject, a line of the note ("Re:" and "Fwd:" left out; not
a heading: "sec + monitoring notes (IAM/KMS/cognito/...)" would file every line below under
the first service it names); a reply's "On <date>, <name> wrote:" line and the signature
after a "-- " line are blank; quoted lines ("> ...") stay quoted, the notes they are. A
multipart message keeps the text of its plain-text parts, its boundaries and part headers
blank, its HTML and attachments (a part whose Content-Disposition says "attachment") unread.
Quoted-printable text is decoded, a soft line break joining the next line onto its own (that
line left blank). Base64 text (Gmail's and Apple Mail's whenever the body has one non-ASCII
character) is decoded onto the encoded lines, one line of the note on each; a note of more
lines than its encoding takes the rest after it, numbered on from there.

A forward or a quoted reply carries another header in the body: "---------- Forwarded message
---------" (Gmail), "-----Original Message-----" (Outlook), "Begin forwarded message:" (Apple
Mail), then "From: Sam K <...>", "Date:", "To:". Those fields are blank too (the subject kept,
as the message's own is); an attribution Gmail wrapped onto two lines ("On Sun, Nov 30, 2026
at 9:12 PM Sam K <...>" then "wrote:") is blank as one; a Thunderbird or mbox file's first
line ("From - Mon Dec 01 ...") is no note either.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^([!-9;-~]+):\s?(.*)$")  # a header field: a name of printable
# characters but ":", then its value
_CONTINUED = re.compile(r"^[ \t]+\S")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^\s*(?:On\s.{4,200}\bwrote:|Am\s.{4,200}\bschrieb.{0,60}:|"
                          r"Le\s.{4,200}\ba écrit\s?:)\s*$")
_ATTRIBUTION_START = re.compile(r"^\s*(?:On|Am|Le)\s")
_FORWARD_MARK = re.compile(r"^\s*(?:-{2,}\s*(?:Forwarded|Original)\s+Message\s*-{2,}|"
                           r"Begin forwarded message:)\s*$", re.IGNORECASE)
_MBOX_FROM = re.compile(r"^From \S")  # an mbox separator: "From - Mon Dec 01 ...", no colon
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_QP_BYTE = re.compile(r"=([0-9A-Fa-f]{2})")


def email_to_markdown(lines: list[str]) -> list[str]:
    out = [""] * len(lines)
    header, body = _header(lines, 1 if lines and _MBOX_FROM.match(lines[0]) else 0)
    _subject(header, out)
    _body(lines, body, len(lines), header, out)
    # a base64 note of more lines than its encoding: the rest after it (formats.RENUMBERED)
    return "\n".join(out).split("\n") if any("\n" in line for line in out) else out


def _subject(header: dict[str, tuple[int, str]], out: list[str]) -> None:
    subject = _decoded_header(header.get("subject", (0, ""))[1])
    if subject:
        out[header["subject"][0]] = _REPLY_PREFIX.sub("", subject)


def _header(lines: list[str], start: int) -> tuple[dict[str, tuple[int, str]], int]:
    """The header fields from line `start` (lower-case name -> its line and its value,
    folded lines joined) and the index of the first line after the blank line ending it."""
    fields: dict[str, tuple[int, str]] = {}
    name = ""
    i = start
    while i < len(lines) and lines[i].strip():
        field = _FIELD.match(lines[i])
        if field:
            name = field.group(1).lower()
            fields[name] = (i, field.group(2).strip())
        elif _CONTINUED.match(lines[i]) and name:
            at, value = fields[name]
            fields[name] = (at, value + " " + lines[i].strip())
        else:
            return fields, i  # no header after all: a note whose first line has a colon
        i += 1
    return fields, i + 1


def _body(lines: list[str], start: int, end: int, header: dict[str, tuple[int, str]],
          out: list[str]) -> None:
    """Lines start..end of a message (or a part) with this header, into `out`."""
    kind = header.get("content-type", (0, "text/plain"))[1].lower()
    boundary = _BOUNDARY.search(header.get("content-type", (0, ""))[1])
    if kind.startswith("multipart/") and boundary:
        mark = "--" + boundary.group(1).strip()
        starts = [i for i in range(start, end) if lines[i].strip() in (mark, mark + "--")]
        for k, at in enumerate(starts):
            if lines[at].strip() == mark + "--":
                break
            part, first = _header(lines, at + 1)
            _body(lines, first, starts[k + 1] if k + 1 < len(starts) else end, part, out)
        return
    disposition = header.get("content-disposition", (0, ""))[1].lower()
    if not kind.startswith("text/plain") or disposition.startswith("attachment"):
        return  # HTML (its plain-text twin is read), an attachment
    encoding = header.get("content-transfer-encoding", (0, ""))[1].lower()
    if encoding == "base64":
        _base64_body(lines, start, end, kind, out)
        return
    quoted_printable = encoding == "quoted-printable"
    i = start
    while i < end:
        line = lines[i]
        if line.rstrip() == "--":  # the signature's delimiter ("-- "): the rest is no note
            break
        first = i
        if quoted_printable:
            while line.endswith("=") and i + 1 < end:  # a soft line break
                i += 1
                line = line[:-1] + lines[i]
            line = _qp_decoded(line)
        if _FORWARD_MARK.match(line):
            i = _quoted_header(lines, i + 1, end, out)
            continue
        if _ATTRIBUTION_START.match(line) and i + 1 < end and _ATTRIBUTION.match(
                line + " " + lines[i + 1].strip()):
            i += 2  # "On <date> Sam K <...>" wrapped before "wrote:": both blank
            continue
        out[first] = "" if _ATTRIBUTION.match(line) else line
        i += 1


def _quoted_header(lines: list[str], start: int, end: int, out: list[str]) -> int:
    """The header a forwarded or quoted message carries in the body (after its marker line):
    blank but its subject. The index of the first line after it."""
    i = start
    while i < end and (_FIELD.match(lines[i]) or (i > start and _CONTINUED.match(lines[i]))):
        field = _FIELD.match(lines[i])
        if field and field.group(1).lower() == "subject":
            out[i] = _REPLY_PREFIX.sub("", _decoded_header(field.group(2)))
        i += 1
    return i


def _base64_body(lines: list[str], start: int, end: int, kind: str, out: list[str]) -> None:
    """A base64 text part, decoded onto its encoded lines (start..end), one line of the note
    on each; the lines a note has more than its encoding go after the last."""
    import base64  # only for such a message
    import binascii

    if end <= start:
        return
    charset = re.search(r'charset="?([\w.:-]+)', kind)
    encoded = "".join(line.strip() for line in lines[start:end])
    try:
        raw = base64.b64decode(encoded + "=" * (-len(encoded) % 4))
        text = raw.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except (binascii.Error, ValueError, LookupError):
        return
    decoded = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
    ends = [line.rstrip() for line in decoded]
    if "--" in ends:  # the signature's delimiter: the rest is no note
        decoded = decoded[:ends.index("--")]
    body = ["" if _ATTRIBUTION.match(line) else line for line in decoded]
    slots = end - start
    for k, line in enumerate(body[:slots]):
        out[start + k] = line
    if len(body) > slots:
        out[start + slots - 1] += "\n" + "\n".join(body[slots:])


def _qp_decoded(line: str) -> str:
    raw = _QP_BYTE.sub(lambda m: chr(int(m.group(1), 16)), line)
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw


def _decoded_header(value: str) -> str:
    """A header's value with its encoded words ("=?UTF-8?Q?...?=") decoded."""
    if "=?" not in value:
        return value.strip()
    from email.header import decode_header, make_header  # 13 ms: only for such a subject

    try:
        return str(make_header(decode_header(value))).strip()
    except (ValueError, LookupError, UnicodeDecodeError):
        return value.strip()

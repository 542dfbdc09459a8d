"""A practice-exam journal's line: the student's wrong pick and the right answer, one measure.

"Q23 S3 Glacier Deep Archive min storage: I picked 90 days, answer was 180 days!!",
"got it wrong: picked 99.9% for S3 Standard availability, answer 99.99%", "Q11 Lambda
default timeout - picked 30 s, it's actually 3 s", "Q20 ALB deregistration delay default:
put 60 s, real answer 300 s", "correct: 24 h (I said 1 h)": a figure after a word of the
student's own choice (picked, chose, said, put, answered, went with, selected, guessed,
thought, "my answer") is the wrong one, and a figure after a word that gives the right one
(answer, correct, actually, real/right answer, it's, should have been) is what the measure
the line names really is. The pick's word is the student's own (first person, or opening its
clause: "S3 single put 5 GB" is S3's PUT); a figure after "wrong answer" is a distractor; and
after a bare "it's", "actually" or "wrong" a figure answers the pick only where no other
measure's words stand between them ("I put 512 MB default, max it's 10 GB" gives two).

Read as they stand, such lines filed the pick as a limit of its own ("availability
(picked)"), the answer under a label that is no measure ("(real answer)", "(actually)"),
and the answer without the measure's qualifier when the measure's name came before the
pick ("min storage" lost, so the answer was a bare "duration"). Here the line is read for
its figures as "MEASURE: ANSWER": the words that name the measure (before the pick, and
between the pick and the answer: "for S3 Standard availability"), then the answer's figure
and what follows it. The pick is read nowhere; the line itself is still kept whole as the
note's statement.

Only where both figures are there, of one kind (two durations, two sizes): "I picked SQS
because it keeps messages 14 days" has no answer after it, and stays as it was.
"""

from __future__ import annotations

import re

from studycli.extract.quantities import find_quantities

# the student's own choice, right before its figure ("I picked", "went with", "my answer was"):
# in the first person, or a verb that opens its clause ("Q20 ALB delay: put 60 s", "-> said
# 64 KB"), as attribution's _OWN_MISTAKE_BEFORE reads one. A verb after any other word is no
# pick: "S3 single put 5 GB" is S3's PUT, "The instructor said 5 min" a third party's word
_PICK_VERB = (r"(?:(?:picked|chose|choose|selected|said|put|answered|guessed|wrote|thought)"
              r"(?:\s+(?:it|that|they)(?:\s+was|\s+is|\s+were|'s|s)?)?"
              r"|went\s+(?:with|for)|opted\s+for)")
_PICK = re.compile(
    r"(?:(?<![\w'])(?<!\bas\s)(?<!\blike\s)i\s+(?:(?:had|have)\s+)?" + _PICK_VERB
    + r"|(?:^[\s\-*+>]*|[:;,.!?(\[>=\-–—]\s*)" + _PICK_VERB
    + r"|(?<![\w'])my\s+(?:answer|pick|choice|guess)(?:\s+was|\s+is)?)"
    r"\s*[:=]?\s*[*_`~]*$", re.IGNORECASE)
# the right answer's word, right before its figure ("answer was", "real answer", "it's
# actually", "correct:", "should have been"); never "wrong answer: 5 min", a distractor
_RIGHT = re.compile(
    r"(?<![\w'])(?:(?:the\s+)?(?:real|right|correct|actual|true)\s+(?:answer|one|value)"
    r"|(?<!wrong\s)(?<!incorrect\s)answer|correct(?:ion)?|actually|it'?s|it\s+is"
    r"|should\s+(?:have\s+been|be)|wrong(?!\s+(?:answers?|options?|choices?|ones?|picks?)\b))"
    r"(?:\s+(?:is|was|=|it'?s|it\s+is|actually|really|answer))*\s*[:=!,]?\s*[*_`~]*$",
    re.IGNORECASE)
# ... and only "answer", "correct", "should have been" say it is the right one by themselves:
# after a bare "it's", "actually" or "wrong" the figure answers the pick only with nothing but
# joins between them ("picked 30 s, it's actually 3 s"); "I put 512 MB default, max it's
# 10 GB", "wrote 1 KB per WCU, it's 4 KB per RCU" go on to another measure
_STRONG = re.compile(r"(?<![\w'])(?:answer|correct(?:ion)?|should|(?:real|right|actual|true)\s+"
                     r"(?:one|value))\b", re.IGNORECASE)
_MARK_WINDOW = 40  # characters before a figure its word may take
# what opens a journal line without naming the measure: "got it wrong:", "missed:"
_OPENING = re.compile(
    r"^\W*(?:(?:got\s+(?:it|this|that)\s+wrong|wrong|missed|mistake|oops)\W*)+",
    re.IGNORECASE)
# ... or closes the question's label: "Q12 SQS retention: got it wrong: I picked 7 days"
_CLOSING = re.compile(
    r"(?:[\s:;,.\-–—>(\[]*\b(?:got\s+(?:it|this|that)\s+wrong|wrong|missed|mistake|oops)\b"
    r"[\s:;,.!)\]]*)+$", re.IGNORECASE)
# the joins around the pick that name nothing: "for", "on", separators, "but"
_JOIN_BEFORE = re.compile(r"[\s:;,.?\-–—>=(\[]+$")
_LEAD_WORDS = re.compile(r"^[\s,;:.!)\]\-–—>]*(?:(?:for|on|as|of|about|but|and)\b\s*)*",
                         re.IGNORECASE)
_TRAIL_WORDS = re.compile(r"(?:[\s,;:.!(\[\-–—>]|\b(?:but|and|so)\b)*$", re.IGNORECASE)
# "(wrong)", "- wrong!": the line's verdict on the pick, no word of the measure
_VERDICT = re.compile(r"[(\[]\s*(?:wrong|incorrect|x|✗)\s*[)\]]"
                      r"|(?:[,\-–—>]|^)\s*(?:wrong|incorrect)\b\W*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?=\s)")
# (whole words: "throughput", "input", "unsaid" are no cue, and each would send a limit line
# through the journal's reading of its quantities for nothing)
_CUE = re.compile(r"\b(?:picked|chose|choose|selected|said|put|answered|guessed|wrote|thought|"
                  r"went|opted|my\s+(?:answer|pick|choice|guess))\b", re.IGNORECASE)


def _marked(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    return pattern.search(text, max(0, start - _MARK_WINDOW), start)


def answered_as_measure(text: str) -> str:
    """`text` read as "MEASURE: ANSWER" where it gives a wrong pick and the right answer of
    one kind (see the module); `text` itself otherwise."""
    if _CUE.search(text) is None:
        return text  # most lines
    quantities = find_quantities(text)
    if len(quantities) < 2:
        return text
    picks = [(q, m) for q in quantities if (m := _marked(_PICK, text, q.start))]
    rights = [(q, m) for q in quantities if (m := _marked(_RIGHT, text, q.start))
              and not _marked(_PICK, text, q.start)]
    if not picks or not rights:
        return text
    if "PUT" in picks[0][1].group():
        return text  # S3's PUT requests, no one's pick
    (pick, pick_mark), (right, right_mark) = picks[0], rights[0]
    first = min(pick_mark.start(), right_mark.start())
    if pick.dimension != right.dimension or pick.number == right.number \
            or any(q.start < first for q in quantities):
        # ("max item size 400 KB (I wrote 64 KB -> WRONG, 64 KB is nothing)": the line gave
        # its figure before the pick, and goes on about the pick; "20 GB? old note said 20GB,
        # think its 30GB now" doubts one it gave)
        return text
    if pick.start < right.start:
        # "LABEL: I picked 90 days [for THING], answer was 180 days!!"
        before = text[:pick_mark.start()]
        between = text[pick.end:right_mark.start()]
    else:
        # "LABEL: correct: 24 h (I said 1 h)"
        before, between = text[:right_mark.start()], ""
    label = _JOIN_BEFORE.sub("", _CLOSING.sub("", _OPENING.sub("", before)))
    between = _TRAIL_WORDS.sub("", _LEAD_WORDS.sub("", _VERDICT.sub("", between)))
    if _STRONG.search(right_mark.group()) is None:
        aside = between if pick.start < right.start else text[right.end:pick_mark.start()]
        if _TRAIL_WORDS.sub("", _LEAD_WORDS.sub("", aside)).strip(" ()[]"):
            return text  # a weak word before another measure's figure (see _STRONG)
    measure = " ".join(part for part in (label.strip(), between.strip()) if part)
    if not measure:
        return text
    # the answer's own sentence ("answer 4 KB. 64 KB is Secrets Manager's secret size" goes
    # on about the pick: read, its 64 KB was filed as KMS's)
    end = pick_mark.start() if right.start < pick.start else len(text)
    stop = _SENTENCE_END.search(text, right.end, end)
    tail = text[right.start:stop.start() if stop else end]
    return f"{measure}: {tail.rstrip(' ,;(-–—[')}"

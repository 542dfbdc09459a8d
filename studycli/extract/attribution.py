"""When a number in a line is not a limit of the thing the line is about.

A limit is a number the note states as a property of a service. Many numbers in notes are
something else: an example ("e.g. 100 shards"), a vague lower bound ("1+ targets"), the worth of
one unit ("1 WCU = 1 KB write per second"), a count in a story ("A company uploads 1000 files"),
a free-tier allowance, a step ("64MB increments") or a threshold that says when something else
applies ("for messages larger than 256 KB"). Those lines stay plain statements: searchable, never
asked. The cue words live in data/cues.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from studycli.equative_bound import compared_with
from studycli.extract.anchored import ends_on, final_marks
from studycli.extract.context import owner_of
from studycli.extract.corrected_belief import BELIEF_WORDS, in_belief
from studycli.extract.cues import alternation, whole_words, words
from studycli.extract.label_members import member_subject
from studycli.extract.observed_runs import took_before
from studycli.extract.quantities import NEGATED_OVER, Quantity
from studycli.extract.scan import NOT_AFTER_ABBREVIATION, found_before, last_end, tail_start
from studycli.extract.window import opening_of
from studycli.regex_trie import trie_pattern
from studycli.services import blank_services, find_services, find_subjects, subject_mentions

# a new sentence: not after "e.g." and the like, which a number usually follows
# ("e.g. Lambda ...", "i.e. DynamoDB": an abbreviation's dot ends no sentence)
_SENTENCE_START = re.compile(r"(?<!\b[eE]\.g)(?<!\b[iI]\.e)[.!?]\s+(?=[A-Z\"'(])|;\s*|^")
_EXAMPLE = re.compile(rf"(?<![\w.])(?:{alternation('example_cues')})(?![\w])", re.IGNORECASE)
# _EXAMPLE without its look-ahead: a cue that can start a match in any part of the line
_EXAMPLE_CUE = re.compile(rf"(?<![\w.])(?:{alternation('example_cues')})", re.IGNORECASE)
_FREE_TIER = whole_words("free_tier_cues")
# "retention default NOT 14 days -> it's 4 days", "subscribers per topic NOT 10,000 -> 12.5M":
# a trap list's wrong value, right after its "not" ("not more than 10" is a bound: words between)
# "Batch: no 15 min limit like lambda": the thing has no such limit (it was Batch's maximum)
_NO_BEFORE = ends_on(re.compile(r"(?<![\w'])no\s+[*_`~]*$", re.IGNORECASE), "o")
_LIMIT_AFTER = re.compile(r"[*_`]*\s*(?:hard\s+)?(?:limits?|caps?|max(?:imum)?|timeouts?|"
                          r"ceiling|restrictions?)\b", re.IGNORECASE)
_NEGATED_BEFORE = ends_on(re.compile(r"(?<![\w'])(?:not|isn'?t|never)\s+[*_`~]*$",
                                     re.IGNORECASE), "tr")
# "visibility timeout max is 12 hrs (I said 15 min!!)", "wrong: 7 days": a value the student
# marks as their own mistake, the one they said, thought or wrote before. "I thought it was"
# is a mistake by itself; "I said 15 min" is one only where the line marks it so (below):
# "as I said 15 min max timeout" restates a fact. "wrong" only as a clause's label ("wrong: 5
# min"): "if it goes wrong 2 retries" is the retries' count
_OWN_MISTAKE_BEFORE = ends_on(
    re.compile(
        r"(?:(?<![\w'])(?<!\bas\s)(?<!\blike\s)i\s+(?:(?P<thought>thought)|said|wrote|put|answered"
        r"|guessed|picked|chose)(?:\s+(?:it\s+was|it\s+is|it's|its|was|is))?"
        r"|(?:^|[-:;,(\[*]\s*)(?P<label>wrong)\s*[:=])\s+[*_`~]*$",
        re.IGNORECASE),
    final_marks(["thought", "said", "wrote", "put", "answered", "guessed", "picked",
                 "chose", "is", "was", "its", "it's", ":", "="]))
# what marks "I said 15 min" a mistake: a bracket it sits in, "!" after it, or a correction
_MISTAKE_EXCLAIMED = re.compile(r"^[^,;.()\[\]]{0,25}?!")
_MISTAKE_CORRECTED = re.compile(r"\b(?:but|actually|wrong|correct(?:ion)?|right\s*:)\b",
                                re.IGNORECASE)
# (or a confusion owned up to right after the value: "I wrote 15 minutes (confused w/
# lambda)" is Lambda's timeout, no SQS limit of 15 min; "I put 10 KB - mixed it up with SQS".
# Not a confusion the line goes on to warn of: "I said 12 hours. Got it right; people get
# confused with Lambda 15 min" is the right answer, and the 15 min the confused one)
_MISTAKE_OWNED_AFTER = re.compile(
    r"^[^,;.()\[\]\d]{0,20}?[(\[,;:\-–—]\s*(?:i\s+|my\s+)?(?:was\s+|got\s+|had\s+)?(?:it\s+)?"
    r"(?:confus(?:ed|ing|ion)|mix(?:ed)?[\s-]*(?:it\s+|them\s+)?up|mistak(?:e|en))\b",
    re.IGNORECASE)


def _own_mistake(line: str, tail: int, start: int, after: str) -> bool:
    """The student marks the value at start as their own mistake ("I said 15 min!!")."""
    if "belief" in _line_marks(line) and in_belief(line, start):  # (extract/corrected_belief)
        return True
    m = _OWN_MISTAKE_BEFORE.search(line, tail, start)
    if m is None:
        return False
    if m.group("thought") or m.group("label"):
        return True
    before = line[:m.start()]
    bracketed = before.count("(") > before.count(")") or before.count("[") > before.count("]")
    return bracketed or _MISTAKE_EXCLAIMED.match(after) is not None \
        or _MISTAKE_CORRECTED.search(line) is not None \
        or _MISTAKE_OWNED_AFTER.match(after) is not None


# "TTL default 300s for alias? no: alias records have no TTL you set", "max 5, wrong, 10",
# "3 s, actually it's 15 s": the student writes a value and takes it back in the same clause;
# the value is no fact (the line, with its correction, is kept as the statement). A number
# between them is the clause's own ("5? no, 10" takes back the 5 only); a bare "no:" after a
# comma may correct the scope, not the value ("10 per account, no: per AZ"); "? no" takes the
# value back only before a colon or another number ("5 VPCs? no, that's a soft limit" corrects
# its kind, "? no idea" doubts nothing); "actually" only where another number follows it
# ("3 s, actually it's 15"), not "actually it's a hard limit", "(actually it is configurable up
# to 365 days)" or "(actually: min 60 s)", which go on about the value or another one
_RETRACTED_AFTER = re.compile(
    r"^[^.;!\d]{0,40}?(?:\?\s*(?:no|nope|wrong|actually)\b\s*(?::|[,!]?\s*~?\d)"
    r"|[,(\-–—]\s*wrong\s*[:,!]"
    r"|[,\-–—]\s*\bactually\b\s*[:,]?\s*(?:it'?s\s+|it\s+is\s+)?~?\d)", re.IGNORECASE)
# "max 8 hours (36 h? check)": a question mark right after a value doubts that value
_QUERIED_AFTER = re.compile(r"[*_`]*\s*\?")
# (only inside a bracket or before another number: "max msg size 256KB?" or "256 KB ?? need to
# verify" doubts the whole line, and the number is still the one the student learnt)
_COMPARISON_AFTER = re.compile(rf"[\s*_`]*(?:{alternation('comparison_words')})\b", re.IGNORECASE)
# "failover time cut by up to 66%", "HTTP API cheaper (~70%)": by how much something changes
_CHANGE_BEFORE = re.compile(rf"\b(?:{alternation('change_stems_before')})[a-z]*\b[^,;.]{{0,30}}$",
                            re.IGNORECASE)
# ("5 min (previously 2 min)": a bracket that gives the old value names the one after it)
_SUPERSEDED_AFTER = re.compile(rf"[\s*_`]*[(\[]?\s*(?:{alternation('superseded_words')})\b"
                               r"(?!\s*[:=]?\s*[*_`~]*\d)", re.IGNORECASE)
# "5 min - 36 hours (was 8 hours)", "200 params (was 60)": a value a bracket says was the old
# one is not the current limit
_SUPERSEDED_BEFORE = re.compile(
    rf"[(\[]\s*(?:{alternation('superseded_words')})\s*[:=]?\s*[*_`~]*$", re.IGNORECASE)
# "max memory was 3,008 MB, now 10,240 MB", "max event age was fixed 6 hrs, now configurable
# 60 sec to 6 hours": a changelog's old value, outside any bracket, is old where the line goes
# on to give the value it is "now" (the old one was read as the limit, the new one as a limit
# of "now"); "retention was 4 days by default" with no "now" after stays the note's claim
_WAS_BEFORE = re.compile(r"\bwas\s+(?:[a-z]+\s+){0,2}?[*_`~]*$", re.IGNORECASE)
# ("now I set 30 sec", "now we use 1 GB": the student's own setting, no value AWS changed to)
_NOW_AFTER = re.compile(r"^[^,;.()\d]{0,25}[,;]?\s*(?:(?:but|and)\s+)?(?:now|today|currently)\b"
                        r"(?![^,;.\d]*\b(?:i|we|my|our)\b)[^,;.\d]{0,25}\d", re.IGNORECASE)
# "failover typically < 30 s", "usually within 15 minutes": what tends to happen, not a bound
_TYPICAL_BEFORE = ends_on(
    re.compile(
        rf"\b(?:{alternation('typical_words')})\s+(?:<=?|>=?|≤|≥|~|under|below|within|less\s+than"
        r"|more\s+than|over|above|up\s+to|at\s+most|about|around)?\s*[*_`~]*$", re.IGNORECASE),
    final_marks([*words("typical_words"), "<", "=", ">", "under", "below", "within",
                 "than", "over", "above", "to", "most", "about", "around"]))
# "RECOMMENDED visibility timeout: 6 minutes", "a timeout of 6 minutes is RECOMMENDED",
# "6 minutes (recommended)": what a specification advises, no limit of the setting (a bound
# said with it, "recommended max 10", is still the bound)
# (not the size a recommendation starts at, "multipart recommended once file > 100 MB": its
# threshold, read as such)
_RECOMMENDED_BEFORE = re.compile(
    r"\brecommended\b(?!\s*\))"  # "gp3 (recommended) 3,000 IOPS": gp3 is, not the figure
    r"(?:(?!\b(?:over|above|once|when|if|beyond|exceed\w*|than)\b)[^.;,\d<>])"
    r"{0,40}?[*_`~]*$", re.IGNORECASE)
# (a recommendation after a conjunction is another's: "single PUT 5 GB so multipart is
# recommended" recommends multipart, not the 5 GB)
_RECOMMENDED_AFTER = re.compile(r"(?:(?!\b(?:so|but|and|or|then|hence|thus|because|while|use)\b)"
                                r"[^.;,\d]){0,30}?\b(?:is|are|be)\s+recommended\b"
                                r"|[\s*_`~]*\(?\s*recommended\b", re.IGNORECASE)
# "throttles if traffic > 2x the previous peak within 30 min": a number later in a condition
# that compares something is part of the condition, not a limit (8 + 24 + 1 + 30 letters at
# most: within BEFORE_LETTERS)
_IN_COMPARING_CONDITION = re.compile(
    r"\b(?:if|when|whenever)\b[^,;.:<>]{0,24}(?<![-=])[<>]\s*[^,;.:<>()\s][^,;.:<>()]{0,29}$",
    re.IGNORECASE)
# "scales on the peak of the last 30 days", "the last 30 days peak": a look-back window that
# a measure is taken over, not how long anything lasts ("event history of the last 90 days"
# is a retention: no measure is named)
# "the peak observed during the last 30 days", "based on the last 30 days of peak": the same
# window, the measure named after its verb or after the window
_LOOK_BACK_BEFORE = re.compile(
    r"\b(?:(?:peak|average|usage|spend|traffic)s?\s+(?:(?:observed|seen|measured|reached)\s+)?"
    r"(?:of|over|in|across|during)|(?:observed|seen|measured)\s+(?:over|in|during|across))"
    r"\s+(?:the\s+)?(?:last|past|previous)\s*[*_`~]*$", re.IGNORECASE)
_LOOK_BACK_AROUND = (re.compile(r"\b(?:last|past|previous)\s*[*_`~]*$", re.IGNORECASE),
                     re.compile(r"^[\s*_`~]*(?:'s\s+|of\s+(?:the\s+)?)?"
                                r"(?:peak|average|usage|spend|traffic)\b", re.IGNORECASE))
# "burst to 3,000, so max IOPS at 5,334 GB", "16,000 IOPS at 5,334 GiB": the size at which
# another measure reaches its top, not a bound of the size itself
# ("caps max object size at 5 TB" names no other measure: a bound of the size, kept)
# ("max 16,000 IOPS (at 5,334 GiB)", "max 16,000 (at 5,334 GB)": a bracket that says where
# the number before it holds)
_PEAK_POINT_BEFORE = ends_on(
    re.compile(
        r"(?:(?:\b(?:IOPS|throughput|bandwidth|performance|speed)|\d\s*(?:[MGK]i?B/s|[MG]bps))"
        r"\s+(?:(?:is\s+|are\s+)?(?:reached|hit)\s+)?"
        r"|\d[\d,.]*\s*(?:[A-Za-z/]+\s*)?\(\s*)at\s*[*_`~]*$", re.IGNORECASE),
    "t")
# a worked sheet's numbered example ("ex1: 5 MB/s in, 3000 rec/s", "example 2: 10 strong
# reads/s"): its numbers are the example's inputs, not limits (a shard's write limit is 1 MB/s);
# one that states a max, min or default in words ("Example 1: max record size is 1 MB") is a limit
_STORY = re.compile(r"^\W*(?:ex|example|eg)\s?#?\d{1,2}\s*[:.)]"
                    r"(?!.*\b(?:max|maximum|min|minimum|default|dflt|limit|up\s+to|at\s+most)\b)|"
                    rf"^\W*(?:{alternation('story_openings')})\b|"
                    rf"^\W*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation('story_actors')})s?\s+"
                    r"(?!(?:is|are|can|may|must|has a|have a|limit|quota|supports?)\b)[a-z]+s\b",
                    re.IGNORECASE)
_INCREMENT_AFTER = re.compile(rf"^[\s*_`]*(?:{alternation('increment_words')})\b", re.IGNORECASE)
_INCREMENT_BEFORE = ends_on(
    re.compile(rf"\b(?:{alternation('increment_words')})\s+of\s*[*_`]*$", re.IGNORECASE),
    final_marks(["of"]))
_THRESHOLD_BEFORE = ends_on(
    re.compile(rf"\b(?:{alternation('threshold_words')})\s*[*_`~]*$", re.IGNORECASE),
    final_marks(words("threshold_words")))
# "MUST NOT exceed 10 GB", "shall not be greater than 5 TB", "in no case more than 12 hours",
# "never exceeds 15 min": a requirement's negated threshold is the most allowed, a limit (its
# marker in quantities._DIRECT_MARKER makes it a maximum)
_NEGATED_THRESHOLD = re.compile(rf"\b{NEGATED_OVER}\s*[*_`~]*$", re.IGNORECASE)
# ... unless it is a condition's: "If the item does not exceed 1 KB, one WCU", "when the
# message is not larger than 64 KB it is one request", "uploads that do not exceed 100 MB": a
# condition word in the clause before the negation, no requirement's modal between ("each item
# that is stored MUST NOT exceed 400 KB" is the requirement), or a relative "that"/"which"
# whose verb is the negated one ("note that the timeout can't be longer than 12 hours" says it)
_CONDITION_BEFORE_NEGATION = re.compile(
    r"\b(?:if|when|whenever|unless|once|as\s+long\s+as|provided)\b"
    r"(?:(?!\b(?:must|shall|should|will)\b)[^,;:.!?]){0,60}$"
    r"|\b(?:that|which)\s+(?:(?:do|does|are|is|can|will)\s+)?$", re.IGNORECASE)
# "payload > 6 MB", "(> 5 GB single put)": when something applies, not a minimum ("->" is an
# arrow and ">=" says at least)
_GREATER_BEFORE = re.compile(r"(?<![-=>])>\s*[*_`~]*$")
# "more vCPU if RAM > 1792MB" is the condition itself, kept unqualified (extract/limits.py)
_CONDITIONAL_GREATER = re.compile(r"\b(?:if|when|once|whenever)\b[^,;.]{0,40}>\s*[*_`~]*$",
                                  re.IGNORECASE)
# "12 months free (t3.micro 750 hrs/mo)": the free tier's term, not a limit ("event history 90
# days free in console" and "125 MiB/s free" are limits that cost nothing: only months)
_FREE_AFTER = re.compile(r"(?<=month)s?[\s*_`]*free\b|(?<=months)[\s*_`]*free\b", re.IGNORECASE)
# "25 GB always free", "400,000 GB-seconds per month (always free)": a cue right after the
# number's own noun says the same ("Lambda timeout 15 min, free tier 1M" does not). Only the
# noun's few words come between: a bracket's other text, "with" or "and" lead to another
# number ("max object size 5 TB with 5 GB always free": the 5 TB is a limit)
_OWN_NOUN = r"(?:[*_`]*\s*(?:/|(?!(?:with|and|or|plus|but)\b)[A-Za-z-][\w-]*)){0,4}?"
_FREE_LATER = re.compile(
    # ("1M requests + 400,000 GB-s (always free)": allowances added up share the cue)
    rf"{_OWN_NOUN}(?:\s*(?:\+|&|\bplus\b)\s*~?\d[\d,.]*\s*[A-Za-z]*{_OWN_NOUN})*"
    rf"[*_`]*\s*\(?\s*\b(?:{alternation('free_tier_cues')})\b", re.IGNORECASE)
# "max memory 10,240 MB": a number a bound word names is a limit, whatever follows it
_BOUND_BEFORE = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|up\s+to|limit(?:ed)?|cap(?:ped)?)"
                           r"\b[^,;.!?()\d]{0,40}$", re.IGNORECASE)
# "750 hours per month for 12 months", "750 hrs/mo of t2.micro for the first 12 months": a
# monthly allowance for a term of months is the free tier's shape, whatever the sentence
# calls it (the 12 months were read as a duration limit and the 750 h as a quota); a term
# alone ("retain logs for 12 months") is no such shape
_FREE_TERM = re.compile(r"(?:\bper|\ba|/)\s*(?:month|mo)\b(?:[^.;!?]|\.(?=\w)){0,40}?"
                        r"\bfor\s+(?:the\s+)?(?:first\s+)?(?P<term>\d+[\s-]*months?)\b",
                        re.IGNORECASE)
# ... the amount is a number with its unit right before "per month" ("1 per month for 15
# months" is a schedule: 1-hour data points are kept 15 months)
_MONTHLY_AMOUNT = re.compile(r"\d[\d,.]*\s*[KMGT]?[A-Za-z][\w-]*[*_`]*\s*$")
# "1000s of instances", "100s of TB": a rough count, not 1000 seconds
_PLURAL_COUNT = re.compile(r"^\d[\d,]*0s$")
_OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
# "use Step Functions when the workflow > 15 min": when to choose something, not a property of it
_ADVICE_CONDITION = re.compile(r"\b(?:use|choose|pick|prefer|consider|switch\s+to|go\s+with)\b"
                               r"[^,;.]{0,30}\b(?:if|when|once|whenever)\b[^,;.]{0,40}>\s*"
                               r"[*_`~]*$", re.IGNORECASE)
# "2 WCU per 1 KB", "3 IOPS/1 GiB": an amount per an amount is a rate of exchange, not a limit
_RATIO_UNIT_BEFORE = ends_on(
    re.compile(r"(?:\bper\s*|(?<=\S)/)[*_`]*$", re.IGNORECASE),
    "r/")
_RATIO_AMOUNT_AFTER = re.compile(r"^[\s*_`]*per\s+(?:every\s+)?[0-9]", re.IGNORECASE)
# "1 WCU = 1 KB write per second", "1 capacity unit = ...": what one unit of capacity buys.
# ("1 vCPU = 1769 MB" is an equivalence the notes state as a fact of the service: kept.)
# "1,000 execution environments every 10 seconds": a rate of growth, not a limit
_EVERY_AFTER = re.compile(r"^[\w\s-]{0,30}?\bevery\s+(?:[0-9]|second|minute|hour|day)",
                          re.IGNORECASE)
# its period ("... every 10 seconds" after a count; "EC2 basic monitoring every 5 min" holds
# no count, the 2 is part of a name); "runs every 30 seconds" alone is an interval
_EVERY_BEFORE = re.compile(
    r"(?<![A-Za-z0-9])[0-9][0-9,.]*[*_`]*\s*[A-Za-z][\w\s-]{0,30}?\bevery\s*[*_`]*$",
    re.IGNORECASE)
# ("wcu: 1 write/s up to 1 KB": a cheat sheet writes the capacity units in lower case too)
_UNIT = r"(?:(?-i:[A-Z]{1,3}CUs?)|(?-i:[rw]cus?)|(?:[A-Za-z-]+\s+){0,2}(?:units?|credits?))"
_UNIT_DEFINITION = re.compile(rf"(?<![\w.,])(?:1\s*|one\s+)?{_UNIT}\s*=", re.IGNORECASE)
# the same said in words: "One write capacity unit equals one 1 KB write per second", "1 RCU:
# one strongly consistent read per second of up to 4 KB", "a WCU is one 1 KB write per
# second". Only with "one", "a" or "each" before the unit: "capacity units: up to 40,000 per
# table" is a limit.
# A glossary's label says it too: "RCU: 1 strongly consistent read/sec for item up to 4kb" ("4kb"
# was DynamoDB's item size, beside the line above's 400 KB: both were dropped as unsure)
# "wcu: 1 write/s up to 1 KB": one of something right after a unit's label is the unit's worth
_UNIT_LABEL = re.compile(rf"(?<![\w.,]){_UNIT}[*_`]*\s*:\s*[*_`]*$", re.IGNORECASE)
_UNIT_DEFINITION_WORDED = re.compile(
    rf"(?<![\w.,])(?:1\s*|one\s+|an?\s+|each\s+|single\s+){_UNIT}[*_`]*\s*"
    r"(?::|(?:equals?|means|is|gives|buys|represents|covers|provides|lets\s+you)\b)"
    rf"|(?<![\w.,]){_UNIT}[*_`]*\s*:\s*[*_`]*(?:1|one)\s",
    re.IGNORECASE)


# ("... within 5 s (sync) or Cognito retries up to 3 times": after a bracket, "or" and a name
# start another clause)
_CLAUSE_BREAK = re.compile(r"[,;]|\s[–—-]\s|(?<=\))\s*or\s+(?=(?-i:[A-Z]))|"
                           r"\b(?:while|whereas|but|vs\.?|versus|compared to|unlike)\b",
                           re.IGNORECASE)


def clause_service(line: str, q: Quantity, service: str) -> str:
    """"KDS is real time, Firehose ~60 s": a value belongs to the service its own clause opens
    with, when that is another service than the line's; or ("Kinesis is real-time, delivery
    (~60 seconds) & Data Firehose in near real time") to the one other service its clause names,
    when that clause holds no other number. A service after a preposition ("1 MB from S3",
    "max with IAM user creds") only qualifies the value."""
    owner = _aside_owner(line, q.start) or _part_set_against(line, q, service) \
        or _clause_service(line, q, service)
    if owner == service and service:
        return _quota_owner(line, q.start, service) or _labelled_owner(line, q.start) or owner
    return owner


# a label's mark after a name: "CF Functions = JS only", "L@E: Node/Python" (not an arrow "=>")
_LABEL_MARK = re.compile(r"[ \t*_`]*(?::|=(?!>))")
# what a label opens after: the line's start, a clause's or an arrow's ("... -> CF functions:")
_LABEL_OPENS = re.compile(r"(?:^|[,;:.(]|->|→|\bvs\.?)[ \t*_`]*$", re.IGNORECASE)


def _labelled_owner(line: str, position: int) -> str:
    """"Lambda@Edge vs CloudFront Functions: CF Functions = JS only, <1 ms. L@E = up to 5 s":
    a value after a label that is only the name of a part named after its service ("CF
    Functions", "L@E", "Lambda@Edge") is that part's service's, the last such label before it
    in its sentence (the CloudFront Functions' 1 ms was Lambda@Edge's timeout, the line
    opening with it). "" where no such label comes before the value: a label of more words
    ("ESM batch size SQS: default 10") or a generic part ("origin: 30 s") says no owner."""
    if ":" not in line[:position] and "=" not in line[:position]:
        return ""  # most lines: no label
    # only on a line that sets parts of two services side by side ("Lambda@Edge vs CF
    # Functions"): under "## CloudFormation", "CF functions: Fn::GetAtt, max 60 parameters"
    # names CloudFormation's functions, not CloudFront's. Asked first: the line's own mentions
    # are cached by its text (its context read them), while the head's are a fresh scan of a
    # slice, and most lines name one owner (every return below is "" as this one is)
    owners = {m.name for m in find_services(line)} | {o for o, _m in subject_mentions(line)}
    if len(owners) <= 1:
        return ""
    head = line[last_end(_NEW_SENTENCE, line, position):position]
    mentions = sorted([(m.end, m.start, "", m.name) for m in find_services(head)]
                      + [(m.end, m.start, m.name, owner) for owner, m in subject_mentions(head)])
    if not mentions:
        return ""
    end, start, part, owner = mentions[-1]  # the name said last before the value, if a label
    if not part or not owner or owner.split()[0].lower() not in part.lower() \
            or not _LABEL_MARK.match(head, end) or not _LABEL_OPENS.search(head, 0, start):
        return ""
    return owner


# "KMS request quota", "the KMS quota", "Lambda's concurrency limit": a quota a service's name
# opens, in the words right before a value
_QUOTA_WORD = re.compile(r"\b(?:quotas?|limits?)\b", re.IGNORECASE)
_QUOTA_NAMED = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:quotas?|limits?)\b", re.IGNORECASE)


def _quota_owner(line: str, position: int, service: str) -> str:
    """"In an S3 section, "SSE-KMS: KMS request quota may throttle you (5,500 / 10,000 / 30,000
    rps)": a value after a quota the line names as another service's is that service's, when
    the line does not name its own service before it (it was S3's request rate)."""
    if not found_before(_QUOTA_WORD, line, position):
        return ""  # most lines: no quota named
    sentence_start = last_end(_SENTENCE_BREAK, line, position)
    head = line[sentence_start:position]
    named = find_services(head)
    if any(m.name == service for m in named):
        return ""
    owners = {m.name for m in named if _QUOTA_NAMED.match(head, m.end)}
    return next(iter(owners)) if len(owners) == 1 else ""


# (a sentence may open on markup: ". **Direct Connect** = dedicated line, 1/10/100 Gbps")
_NEW_SENTENCE = re.compile(NOT_AFTER_ABBREVIATION + r"[.!?]\s+(?=[*_`]{0,3}[A-Z])")


# a stop that ends a sentence (not "e.g.", a decimal point; _next_break stops at "vs" first),
# before a word in any case: notes that do not capitalise still end sentences (IGNORECASE
# kept: it makes [A-Za-z] match Turkish "İ", "ı" too, which a glossed Turkish note opens
# sentences on)
_STOP_AFTER = re.compile(NOT_AFTER_ABBREVIATION + r"[.!?](?=\s+[*_`(\[/]*[A-Za-z])",
                         re.IGNORECASE)


def _clause_service(line: str, q: Quantity, service: str) -> str:
    head = _bracket_head(line, q.start)
    if head:
        # "Cognito authorizer (no code), Lambda authorizer (token based, cache TTL default
        # 300s)": a value in brackets describes what the brackets follow
        opening = find_services(opening_of(head))
        if opening and opening[0].start == 0:
            owner, _ = owner_of(head)
            return owner or service
    relative = _relative_clause_owner(line, q.start)
    if relative:
        return relative
    # a new sentence opens a clause too: "SQS keeps a message 4 days, and you can raise that
    # to 14 days. Kinesis is different: a record stays for 24 hours" (the clause from the comma
    # held the 14, so the 24 hours were SQS's)
    sentence = last_end(_NEW_SENTENCE, line, q.start)
    start = max(start_of_clause(line, q.start), sentence)
    close = line.find(")", start, q.start)
    if close >= 0 and "(" not in line[start:close]:
        # "for AWS-managed endpoints (SQS, Lambda) SNS retries 100,015 times": a comma inside
        # brackets breaks no clause; the clause opens after them (the retries were Lambda's)
        start = close + 1
        while start < q.start and line[start] in " *_`":
            start += 1
    if start == 0:
        return service  # the line's own first clause: the line's service
    clause = _ARTICLE.sub("", line[start:q.start].lstrip(" *_`"), count=1)
    opening = find_services(opening_of(clause))
    if opening and opening[0].start == 0:
        target = service if _names_back(line[:start], clause, opening, service) \
            else _arrow_target(clause)
        if target:
            return target
        owner, _ = owner_of(clause)  # "Lambda authorizer" is API Gateway's
        return owner or service
    end = _clause_end(line, q.end)
    whole = line[start:end]
    named = {m.name for m in find_services(whole)}
    if len(named) != 1 or service in named or _DIGIT.search(line[start:q.start] + line[q.end:end]):
        # (a part a semicolon opens is read as a sentence: "Secrets Manager auto rotation;
        # Parameter Store std = free, 4 KB values" gives Parameter Store's 4 KB)
        part = max(sentence, last_end(_SEMICOLON, line, q.start))
        return _sentence_owner(line, part, start, service) if not named else service
    mention = find_services(whole)[0]
    if _PREPOSITION_BEFORE.search(whole[:mention.start]):
        return service
    if _LEADS_TO.search(line, q.end, start + mention.start) or _in_aside_after(
            line, q.end, start + mention.start):
        # "event age max 6h -> DLQ (SQS/SNS)": where the thing goes after the number, not whose
        # number it is (the Lambda line's 6 h was SQS's); "a 2-minute warning (interruption
        # notice via instance metadata + EventBridge)": an aside on the thing the number is of
        return service
    return mention.name


def _part_set_against(line: str, q: Quantity, service: str) -> str:
    """"CloudFront Functions < 1 ms max execution vs Lambda@Edge 5 s viewer": a clause set
    against the one before ("vs") that opens on a part of another service, by a distinctive
    name ("Lambda@Edge", "CloudFront Functions": more than one word or an "@") that names no
    service by itself, is that service's (its 5 s were CloudFront Functions'); else ""."""
    start = start_of_clause(line, q.start)
    if not start or not _AFTER_VS.search(line, 0, start):
        return ""
    clause = line[start:q.start].lstrip(" *_`")
    for owner, m in subject_mentions(clause):
        if m.start == 0 and (" " in m.alias or "@" in m.alias) and owner != service:
            return owner
    return ""


# what a clause set against another service opens after: "vs", "versus" ("- vs SNS: ...")
_AFTER_VS = re.compile(r"(?<![\w-])(?:vs\.?|versus)[ \t*_`]*$", re.IGNORECASE)


def _names_back(before: str, clause: str, opening: list, service: str) -> bool:
    """"- vs SNS: SQS retention 14 days" under "# SQS": a clause after "vs" labelled by another
    service whose words after the label open on the line's own service again say that
    service's figure (the label says what it is set against; the 14 days were SNS's, which
    keeps no message). Without the "vs" the label is whose figure it is: "sync invoke payload
    6 MB; ALB: Lambda target max payload 1 MB" under "# Lambda" gives ALB's limit on a Lambda
    target, and "API Gateway: Lambda integration timeout 29 s" API Gateway's."""
    if not service or len(opening) < 2 or opening[0].name == service \
            or not _AFTER_VS.search(before):
        return False
    mark = _LABEL_MARK.match(clause, opening[0].end)
    if mark is None:
        return False
    body = mark.end()
    while body < len(clause) and clause[body] in " \t*_`":
        body += 1
    return opening[1].start == body and opening[1].name == service


# "API GW gives up at 29 s. Your Lambda can run up to 15 minutes (900 s)": a clause opening on
# an article or a possessive before a service opens on that service (the 15 min was API
# Gateway's: the "900 s" beside it hid the clause's one service)
_ARTICLE = re.compile(r"^(?:the|your|my|our|an?|this|that|each|every)\s+(?=[*_`]*[A-Za-z])",
                      re.IGNORECASE)


def _arrow_target(clause: str) -> str:
    """"EventBridge -> Lambda retries 2 times": in a clause that opens with a service and
    leads by an arrow to another, the number said after the other is that one's (the retries
    were EventBridge's, the last invoker of "async: S3, SNS, EventBridge -> Lambda ...")."""
    if _LEADS_TO.search(clause) is None:
        return ""  # most clauses: no arrow
    mentions = find_services(clause)
    if len(mentions) < 2:
        return ""
    last = mentions[-1]
    if _LEADS_TO.search(clause, mentions[-2].end, last.start) is None \
            or _LEADS_TO.search(clause, last.end):
        return ""
    owner, _ = owner_of(clause[last.start:])
    return owner


def _sentence_owner(line: str, sentence: int, start: int, service: str) -> str:
    """"Site-to-Site VPN = over internet, 1.25 Gbps per tunnel. **Direct Connect** = dedicated
    line, 1/10/100 Gbps": a clause naming no service, in a later sentence (or part after a
    semicolon) of the line that opens with one, is that sentence's (the speeds were the VPN
    line's VPC's)."""
    if not sentence or sentence >= start:
        return service
    opening_text = line[sentence:start].lstrip(" *_`")
    opening = find_services(opening_of(opening_text))
    if not opening or opening[0].start != 0:
        return service
    owner, _ = owner_of(opening_text)
    return owner or service


def _clause_end(line: str, position: int) -> int:
    """Where the clause of a number ending at `position` ends: at the first break after it,
    or before, at the end of its sentence, capital or not: "sqs = pull, msgs kept up to 14d.
    sns = push, no persistence" gives SNS none of the 14 days (the clause had run on to the
    next sentence's "sns", the one service it named)."""
    end = _next_break(line, position)
    stop = _STOP_AFTER.search(line, position, end)
    return stop.start() if stop else end


def _next_break(line: str, position: int) -> int:
    """`_CLAUSE_BREAK.search(line, position).start()`, or len(line), from the line's breaks
    found once (a line with no commas is searched to its end for each of its numbers). The
    line's first break starting at or after `position` is the search's, unless a break
    starting before `position` runs past it and hides one: then the line is searched."""
    starts, ends = _breaks(line)
    k = bisect_left(starts, position)
    if k and ends[k - 1] > position:
        after = _CLAUSE_BREAK.search(line, position)
        return after.start() if after else len(line)
    return starts[k] if k < len(starts) else len(line)


@lru_cache(maxsize=16)
def _breaks(line: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in _CLAUSE_BREAK.finditer(line):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


_DIGIT = re.compile(r"\d")
_SEMICOLON = re.compile(r";\s*")
_LEADS_TO = re.compile(r"->|=>|[→⇒➔]")


def _in_aside_after(line: str, number_end: int, position: int) -> bool:
    """Is `position` inside a bracket opened after words that follow the number ("2-minute
    warning (... EventBridge)"; not "15 min (Lambda)", whose bracket names the number's own)?"""
    between = line[number_end:position]
    opening = between.rfind("(")
    return opening > 0 and ")" not in between[opening:] and _LETTER.search(between, 0,
                                                                            opening) is not None


_LETTER = re.compile(r"[A-Za-z]{2}")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|from|to|in|on|by|via|for|using|into|of|through|"
                                 r"behind|than|like)\s+(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)


def bracket_subject(line: str, position: int, service: str) -> str:
    """The subject of `service` a bracket holding `position` follows: the authorizer, not the
    "result cache" inside "Lambda authorizer (result cache TTL default 300s)"."""
    head = _bracket_head(line, position)
    if not head:
        return ""
    subjects = [m for m in find_subjects(head, service) if m.start == 0]
    # ("Placement groups: ..., spread (max 7 instances per AZ)": a member the label names)
    return subjects[0].name if subjects else member_subject(line, head, service)


_RELATIVE = re.compile(r"\s*,?\s*(?:which|that|who)\s+(?:is|are|has|have|gives?|keeps?|stores?|"
                       r"offers?|supports?|can|runs?)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")
_WHICH = re.compile(r"\s*(?:which|whose)\b", re.IGNORECASE)


def _relative_clause_owner(line: str, position: int) -> str:
    """"the key difference with Kinesis Data Streams which is real time, about 200 ms": a
    number in a relative clause is of the service the clause hangs on, in the same sentence."""
    if not _may_relate(line):
        return ""  # most lines: no "which", "that", "who" or "whose" to open such a clause
    sentence_start = last_end(_SENTENCE_BREAK, line, position)
    owner = ""
    for m in find_services(line[sentence_start:position]):
        if _RELATIVE.match(line, sentence_start + m.end):
            owner = m.name
    if owner:
        return owner
    # "Aurora supports 15 replicas sharing one cluster volume, which grows up to 128 TB": a
    # relative clause hanging on a thing no service names is about the service last named
    # before it in the sentence, not the line's
    clause = start_of_clause(line, position)
    if clause > sentence_start and _WHICH.match(line, clause):
        head = line[sentence_start:clause]
        # "reads from SQS in batches, which ...": a service after a preposition is where
        # something comes from, not what the clause is about
        named = [m for m in find_services(head) if not _PREPOSITION_BEFORE.search(head[:m.start])]
        if named:
            return named[-1].name
    return ""


@lru_cache(maxsize=16)  # asked by each number of the line
def _may_relate(line: str) -> bool:
    """False when neither _RELATIVE nor _WHICH can match anywhere in `line`: every match of
    either holds "which", "that" or "who", case ignored (a line with other characters than
    ASCII is always read: some fold to ASCII letters when case is ignored)."""
    if not line.isascii():
        return True
    lowered = line.lower()
    return "which" in lowered or "that" in lowered or "who" in lowered


# "SQS:" opening an aside: the service named is the label of all of it
_LABELLED = re.compile(r"[*_`]*[ \t]*:(?!//)")


def _aside_owner(line: str, position: int) -> str:
    """"SQS retention 14 days (Kinesis: up to 365 days)": a value in the first clause inside
    a bracket that opens with a service is that service's, as a clause opening with one is
    ("14 days, Kinesis up to 365 days"), not the service of the words before the bracket."""
    opening = line.rfind("(", 0, position)
    if opening < 0 or ")" in line[opening:position]:
        return ""  # most values: in no bracket
    aside = _ARTICLE.sub("", line[opening + 1:position].lstrip(" *_`"), count=1)
    named = find_services(opening_of(aside))
    if not named or named[0].start != 0:
        return ""
    if _CLAUSE_BREAK.search(line, opening + 1, position):
        # "(S3 pointer, up to 2GB)", "(EC2 750 hrs/month, S3 5 GB Standard, ...)": a later
        # clause of the aside is read as clauses are; but an aside labelled with its service
        # ("(SQS: 14 days max, default 4 days)") is that service's to its end, up to a clause
        # naming another (the 4 days was the Kinesis heading's)
        label = _LABELLED.match(aside, named[0].end)
        *_, last = _CLAUSE_BREAK.finditer(line, opening + 1, position)
        if label and not find_services(line[last.end():position]):
            return named[0].name
        return ""
    owner, _ = owner_of(aside)
    return owner


def _bracket_head(line: str, position: int) -> str:
    """The clause a bracket holding `position` follows ("Lambda authorizer" for a value inside
    "Lambda authorizer (token based, TTL 300s)"), or "" when `position` is in no bracket."""
    depth = 0
    # from bracket to bracket (str.rfind), not character by character: a long line holds
    # hundreds of numbers, and each looks back over the whole line before it
    opening, closing = line.rfind("(", 0, position), line.rfind(")", 0, position)
    while opening >= 0 or closing >= 0:
        if closing > opening:
            depth += 1
            closing = line.rfind(")", 0, closing)
            continue
        if depth == 0:  # (the clause of its own sentence: "..., CloudWatch Logs. Lambda
            # retries 2 times (3 attempts total)" is Lambda's)
            start = max(start_of_clause(line, opening), last_end(_NEW_SENTENCE, line, opening))
            return line[start:opening].strip(" *_`")
        depth -= 1
        opening = line.rfind("(", 0, opening)
    return ""


def start_of_clause(line: str, position: int) -> int:
    return last_end(_CLAUSE_BREAK, line, position)


def _sentence_before(line: str, start: int) -> str:
    """line[:start] from where its last sentence starts: the end of the last match of
    _SENTENCE_START in line[:start], found from the whole line's matches (read once per line,
    not once per number). A match that starts before `start` is the head's too, except that a
    cut inside ". " leaves the head no capital after it (no match), and a cut inside "; " a
    shorter one; a match lost so leaves only spaces before the cut, where none starts."""
    starts, ends, needs_capital = _sentence_starts(line)
    k = bisect_left(starts, start) - 1  # the last match starting before the cut
    if k >= 0 and needs_capital[k] and ends[k] >= start:
        k -= 1
    cut = min(ends[k], start) if k >= 0 else 0
    return line[cut:start]


@lru_cache(maxsize=16)
def _sentence_starts(line: str) -> tuple[list[int], list[int], list[bool]]:
    starts, ends, needs_capital = [], [], []
    for m in _SENTENCE_START.finditer(line):
        starts.append(m.start())
        ends.append(m.end())
        needs_capital.append(m.end() > m.start() and line[m.start()] in ".!?")
    return starts, ends, needs_capital


_DOUBT = re.compile(rf"{whole_words('doubt_cues').pattern}|\(\s*\?\s*\)|\?\?", re.IGNORECASE)


_RETRACTED = whole_words("retraction_cues")
# a number, not the digit of a name ("S3", "EC2")
_NUMBER_DIGIT = re.compile(r"(?<![A-Za-z])\d")


def doubted_from(line: str) -> int:
    """Where the numbers the line doubts start: 0 when it doubts them all, -1 when none.

    A trailing aside of doubt that holds no number of its own ("max msg size 256KB (i think
    they raised it?)", "retention 14 days, not sure") leaves the number read: the student
    wrote it down as what they learnt, and `check` must be able to say when it is out of
    date; so does one that offers another number after the figure written ("read replicas:
    up to 5 (MySQL) <-- not sure, maybe 15 now?": the 5 is read, lookup marks it unsure and
    check says what AWS gives; the 15 guessed is not). A doubt before every number ("iirc the
    max delay is 15 minutes") doubts them all, and a retraction ("no wait", "or was it")
    takes the number back wherever it stands."""
    if "?" not in line and not _may_hold_cue(line, "doubt_cues"):
        return -1  # most lines: every match holds a cue or a question mark
    doubt = _DOUBT.search(line)
    if doubt is None:
        return -1
    if _RETRACTED.search(line):
        return 0
    if _NUMBER_DIGIT.search(line, doubt.start()) is None:
        return -1
    return doubt.start() if _NUMBER_DIGIT.search(line, 0, doubt.start()) else 0


# "target tracking, like keep average CPU at 40 percent", "(like 10 shards)": "like" opening a
# clause or a bracket gives an example (mid-clause, "behaves like S3" compares)
_LIKE_OPENS = re.compile(r"^\W*like\s|\(\s*like\s", re.IGNORECASE)


def is_story(line: str) -> bool:
    """"A company uploads 1000 files a day": a scenario's numbers are the scenario's; so are a
    worked calculation's ("RCU math: 10 reads/s of 6 KB items = 10 * ceil(6/4) -> 20 RCU")."""
    return (_STORY.match(line) is not None
            or (_may_hold_cue(line, "calculation_cues") and _CALCULATION.search(line) is not None)
            or _QUOTED_SCENARIO.match(line) is not None)


# '"steady-state DB running 24/7 for 3 years" -> RI / Savings Plan': an exam scenario quoted,
# then the answer it calls for; its numbers describe the scenario, not the answer
_QUOTED_SCENARIO = re.compile(r"^\W*[\"“][^\"”]{12,}[\"”]\s*(?:->|=>|→|⇒|:|=)")


_CALCULATION = whole_words("calculation_cues")


# "delivered to at least 1 target", "1 or more consumers": there is one, not a minimum to learn
_AT_LEAST_BEFORE = ends_on(
    re.compile(r"\bat\s+least\s*[*_`]*$", re.IGNORECASE),
    "t")
_OR_MORE_AFTER = re.compile(r"^[\s*_`]*(?:or|and)\s+(?:more|above|up)\b", re.IGNORECASE)


OLD_VALUE = "an old value (was)"
# The most characters other than spaces, `*_`~,.` and digits that a match of a pattern
# anchored before a number holds (scan.tail_start): _CONDITIONAL_GREATER's 8 + 40 + 1 is the
# longest; cue words are checked against it by tests/test_parser_tail_window.py.
BEFORE_LETTERS = 64


@lru_cache(maxsize=16)
def _holds_example_cue(line: str) -> bool:
    """Can _EXAMPLE match in some part of the line? Searched once per line: a match in
    line[a:b] is a match of _EXAMPLE_CUE in the line (its look-behind sees the same text), so
    a line with none spares each of its numbers a search of its clause."""
    return _may_hold_cue(line, "example_cues") and _EXAMPLE_CUE.search(line) is not None


def _may_hold_cue(line: str, name: str) -> bool:
    """False when no part of `line` can match an entry of cue list `name`: an ASCII line
    whose lower-cased text holds none of the (ASCII) entries lower-cased. The cue patterns
    ignore case, which on ASCII text is ASCII case folding, and try dozens of branches at each
    position (45 us a 72-character line); a few substring tests spare most lines that."""
    finder = _lowered_cues(name)
    if finder is None or not line.isascii():
        return True  # (some other characters match ASCII letters when case is ignored)
    return finder.search(line.lower()) is not None


@lru_cache(maxsize=16)
def _lowered_cues(name: str) -> re.Pattern[str] | None:
    """A pattern found in a lower-cased text exactly where an entry of cue list `name`
    lower-cased is (one search in C, not a substring test an entry in Python: three to six
    times a line of every number's line), or None when an entry is not ASCII."""
    entries = words(name)
    if not all(e.isascii() for e in entries):
        return None
    return re.compile(trie_pattern(e.lower() for e in entries))


def _mention(q: Quantity, line: str, after: str) -> str:
    """Why `q` is a number the line mentions rather than states ("" if it states it)."""
    if _is_example(q, line):
        return "an example"
    if '"' in after[:3] and _NAMED_AS_NUMBER.match(after):
        return "a number quoted as a number"
    return ""


def _is_example(q: Quantity, line: str) -> bool:
    marks = _line_marks(line)
    if "so a" in marks and (_WORKED.search(_sentence_before(line, q.start))
                            or _WORKED_BEFORE.search(line, max(0, q.start - 12), q.start)):
        return True
    cue, like = _holds_example_cue(line), "like" in marks
    if cue or like:  # (the number's clause is found only for a line that may need it)
        clause = start_of_clause(line, q.start)
        if ((cue and _EXAMPLE.search(line, clause, q.start) is not None)
                or (like and _LIKE_OPENS.search(line[clause:q.start]) is not None)):
            return True
    return "(" in marks and _EXPRESSION_BEFORE.search(
        line, max(0, q.start - 12), q.start) is not None


# 'the "400 KB" and "29 sec" numbers come up like every test': numbers the line talks about as
# numbers, of nothing it names (the 29 s was DynamoDB's, beside its 400 KB item size)
_NAMED_AS_NUMBER = re.compile(r'"\s*(?:(?:and|or|,)\s*"[^"]{1,20}"\s*)*'
                              r"(?:numbers?|figures?|values?|ones?)\b", re.IGNORECASE)


# "So a 6 KB strongly consistent read costs 2 RCU": a sentence that works a case through (its
# 6 KB was DynamoDB's item size, beside the 400 KB a line above: both were dropped as unsure)
# ("So a /24 gives 251 usable" opens on no number: its count stands)
_WORKED = re.compile(r"^\W*so\s+an?\s+[~≈]?(?:\d|$)", re.IGNORECASE)
# "API GW payload max is 10 MB so a 8 MB response fails at Lambda": a case worked through in
# the middle of a sentence (the 8 MB was API Gateway's response size)
_WORKED_BEFORE = re.compile(r"\bso\s+an?\s+[~≈]?[*_`]*$", re.IGNORECASE)


# "rate(5 minutes)", "cron(0 12 * * ? *)": a schedule expression's number is an example of
# the syntax
_EXPRESSION_BEFORE = re.compile(r"\b(?:rate|cron|at)\(\s*$", re.IGNORECASE)


# "1 or 3 yr", "commit for 1 or 3 years": a choice between two terms, neither a maximum nor the
# setting's only value ("Reserved Instances: 3 years" teaches half of it)
_CHOICE_BEFORE = ends_on(
    re.compile(r"(?<![\w.,])\d+\s+or\s+[*_`]*$", re.IGNORECASE),
    "r")


def _vague_count(q: Quantity, line: str, tail: int, after: str) -> str:
    if _PLURAL_COUNT.match(q.text) and _OF_AFTER.match(after):
        return "a rough count (1000s of)"
    if "+" in q.text or (q.number == 1 and q.dimension == "count" and (
            _AT_LEAST_BEFORE.search(line, tail, q.start) or _OR_MORE_AFTER.match(after))):
        return "a vague lower bound (1+, at least one)"
    if _CHOICE_BEFORE.search(line, tail, q.start):
        return "a choice of values (1 or 3 years)"
    return ""


@lru_cache(maxsize=16)  # read once per line, asked by each of its numbers
def _line_marks(line: str) -> frozenset[str]:
    """The marks some of not_a_limit's patterns cannot match without, that `line` holds:
    "<", ">", "(", "[", "=", "every", "free", "like", "last" for any of "last", "past" or
    "previous", and "unit" for "unit", "credit" or "CU" (words with case ignored but "CU";
    always there for a line with other characters than ASCII, some of which match ASCII
    letters when case is ignored). A line without one spares each of its numbers the
    searches that need it."""
    marks = {c for c in "<>([=" if c in line}
    lowered = line.lower() if line.isascii() else None
    if lowered is None or "every" in lowered:
        marks.add("every")
    # (each test spelled out: a generator per line cost more than the tests)
    if lowered is None or "last" in lowered or "past" in lowered or "previous" in lowered:
        marks.add("last")  # every match of _LOOK_BACK_BEFORE and _LOOK_BACK_AROUND[0] holds one
    if lowered is None or "like" in lowered:
        marks.add("like")  # every match of _LIKE_OPENS
    if lowered is None or "free" in lowered:
        marks.add("free")  # every free_tier_cues word (data/cues.json) and _FREE_AFTER
    if lowered is None or "cu" in lowered or "unit" in lowered or "credit" in lowered:
        marks.add("unit")  # every match of _UNIT ("CU", "wcu")
    if lowered is None or ("was" in lowered and "now" in lowered):
        marks.add("was now")  # every changelog line _WAS_BEFORE and _NOW_AFTER both match
    if lowered is None or "so a" in lowered:
        marks.add("so a")  # every match of _WORKED
    if lowered is None or "month" in lowered:
        marks.add("month")  # every match of _FREE_TERM
    if lowered is None or "picked" in lowered or "chose" in lowered:
        marks.add("picked")  # every match of _WRONG_PICK
    if lowered is None or any(word in lowered for word in BELIEF_WORDS):
        marks.add("belief")  # every clause corrected_belief opens
    return frozenset(marks)


_SENTENCE_MARKS = frozenset({"free", "=", "unit"})  # the patterns searched in the sentence need one
# "I picked 14 days max. answer was 35 days max": a practice journal's wrong pick opens the
# number's sentence (a journal's next sentence seldom opens with a capital)
# ("Q8 SQS max retention: I picked 7 days": after the question's label)
_WRONG_PICK = re.compile(r"\W*(?:[^.:;!?]{1,60}:\s*)?(?:i\s+)?(?:picked|chose)\b", re.IGNORECASE)
_ANY_SENTENCE = re.compile(r"[.!?;]\s+")
# ... and is a wrong one only where the line goes on to correct it ("I picked SQS because it
# keeps messages up to 14 days" picked rightly: its 14 days stand)
_CORRECTED = re.compile(r"\b(?:answer|correct|actually|should\s+have|wrong)\b|✗", re.IGNORECASE)


def _recommended(q: Quantity, line: str, tail: int, after: str) -> bool:
    """A value a specification advises, no bound said with it (_RECOMMENDED_BEFORE)."""
    return q.qualifier not in ("max", "min") and (
        _RECOMMENDED_BEFORE.search(line, tail, q.start) is not None
        or _RECOMMENDED_AFTER.match(after) is not None)


def _circumstance(q: Quantity, line: str, tail: int, after: str) -> str:
    """A value that is no limit of today's setting: an old one, part of a condition, a
    look-back window, a typical figure, one the line denies ("" if none of these)."""
    start = q.start
    if _NEGATED_BEFORE.search(line, tail, start):
        return "a value the line denies (NOT 14 days -> it's 4 days)"
    if _own_mistake(line, tail, start, after):
        return "a value the student marks as their own mistake (I said 15 min!!)"
    if _RETRACTED_AFTER.match(after):
        return "a value the student takes back right after it (300s for alias? no: ...)"
    if _NO_BEFORE.search(line, tail, start) and _LIMIT_AFTER.match(after):
        return "a limit the line says there is none of (no 15 min limit like Lambda)"
    marks = _line_marks(line)
    if _SUPERSEDED_AFTER.match(after) or (("(" in marks or "[" in marks)
                                          and _SUPERSEDED_BEFORE.search(line, tail, start)):
        return OLD_VALUE
    if "was now" in marks and _WAS_BEFORE.search(line, tail, start) and _NOW_AFTER.match(after):
        return OLD_VALUE
    if ("<" in marks or ">" in marks) and _IN_COMPARING_CONDITION.search(line, tail, start):
        return "part of a condition (if traffic > 2x the peak within 30 min)"
    if q.dimension == "duration" and "last" in marks and (
            _LOOK_BACK_BEFORE.search(line, tail, start)
            or (_LOOK_BACK_AROUND[0].search(line, tail, start)
                and _LOOK_BACK_AROUND[1].match(after))):
        return "a look-back window (the peak of the last 30 days)"
    if q.dimension == "size" and _PEAK_POINT_BEFORE.search(line, tail, start):
        return "the size where another measure peaks (max IOPS at 5,334 GB)"
    return _usual_advised_or_own(q, line, tail, after)


def _usual_advised_or_own(q: Quantity, line: str, tail: int, after: str) -> str:
    """A typical figure, one a specification recommends, or the student's own setting."""
    if _TYPICAL_BEFORE.search(line, tail, q.start):
        return "a typical figure (typically < 30 s)"
    if _recommended(q, line, tail, after):
        return "a recommended value (a timeout of 6 minutes is RECOMMENDED)"
    if _OWN_SETTING_BEFORE.search(line, tail, q.start):
        return "the student's own setting (we set 24 h)"
    if took_before(line, tail, q.start, after):
        return "what a past run took (the worker took ~45s)"
    return ""


# "binlog retention long enough (we set 24 h)", "I configured it to 512 MB", "we used 10
# shards": what the student or their team set or saw, not a limit of the service ("picked"
# and "chose" are a practice test's answer: extract's _wrong_pick reads them)
_OWN_SETTING_BEFORE = re.compile(
    r"\b(?:we|i)\s+(?:(?:just|then|also|only|had\s+to|ended\s+up)\s+)?"
    r"(?:set|used|configured|measured|saw|observed|got|ran|gave\s+it|bumped\s+it|raised\s+it)"
    r"(?:\s+(?:it|them|this|that|ours?|the\s+\w+))?(?:\s+(?:to|at|as|with|up\s+to))?"
    r"(?:\s+(?:about|around|~))?\s*[*_`~]*$", re.IGNORECASE)


def _counted_every(line: str, tail: int, start: int) -> bool:
    """"5 messages every 10 seconds": a count before "every" makes the number after it a
    period; a service's own digits are no count ("Route 53 health checkers check every 30
    sec by default" is the interval, and was read as no limit)."""
    m = _EVERY_BEFORE.search(line, tail, start)
    return m is not None and not any(s.start <= m.start() < s.end for s in find_services(line))


def _threshold(line: str, tail: int, start: int, marks: frozenset[str]) -> str:
    """A threshold the number is (objects over 100 MB, if the item does not exceed 1 KB), ""
    if none: a requirement's negated one ("MUST NOT exceed 15 minutes") is a limit."""
    negated = _NEGATED_THRESHOLD.search(line, tail, start)
    if negated and _CONDITION_BEFORE_NEGATION.search(line, start_of_clause(line, start),
                                                      negated.start()):
        return "a condition's threshold (if the item does not exceed 1 KB)"
    if ((_THRESHOLD_BEFORE.search(line, tail, start) and not negated)
            or (">" in marks and _GREATER_BEFORE.search(line, tail, start)
                and (not _CONDITIONAL_GREATER.search(line, tail, start)
                     or _ADVICE_CONDITION.search(line, tail, start)))):
        return "a threshold"
    return ""


def not_a_limit(q: Quantity, line: str) -> str:
    """Why quantity `q` of `line` is not a limit of the line's thing ("" if it may be one)."""
    start = q.start
    # the patterns anchored at the number's start read only the end of the text before it
    tail = tail_start(line, start, BEFORE_LETTERS)
    after = line[q.end:]
    vague = _vague_count(q, line, tail, after)
    if vague:
        return vague
    mention = _mention(q, line, after)
    if mention:
        return mention
    # (a percent compared, or any figure a multiple is compared with: the latter is of every
    # dimension)
    if q.dimension == "percent" and (_COMPARISON_AFTER.match(after)
                                     or _CHANGE_BEFORE.search(line, start_of_clause(line, q.start),
                                                              q.start)) \
            or compared_with(line, start):
        return "a comparison (400% faster, twice as high as 30 seconds)"
    if _QUERIED_AFTER.match(after) and (line.count("(", 0, start) > line.count(")", 0, start)
                                        or _NUMBER_DIGIT.search(after) is not None):
        return "a doubted value (36 h?)"
    circumstance = _circumstance(q, line, tail, after)
    if circumstance:
        return circumstance
    marks = _line_marks(line)
    # the sentence before the number, read only when a pattern searched in it may match there
    sentence = _sentence_before(line, q.start) if marks & _SENTENCE_MARKS else ""
    if ("free" in marks and (_FREE_TIER.search(sentence) or _FREE_AFTER.match(line, q.end)
                             or (_FREE_LATER.match(line, q.end) and _an_allowance(q, line))))\
            or _free_term(q, line, marks):
        return "a free-tier allowance"
    if _INCREMENT_AFTER.match(after) or _INCREMENT_BEFORE.search(line, tail, start):
        return "an increment"
    threshold = _threshold(line, tail, start, marks)
    if threshold:
        return threshold
    if _RATIO_UNIT_BEFORE.search(line, tail, start) or _RATIO_AMOUNT_AFTER.match(after):
        return "part of a ratio"
    if "every" in marks and (_EVERY_AFTER.match(after)
                             or _counted_every(line, tail, start)):
        return "a rate (every ...)"
    if (("=" in marks and (_UNIT_DEFINITION.search(sentence)
                           or _UNIT_DEFINITION.match(line, q.start)))
            or ("unit" in marks and (_UNIT_DEFINITION_WORDED.search(sentence)
                                     or _UNIT_DEFINITION_WORDED.match(line, q.start)
                                     or (q.number == 1 and _UNIT_LABEL.search(sentence))))):
        return "a unit definition"
    return _wrong_pick(q, line, marks)


def in_free_tier_section(ancestors: tuple[str, ...]) -> bool:
    """"## Free tier" over "- S3: 5 GB for 12 months", "Q: Lambda free tier?" over "A: 1M
    requests": a line under a heading, item or question about the free tier gives its
    allowances, not limits. The nearest enclosing text that says more than a service's name
    decides ("## Free tier" then "- EC2" then "- 750 h" is still the free tier's); it must
    open on the free tier and join no other topic to it ("## Free tier & pricing tools" holds
    Cost Explorer's 12-month forecast, "3 types: Always free, 12 months free, trials" lists)."""
    for text in ancestors:
        verdict = _free_tier_text(text)
        if verdict is not None:
            return verdict
    return False


@lru_cache(maxsize=8192)  # the same headings and items, for every line under them
def _free_tier_text(text: str) -> bool | None:
    """Whether an enclosing text opens on the free tier (in_free_tier_section); None when it
    says no more than a service's name, and the next one out decides."""
    words = blank_services(text)
    if _WORD.search(words) is None:
        return None
    return _FREE_SECTION.match(words) is not None and _JOINED.search(words) is None


_WORD = re.compile(r"[A-Za-z]{2}")
_FREE_SECTION = re.compile(rf"[\W\d]*(?:q\s*[:.)]\s*)?(?:aws\s+|the\s+)?"
                           rf"(?:{alternation('free_tier_cues')})\b", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:&|and|\+)\s|,", re.IGNORECASE)


# "750 hrs/month", "400,000 GB-seconds per month": a duration given per month is an amount
_PER_MONTH_AFTER = re.compile(r"[\w-]{0,8}\s*(?:/|\bper\s+|\ba\s+)(?:month|mo)\b", re.IGNORECASE)


def _an_allowance(q: Quantity, line: str) -> bool:
    """"25 GB always free", "1M requests/month for free" are allowances; "event history kept
    90 days for free" is a retention that costs nothing (a span of time, not an amount)."""
    if _BOUND_BEFORE.search(line, max(0, q.start - 48), q.start):
        return False
    return q.dimension != "duration" or _PER_MONTH_AFTER.match(line, q.end) is not None


def _free_term(q: Quantity, line: str, marks: frozenset[str]) -> bool:
    """Is `q` the amount or the term of a monthly allowance given for some months (_FREE_TERM),
    both in its sentence?"""
    if "month" not in marks:
        return False  # most lines
    sentence = last_end(_ANY_SENTENCE, line, q.start)
    m = _FREE_TERM.search(line, sentence)
    if m is None or last_end(_ANY_SENTENCE, line, m.start()) != sentence:
        return False
    amount = _MONTHLY_AMOUNT.search(line, sentence, m.start())
    if amount is None:
        return False
    # only the amount and the term ("max storage 64 TiB, 750 hours per month for 12 months"
    # keeps its 64 TiB)
    return (amount.start() <= q.start < m.start()) or m.start("term") <= q.start < m.end()


def _wrong_pick(q: Quantity, line: str, marks: frozenset[str]) -> str:
    if "picked" not in marks:
        return ""
    sentence = last_end(_ANY_SENTENCE, line, q.start)
    if (_WRONG_PICK.match(line, sentence) and _CORRECTED.search(line, q.end)
            # "I picked 14 days, answer was 14 days, correct": the value after the answer
            # is the right one, in the pick's sentence or not
            and not _CORRECTED.search(line, sentence, q.start)):
        return "a wrong pick"
    return ""

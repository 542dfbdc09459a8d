"""A verb a question of a quantity asks it by ("how many groups can one iam user join",
"cloudfront biggest file it can serve", "how many gb can lambda tmp hold", "how long can an
instance stay hibernated"): it says how the thing measured relates to its owner, which a
line stating the figure need not say ("a user can be in 10 groups max", "max file size
served 20 GB", "/tmp 512 MB to 10 GB", "up to 60 days").

Read as a topic word of full weight, the verb left unsaid cost as much as the thing asked:
those lookups abstained with the right line ranked first. Where a quantity is asked (a
unit, a bound, a count), such a verb weighs as a word that only asks (lexicon
"weak_words"): a line saying it still says it, one leaving it unsaid is not refused for it.
Only verbs of holding, joining, serving and lasting, which name no measure of their own:
"keep" and "run" are read by the lexicon as retention and duration, "store" is as often the
noun, "support" names AWS Support's plans ("business support response time"), and "take"
asks how long an act lasts, which the line must name ("how long does a kinesis resharding
take" is not answered by "data retention 24 hours"); "survive" asks a tolerance, which a
figure of the thing's extent is not ("how many azs can aurora survive" is not answered by
"6 copies across 3 AZs"), and "remain" a retention or a state the line must say ("how long
do cloudwatch logs remain by default" is answered by "retention: never expire by default",
which the verb left weak refused): these stay words of the topic.
Stdlib only.
"""

from __future__ import annotations

from studycli.lookup.text import stem

_VERBS = ("hold", "holds", "join", "joins", "serve", "serves", "stay", "stays", "accept",
          "accepts", "contain", "contains", "fit", "fits", "handle", "handles", "carry",
          "carries", "last", "lasts", "allow", "allows", "reach", "reaches", "grow", "grows")
MEASURE_VERB_STEMS = frozenset(stem(w) for w in _VERBS)

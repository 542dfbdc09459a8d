"""Lookup on every development set at once, in-process: top-1, top-3 and abstain per set.

    python bench/lookup_devsets.py [--db-dir DIR] [--misses DIR] [--only NAME,...]
                                   [--threshold T] [--kind KIND]

The same figures as bench/lookup_eval_cli.py (the suite's scorer, tests/lookup_scorer.py;
`lookup(..., limit=3)` as `studycli lookup --json --limit 3` calls it), for all development
sets in one process, so that a change can be judged on every set in seconds: a change that
helps one set and hurts another is not a gain. With --db-dir, the ingested databases are
kept there and reused (delete them after a parser change). With --misses, each set's misses
are written to DIR/NAME.miss with the answer features of the first three hits. With --kind,
only the queries of that kind are run ("comparison": the "X vs Y" lookups), no unanswerable.

Development sets only (tests/data/*_README.md says which): unseen5, unseen7 and unseen10 are
held out and never read here; unseen290-297 were session 56's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 57 on;
unseen282-289 were session 55's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 56 on;
unseen274-281 were session 54's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 55 on;
unseen266-273 were session 53's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 54 on;
unseen258-265 were session 52's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 53 on;
unseen250-257 were session 51's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 52 on;
unseen242-249 were session 50's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 51 on;
unseen234-241 were session 49's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 50 on;
unseen225-233 were session 48's blind sets (2026-12-07;
first-run and final figures in their READMEs), development data from session 49 on;
unseen216-224 were session 47's blind sets (2026-12-06;
first-run and final figures in their READMEs), development data from session 48 on;
unseen207-215 were session 46's blind sets (2026-12-06;
first-run and final figures in their READMEs), development data from session 47 on;
unseen198-206 were session 45's blind sets (2026-12-06;
first-run and final figures in their READMEs), development data from session 46 on;
unseen189-197 were session 44's blind sets (2026-12-06; first-run and final figures in their
READMEs), development data from session 45 on; unseen180-188 were
session 43's blind sets (2026-12-06; first-run
and final figures in their READMEs), development data from session 44 on; unseen171-179 were
session 42's blind sets (2026-12-06; first-run and final figures in their READMEs), development
data from session 43 on; unseen162-170 were
session 41's blind sets (2026-12-06; first-run and final figures in their READMEs), development
data from session 42 on; unseen152-160 were session 40's blind sets (2026-12-06; first-run and
final figures in their READMEs), development data from session 41 on; unseen142-150 were
session 39's blind sets (2026-12-06; first-run and final figures in their READMEs), development
data from session 40 on; unseen151 was written by session 39's fmt39 engineer as development
data (YAML, JSON, TOML, box- drawn tables and diagrams; tuned on); unseen161 by session 40's
box40 engineer (tables aligned by spaces, drawn with box characters or +---+ borders, boxed
panels, labelled arrows, trees, Cornell two-column notes; tuned on); unseen133-141 were session
38's blind sets (2026-12-05; first-run and final figures in their READMEs), development data
from session 39 on; unseen124-132 were session 37's blind sets (2026-12-05; first-run and final
figures in their READMEs), development data from session 38 on; unseen119-123 were session 36's
blind sets (2026-12-05; first-run and final figures in their READMEs), development data from
session 37 on; unseen114-118 were session 35's blind sets (2026-12-05; first-run and final
figures in their READMEs), development data from session 36 on; unseen94-98 were session 31's
blind sets (2026-12-05; first-run and final figures in their READMEs), development data from
session 32 on; unseen89-93 were session 30's blind sets (2026-12-05; first-run and final
figures in their READMEs), development data from session 31 on; unseen86-88 were session 29's
blind sets, development data from session 30 on; unseen83-85 were session 28's blind sets
(2026-12-04; first-run and final figures in their READMEs), development data from session 29
on; unseen80-82 were session 27's blind sets (2026-12-04; first-run and final figures in their
READMEs), development data from session 28 on; unseen77-79 were session 26's blind sets
(2026-12-04; first-run and final figures in their READMEs), development data from session 27
on; unseen53-55 were session 18's blind sets (2026-12-03; first-run and final figures in their
READMEs), development data from session 19 on; unseen50-52 were session 17's blind sets
(2026-12-03; first-run and final figures in their READMEs), development data from session 18
on; unseen47-49 were session 16's blind sets (2026-12-03; their first-run and final figures are
in their READMEs), development data from session 17 on (the blind sets unseen44-46 of the
session before were lost with its machine); unseen25-27 were held out until 2026-12-02 08:20
(their first-run and final figures are in their READMEs); unseen22-24 were held out until
2026-12-02 05:50 (their first-run and never-tuned figures are in their READMEs); unseen19-21
were held out until 2026-12-02 03:30 (their first-run and never-tuned figures are in their
READMEs); unseen16-18 were held out until 2026-12-02 01:15 (their first-run and never-tuned
figures are in their READMEs; round thirteen's figures below are their first as development
data); unseen13-15 were held out until 2026-12-01 22:35 (their first-run and never-tuned
figures are in their READMEs); unseen8 and unseen9 were held out until 2026-12-01 (their
first-run figures are in tests/data/unseen8_9_README.md).

Session 53 (answerable53), the same on the 52 English sets of unseen200-265 (start code
d7f698c4, both trees run): ABSTAIN misses 447 -> 361; top-1/top-3/abstain 4252/4446/2259 ->
4339/4536/2250 of 4992/2496 (a .log/.jsonl of facts read, formats/log_records.py; "q: ... ->
answer" lines read; "dinamo db" is DynamoDB). Classes and figures in the README's
Development section.

Session 54 (answerable54), start code 742d4800: a voice memo writing names as a recogniser
hears them ("cloud trail", "lamb da", two names at least, one no typist writes) reads as
speech, one utterance a line (notes/dictation.py); a table's question-number column ("Q#")
names no row (extract/table_layouts.py, table_row_numbers.py), and a CSV log of wrong and
right answers is read without the wrong one (notes/normalize.py). unseen150, 218, 224, 235,
257, 268: 510/526/257 -> 514/531/259 of 576/288; unseen160, 271: 160/175/88 -> 170/177/88
of 192/96; sample54 4596/4785/2298 -> 4609/4791/2298 of 5251/2515. Classes of the 1,334
ABSTAIN misses in the README's Development section.

Session 52 (answerable52), lookups that abstain although the notes state the answer: the 428
ABSTAIN misses of the 48 English sets of unseen200-257 (all but unseen200, 206-208, 216,
217, 229, 239, 243 and 251, notes in other languages; start code e91dd902), classed by the
facts made from the line the answer is quoted from and the first three lines shown: no fact
from the line 124 (85 in .log/.jsonl files ingest passes over by design: unseen211's and
unseen226's; 39 lines the parser made nothing of: a Trello export's cards 13, a true/false
bank 9, OpenAPI/JSON-schema keys 10), filed under another service 97 (a pull-request
thread's SAM template heading over Lambda's lines 20, OpenAPI keys 11, a saved thread's
posts under the thread above 7, dictated "K M S"/"S T S" 4), under no service 22, the right
service but refused 177 (words asked unsaid 75: "multipart" without "upload", "result" for
"returns"; kind of value 20: "rate" read per second for a 5% sampling rate, "length" read
as characters; both 30; not among the three shown 51; every feature whole 1), the value not
read from the line 8. Kept (tests/test_lookup_answerable52.py): three names spelled in
capitals letter by letter make a note speech (notes/dictation._spoken_names); in a note of
glyph bullets, a short line after a rule set apart by a blank line is a title
(notes/normalize._set_apart_above); a marking scheme's "...? [1 mark]" is a question and
"Model answer:" marks its answer (lookup/journal.py); "result"/"response" related to
"returns"; "session default length" a duration (query._span_of_time_before). 66 sets
(sample42 and the 48 English sets of unseen200-257, plus unseen200, 206, 208, 216, 243,
251), start code vs the branch: top-1 5510 -> 5536, top-3 5748 -> 5774, abstain 2804 ->
2804 of 3091 (6403 answerable); the 48 English sets 3900/4083/2077 -> 3926/4109/2077 of
4608/2304, their ABSTAIN misses 428 -> 405; sample42 3569/3720/1806 -> 3575/3726/1806. By set:
unseen254 +8 top-1 (one abstention lost: "apigw usage plan default quota" now answered by
the API Gateway post "client gets 429 ... throttled by usage plan / account limit", filed
under Lambda before), unseen257 +6 (one abstention gained), unseen252 +4, unseen214, 215,
222, 224, 228, 230, 233, 249 +1; no set lower. All 250 development sets (the other 184 against
the start code's devbase figures): top-1 21800 -> 21828, top-3 22573 -> 22601, abstain
10821 -> 10822 of 11721 (unseen129 +1 top-1, "dynamo query max result size"; unseen183 +1;
unseen157 one more abstention). Not done: the SAM or Terraform file heading
over lines whose words are Lambda's (unseen246, the largest single cause); "MA:" as a
marking scheme's answer mark; a plain title ("ASG") rejected because a margin line naming
another service follows its items (normalize._only_items_under, kept as designed: "Control
Tower = ..." after "AWS Organizations").
Review of answerable52 (tests/test_lookup_answerable52.py): a question ending on its marks
with nothing under it says nothing, as one ending on its "?" (journal.ends_asking); "[15m]"
is a bracketed answer in minutes, not marks (question_bound.MARKS); the bound a question
asks is read past its marks, and a default's model answer no longer answers a max or min
asked. sample42 3575/3726/1806 as the branch; unseen252 top-1 73 -> 75 (top-3 86);
unseen257 87/90/45 as the branch. The branch's all-250 figures were not rerun.
Session 52 (rank52), wrong first answers: the start code's (e91dd902) 259 misses of unseen200-257
that are no comparison and no abstention (89 wrong first, 170 right only second or third),
classed by what the first line says that the query did not ask, or what the right line
says that scoring did not credit (by a script over the .miss files, then by hand): a
statement line first over the answer's own line 75 (of them a spreadsheet's cells, "A4: Msg
retention max | B4: 14 | C4: days", whose value splits the figure from its unit: 10 of
unseen256, the right line first but no answer the scorer reads), another measure's figure
68 (a word asked unsaid, an unasked word said: "metadata size" for "s3 max object size",
WebSocket's idle timeout for "api gateway timeout"), error codes 43 (a throttling asked, ~16;
ALB's "no (healthy) targets" or "doesn't respond", ~10), modes 42 (9 of them a push-or-pull
choice answered by the Lambda mode filed under the service, "asynchronous" for "sns push or
poll"; Lambda/SQS "asynchronous" parsed from "S3 event notif -> SNS, SQS, Lambda (async)"),
two figures of one measure (a variant, a correction, a stale value) 24, a note's question
line over its answer 7. Kept: a push-or-pull choice, Lambda untyped, asks the service's
own delivery (lookup/delivery_choice.py); "too many requests" typed where a code is asked is
a throttled request (data/lookup_synonyms.json error_causes); an error code's description,
and a line giving one code where a code is asked, is read for the condition it reports
(lookup/code_condition.py: "target returned bad response" is no "no targets").
Figures, start code and the end of the session side by side: unseen200-257 (58 sets, 5568
answerable, 2784 not) top-1 4711 -> 4724, top-3 4928 -> 4933, abstain 2505 -> 2505; the 36
other sets holding a push-or-pull, throttling or "no targets" lookup or in sample42 (shipped,
unseen, unseen11 ... unseen191; devbase52 figures) 3181 -> 3182, 3299 -> 3299, 1517 -> 1517;
no set lower. By lookup: 14 first now (6 push-or-pull choices the Lambda mode stood over, 4
"sqs push or pull" abstentions, 3 "alb no targets" codes: u86-l78, u221-l76, u252-l73, the
last a wrong first answer; 1 "too many requests" KMS error), 1 wrong first answer withdrawn
(u226-l90); 2 abstentions answered with a line the scorer counts wrong: u217-l94 ("SQS:
consumer pull", right by meaning, its expected answers say "poll") and u238-l90 (a quiz's
false claim "Q17. SQS is push-based", its key at the end of the note says F).
Left: "slow down" written apart for a throttling code (a target word is a lexicon word,
and a code name typed that the lexicon knows is no longer split: "s3 slowdown error code"
abstained on unseen150); a description's negation in another language written in Latin
letters ("tidak ada target terdaftar"); two figures of one measure and the question lines
of marking schemes (unseen252); a Lambda mode parsed from a list of S3's destinations.
Review of rank52: a description counting nothing ("503 = target group has zero registered
targets", "0 healthy targets", "none", "empty") reports no other condition (it had sunk 503
and the lookup abstained on "alb error no targets"); a push-or-pull choice is answered
neither by a side said of another service named before it ("SNS pushes each message to
many SQS queues" for "sqs push or pull") nor by a figure ("20 s" of "long poll up to 20 s";
u220-l96 "kinesis efo push or pull" first now). sample42, start figures -> rank52 -> review:
top-1 3569 -> 3577 -> 3578, top-3 3720 -> 3723 -> 3723, abstain 1806 -> 1806 -> 1806 of 1987.
Session 51 (svc51), lookups that abstain although the notes answer them, the fact filed under
a neighbouring service or subject: the 400 ABSTAIN misses of unseen200-249 (start code
d71df550; unseen226's 80 more are its .log/.jsonl files, which ingest passes over by design)
classed by the best fact made from the line the answer is quoted from, by its answer features:
the service 130 (filed under another service 82, under none 20, filed elsewhere though its
line names the service asked 25, another subject 3; 52 of the 130 never candidates), a word
asked unsaid 146, words and shape both short 64, the kind of value 34, no fact made of the
line 25, every feature whole 1. Of the 82, by hand, about: a pull-request thread's file
heading (a SAM template, an S3 change) over lines of Lambda and DynamoDB 18 (unseen246), a
Trello export's card structure 12 (unseen237), OpenAPI and JSON-schema keys 13 (unseen245),
the line before naming another service carried over 11 (a slide's two columns, "enhanced
fan out" read as SNS's "fan out", a dictated memo), a misspelled heading 7 ("Dinamo DB",
"far gate"), a transcript's or quiz key's line 7, an underlined heading not read 3, other 11.
Kept (tests/test_lookup_svc51.py): lines filed under another service whose own words name
the service asked, as typed or by its name, are candidates (lookup/named_in_line.py: "ec2
basic monitoring frequency" on "basic monitoring EC2 = 5 min interval" under CloudWatch); a
heading underlined with "===" or "---" is a line's section (lookup/setext.py: "secret max
size 10 KB", filed under IAM, under "Secrets Manager vs Parameter Store"), and a heading
naming several services speaks for the one asked only where the line says nothing of the
others' (service_said.says_another: no Parameter Store figure from that line); "enhanced
fan-out" is a subject of Kinesis Data Streams in data/services.json (docs.aws.amazon.com/
streams/latest/dev/enhanced-consumers.html), read before SNS's "fan-out". Named lines are
weighed only where the line says two concepts asked, as unfiled lines are: lines that merely
named the service pushed its own answers out of the few read again in context ("delay queue:
max 15 min", filed under S3 under a heading naming SQS, lost "sqs delay queue max"). top-1/
top-3/abstain on unseen200-249 4053/4242/2127 -> 4066/4253/2126 of 4800/2400 (ABSTAIN misses
400 -> 390: 5 answered by the fan-out subject, 4 by named lines, 1 by an underlined heading;
the abstention lost: "rds multi az db cluster failover time" answered "60-120 s", the
instance's, its topic completed by the note's underlined title "DATABASES -- RDS / ...",
which the nearest "---- RDS ----" line, no markdown heading, did not shadow), and on
shipped, unseen, unseen20-190 by 20 (sample40's older 12) 1117/1151/463, unchanged.
Not done: a framework's file heading (SAM, Terraform) over lines naming no service, whose
words are another service's ("MemorySize", "/tmp", "env vars"); JSON and OpenAPI keys that
name the service ("\"Shield\": {...}") kept out of the line; a misspelled one-word service
name in a heading.
Review of svc51: a separator written right under a section's last line of text made that line
a heading ("... CloudFront edge locations" over "-----" spoke for DynamoDB's "item max size
400 KB"): a heading's text now stands after a blank line, at the top or under another heading;
a heading naming several services speaks for the one asked only where the line's words pick it
(service_said.picks_service: "message retention up to 14 days" under "SQS vs SNS" answered "sns
retention max"); "---- X ----" and "== X ==" are headings (setext.framed_heading), which
restores the abstention on "rds multi az db cluster failover time". sample40 (4003 lookups,
1891 to abstain): start 3413/3562/1706, svc51 3421/3570/1705, after the review 3421/3570/1706.
Session 51 (parse51), figures the parser read wrong: struck text in HTML, BBCode and
CriticMarkup, "batch max 10 256 KB", dates and exam codes as values, and from the start code's
misses a corrected belief ("I thought io2 max was 64,000 IOPS, but actually 256,000"), a
semicolon's part opened by another service, a labelled list's one-word members ("Placement
groups: ..., spread (max 7 instances per AZ)"). sets_a (121 sets, shipped included; the start
code's figures beside them): top-1 10591 -> 10591, top-3 10980 -> 10980, abstain 5191 -> 5192
of 5643; 22 sets holding those shapes (21 with start-code figures): top-1 1829 -> 1833, top-3
1911 -> 1911, abstain 911 -> 912 of 1001; no set lower (tests/test_parse51_figures.py).
Session 52 (vs52), issue 10: lines under an "A vs B" heading and the aspect of "X vs Y".
The start code's misses of kind comparison on the development sets (devbase52, else
devfinal51, 242 sets; `--kind comparison` now runs those queries alone): 1548 queries, top-1
1293, top-3 1433; 49 wrong first, 140 right only second or third, 66 abstained. Of the 189
ranked wrong first, 66 are read with no aspect ("redis vs memcached", "sg vs nacl"): a line
naming both sides with a figure or one side's limit ("Ports: Redis 6379, Memcached 11211",
"Security groups per VPC | 2,500") outranks the lines saying what each side is; 108 with
one (some only a word both sides share, "pool", "api", read as an aspect until now), most
answered first by a line naming a side and not the aspect; 15 are not read as comparisons
("step fn standard vs express exactly once", "efs or ebs which multi az"). Kept: under
a heading comparing two services a line is the side it names (by name, initials "SM:",
or a part of it) else the pair's, filed under no service (extract/compared_heading.py); such
a pair line answers one side only where its words pick it (lookup/pair_line.py); a line
"A x, B y" without "vs" speaks for each side by its parts (lookup/compared_side.py); an
aspect typed after two phrase sides is no word of the second ("multi az vs read replica
cost"), a word naming a thing with the side's word before it is no aspect ("nacl vs
security group"), and the answers saying the aspect come first (lookup/aspect_sayers.py).
Figures, start code e91dd902 and the end of the session side by side (the start code's from
devbase52): sample42 (43 sets) top-1 3569 -> 3569, top-3 3720 -> 3723, abstain 1806/1987
unchanged; its 331 comparison queries top-1 258 -> 257, top-3 290 -> 292; the 29 sets holding
three comparison misses or more: top-1 2243 -> 2245, top-3 2368 -> 2370, abstain 1268 ->
1269 of 1385 (at 9f7ed48d; the two mends after it, test_lookup_round16's and test_fix46's,
left sample42 and these sets' comparison figures as they were); their 245 comparison
queries 137 -> 137, 192 -> 193. The everyday tier passed at the end (38074a56). Tried and left out:
dropping the answers that say no word of the aspect (those 245: 138/186; a line answering
in words the concept table does not tie to the aspect, "Multi-AZ = sync standby" for
"replication", left the top 3), and with no aspect asked, statements without a figure
first (138/193, but six queries gained and five lost: churn). Left: the no-aspect
comparisons above; an aspect said in other words than the query's ("which services" and
"Gateway endpoint: S3 and DynamoDB only": unseen244 lost its first answer to a line saying
"services"); "security group vs nacl stateful" still reads "nacl stateful" as the second side.
Review of vs52: a line opening with a third service under "A vs B" is that service's even
where it names a side later ("Kinesis Data Streams: retention 24 hours default, unlike SNS"
under "SQS vs SNS" had been filed as SNS's), and aspect_sayers' bar is lookup's threshold:
sample42 top-1 3569, top-3 3723, abstain 1806/1987, every set as at d6e301ca.

Session 51 (vs51), "X vs Y" lookups. The start code's 273 misses of kind comparison on the
development sets (58 wrong first answers, 155 right only second or third, 60 abstentions;
247 of them type "vs"), classed by the note line holding the answer: a side's own line
146 (a line under the notes' comparison that names one side, or a value line of it), a
comparison table's row 55 (markdown, box-drawn, space-aligned, tab, TeX, HTML; the row
names neither side, its header does), a line comparing with its own "vs" ("KDS vs KDF: KDS
= real time ...") 48, a line "X: ... ; Y: ..." with no "vs" 24. Of the 213 ranked wrong
first: 16 had a line only naming the pair first (a heading "Secrets Manager vs Parameter
Store (exam fav)", a table's header row), and 24 a line saying less of the query than a
candidate below it that said all (the aspect asked, "delivery", "stateful", unweighed).
Kept (lookup/compared_answers.py; tests/test_lookup_compared_rows.py): the notes' table
row on the aspect asked first, written with each side's name (lookup/compared_rows.py);
else a line saying every word asked (lookup/aspect_first.py); a line only naming the pair
is no answer (lookup/pair_heading.py). Figures, start code d71df550 and the end of the
session side by side on the 104 sets holding two comparison misses or more plus the
sample40 list: top-1 8740 -> 8774, top-3 9127 -> 9140, abstain 4479/4899 unchanged (of
their 801 comparison queries, wrong first 237 -> 203: MISS 49 -> 37, top-3 only 129 ->
108, abstained 59 -> 58; no other kind moved); sample40 alone 3413 -> 3421, 3562 -> 3564,
1706/1891 unchanged. One loss: unseen64's "cloudfront vs global accelerator which one
caches" now opens on "Global Accelerator does NOT cache, it proxies packets" (answer 1.0)
rather than "Global Accelerator, CloudFront -> see comparison note", which names the
expected "CloudFront" but is a pointer, not an answer.
Left: a line comparing by initials the query does not type ("SM vs PS: SM = rotation"
for "secrets manager vs parameter store") is not a candidate at all; a phrase side takes
the aspect with it ("multi az vs read replica replication" reads "replication" into the
second side); with no aspect asked ("redis vs memcached") no row is put first.
Review of vs51: a row was put first on half the aspect's words, so a bound alone ("max" of
"lambda vs fargate max memory", said by a "max duration" row) or a cell's word in passing
("GB of memory" on a pricing row) made a confident wrong answer; a line comparing the two
itself, kept by the parser as a row of two equal cells, was written twice ("Aurora: <line>;
RDS: <line>"); "gp2 vs gp3 (gp3 20% cheaper)" was dropped as a heading. Now bounds count
only where nothing else is asked, the row's label must say the measure, a row of one line
is written once, and a line naming a side again or giving a figure is no heading. sample40
after the review: top-1 3421, top-3 3564, abstain 1706/1891, as before it (start 3413, 3562).

Session 50 (abst50), lookups that abstain although the notes answer them: the 88 ABSTAIN
misses of unseen234-241 (start code 9f755c10) classed by the fact holding the answer: filed
under another service or subject about 31 (a transcript's, a quiz's or a log's line under a
neighbour's service: "GSI max 5 per table" under Kinesis, the note's own figure, wrong: 20 by
default, docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html;
"Hibernate: RAM under 150 GB" under a NAT gateway), a query word the right line leaves unsaid
about 24 (a synonym: "page" for "paginate", "http"/"status" of a status line, "perf",
"malformed" for "bad format"), the kind
of value judged wrong about 11 (a default written in another language, a count with no unit),
words and shape both just short about 9, the parser never made the fact about 10 (a caption
split across cues, a true/false quiz line), and of unseen239's 18 about 12 a Georgian, Kazakh
or Armenian note's cue and unit words. Kept (tests/test_lookup_abst50.py): a line giving an
HTTP status says "http" and "status" where a code is asked, only to complete what its other
words said (lookup/status_said.py); a code asked of what a measure words, no quantity asked
beside it, is no limit's figure ("integration timeout max 29 sec" for "apigw integration
timeout error code"); related word "page" -> paginate; "missing" -> not found/NoSuch,
"perms"/"permissions" -> access denied (read only where a code is asked since the review,
lexicon "error_causes"). top-1/top-3/abstain on 74 sets (sample44 and 30 sets
holding such queries) 6354/6612/3129 -> 6368/6622/3129 of 7164/3451: top-1 +3 unseen120, +2
unseen236, +1 unseen39, 162, 164, 218, 224, 232, 234, 238, 239 (9 abstentions answered, 4
codes now first over a limit's figure), top-3 +1 unseen59; no set loses, no unanswerable
lookup answered. The code guard reads a code asked only by a word naming one or an error the
query ends on ("cloudfront error caching ttl" asks the TTL). Not kept: "backend" ->
integration (+3, but "apigw status when backend times out" answered "29 s": a lone
"status" is no code cue); a lone "status" as a code cue (then "http" alone carried a status
line for "lambda invoke --invocation-type Event http status").
Not done: the service a transcript's or quiz's line is filed under (the largest class, the
parser's); "conditional" saying "condition"; "IA" for "infrequent access"; a negated "doesnt
exist" answered by "BucketAlreadyExists" (a wrong answer, seen in a test note, not in a set).
Review of abst50: three wrong answers the rules gave on sentences a student would write, each
now a test in tests/test_lookup_abst50.py: a status line completing a topic it said one word
of ("s3 access denied bucket http status": "301 Moved Permanently ... bucket"; a status line
must now say 0.8 of the other words itself), a missing thing's code of another thing ("s3
bucket missing error": NoSuchKey; lookup/missing_thing.py), "permissions" related to "access
denied" in every lookup ("s3 bucket permissions default": "AccessDenied"). sample44 top-1/
top-3/abstain 3711/3855/1879 at the start, 3718/3860/1879 on the branch and after the review
(of 4177/2062). Not fixed, older than the branch: a count defined on a line naming an
exception is parsed as a status ("300 = max resources per REST API (LimitExceededException
above)" answers "api gateway LimitExceededException http status code"). "s3 no such bucket
error code", answered by NoSuchKey before the branch too, is read as "missing bucket" (the
same figures).
Session 50 (answered50), the 261 lookups of unseen198-241 the notes cannot answer that main
(9f755c10) answered, read one by one with the line answering: another attribute of the service
with a value of the same kind 74 ("origin response timeout 30 s" for a keep-alive timeout,
Glacier Instant Retrieval's 90-day minimum storage for its retrieval time), another variant or
member of the service 72 (an RDS engine the line's bracket leaves out, Standard workflows'
history for Express, spread's 7 for a cluster placement group, ALB's idle timeout for NLB), a
statement naming the setting with no value of what is asked 40 ("DLQ: after maxReceiveCount
fails" for its default, "first 1,000 paths free" for a price per path), a count of another
thing or a scope word ignored 29 ("5 IPs per subnet" in other languages, "role 10,240 chars"
for roles per account), a qualifier ignored 28 ("Fargate task max 16 vCPU, 120 GB memory" for
a minimum), another service 8, another query word ignored 6 (free tier, without), a figure the
parser bound to another setting 4. Kept (tests/test_lookup_answered50.py): a sibling setting
word typed as two words ("keep alive") tells the settings apart (lookup/attribute_said.py); a
bound opening a line with no colon, or the text after its label, bounds its later figures
(lookup/label_bound.py); a default asked is not answered by a statement with no default word
and no value (lookup/default_unstated.py); "1 MB steps" is a range's step
(lookup/range_for_default.py); a free allowance states no price per unit
(lookup/free_allowance.py).
44 sets (shipped, about every sixth set of unseen6-218, unseen234-241) top-1/top-3/abstain
3711/3855/1879 -> 3712/3856/1888 of 4177/2062: abstain +1 on unseen116, 134, 152, 188, 206, 218,
239, +2 on unseen240, top-1 +1 unseen92 (a "denies ALL" line said no default, the "default NACL
-> allows ALL" line went first), top-3 +1 unseen74; no set loses. On eleven newer sets with the
most such answers (unseen207, 213, 217, 220, 221, 223, 229-233): 917/960/432 -> 917/960/440 of
1056/528 (abstain +2 unseen207, +1 unseen213, 217, 221, 223, 230, 233). Tried and dropped: RDS's
DB engines as a variant family ("up to 5 per source (MySQL/MariaDB/PostgreSQL)" for "rds sql
server read replicas max", 5 of the 261, abstain +6 more on the 44 sets): an aside including an
engine ("40 (incl. SQL Server)") then took the figure from the others, as in session 33's
reverted family (tests/test_lookup_precise33.py). Not done: the bare word "standard" naming Step
Functions' Standard workflow (session 40 lost answers by it), a member named with its aside in
brackets ("cluster (1 AZ), spread (max 7 ...)": the clause reader splits the name from its
bracket), the count classes' other languages ("katika kila subnet", "subnet mein").
Review of answered50 (tests/test_lookup_answered50.py): a default asked refused a value given
by name ("ALB routing algorithm: round robin", "DynamoDB reads: eventually consistent", "EC2
tenancy: shared", all answered on main): a label and a word or three of letters after it now
state a value (lookup/default_unstated.py); a bound opening a line ("Kinesis shard up to 1
MB/s in, 1000 records/s, retention 24 h", with or without a colon) no longer bounds a clause
that names its own setting before its figure (lookup/label_bound.py); "2 more steps" and "3
retry steps" were read as a range's step: only a unit before "steps" is one
(lookup/range_for_default.py). 44 sets and the eleven newer sets unchanged (3712/3856/1888,
917/960/440).
Session 50 (rank50, issue 10), lookups whose first answer is wrong. The start code's (main
9f755c10) misses on unseen198-241, 219 answerable queries right at 2nd/3rd or not in the
first three, read by the first three hits' features and sorted by a rough rule (the query's
shape, the first hit's kind and measure against the right one's): "X vs Y" and choice
questions whose sides' lines tie or whose first line answers neither side (63); another
measure of the service first, mostly a general fact over the specific one asked or a figure
the parser bound to the wrong setting ("1769 MB" as Lambda's max memory, 56); the same
measure with another value first: two values tied a hundredth apart, one of them misbound
or the one a correction takes back (23); an error code asked and a figure first, or the
reverse (13); a case typed ("no batching", "async", "write", "per shard") that the first
hit's measure does not name while the right one's does (8); the right value not among the
first three (56, not read by cause). Kept (tests/test_lookup_rank50_*.py):
    1. of values of one setting's default tied at the top (block_service.TIE), the one whose
       line writes "default" first (lookup/qualifier_written.py): "lambda timeout default"
       answered 90 days (a Step Functions line filed as Lambda's) or an API's 10 min idle
       timeout: unseen122, 135, 195 +1 top-1.
    2. "max" typed with a case is the case's figure (bounds._names_typed): "rds sql server
       max storage" answered the engine-wide 64 TiB of "max storage 64 TiB (sql server 16
       TiB)": unseen68, 120 +1 top-1.
    3. an error code asked of what failed is the code, not the figure of the failing
       measure (lookup/code_asked.py): "apigw integration timeout error code" answered 29 s,
       "lambda payload too big error" 6 MB: unseen100, 126, 141, 164, 224, 232, 234, 236 +1
       top-1, unseen209 +2, unseen59 +1 top-3 (a miss before).
    Figures (all 234 development sets, start code 9f755c10 -> rank50, the sweep's two
    halves): top-1 10255 -> 10264 and 10215 -> 10221 (20470 -> 20485 of 22719), top-3
    10632 -> 10633 and 10588 -> 10588, abstain 4998/5451 and 5042/5502 unchanged; no
    set lost a query (every set's misses otherwise line for line the start code's).
    Left: "no batching" typed against "throughput (with batching)" (unseen198, 221, 241:
    "with X" and "without X" are no case family of attribute_qualifier yet); "deep archive
    min storage duration" answered by the retrieval times (unseen122, 142, 152, 155, 194:
    "storage" is said by the storage class's kind); a correction's struck or taken-back
    figure still read ("single PUT upload max ~~5 TB~~ 5 GB (was confused, the 5TB is total
    object size)" gives 5 TB); a tied "default" of another measure (unseen161: the run is
    read on one measure only, a wider run moved no answer on 44 sets).
    Review (sample44 against the start code's figures): the branch's top-1 +4 (unseen122,
    164, 234, 236), top-3 +1 (unseen59); "error" before the failure it is the code of
    ("apigw error integration timed out") names the code again, as before the branch's
    last fix: unseen212 +1 top-1 (3715 -> 3716 of 4177); "before"/"until" typed ask the
    quantity ("lambda payload size before error"): no sample44 set moved; abstain
    1879/2062 throughout.

Session 46 (api46, issue 10), HTTP API notes (unseen198) and reference-style parameter tables.
Kept (tests/test_api46_reference.py): an API Reference parameter entry (its name over indented
Default / Valid Range / Required lines, in a note, a plain fence or a .http file's comments)
read as that parameter's facts, "Minimum value of 1. Maximum value of 900." as min/max, bare
numbers in the unit the name, the description or a conversion says (formats/api_reference.py);
a table row's self-converted numbers ("60 (1 minute) to 1209600 (14 days)") read as their
conversions; raw HTTP requests/responses line by line as items, never headings or labels, a
heading naming no service taking the one its message names by host, X-Amz-Target or error
namespace (formats/http_messages.py); codes named without Exception ("RequestLimitExceeded =
...") read as codes, a code's name typed asking no limit; "waiting period" going with a
pending window. top-1/top-3/abstain 17510/18165/8575 -> 17527/18178/8574 of 19359/9273 (main
f8839555 -> api46 d76f91bb): unseen198 75/83 -> 88/92, +1 unseen107, 117, 140, 184; unseen193
abstain -1 (two new EC2 code facts in another note shift the fact base's statistics and a
Cost Explorer row of score 3.4 crosses the bar for "aws budgets cost after free ones": left,
named here). Not done: unseen204 (spreadsheet formulas), Lambda's MemorySize in MB (the entry
names no unit), a status line's reason phrase ranked above the student's own meaning of 429.
Review fixes (tests/test_api46_review.py): an entry is the innermost name over a flat block
with a reference-only line; a row's or a line's conversion gives no unit to other quantities'
numbers; a heading takes a message's service only under no service's heading and before any
line of its own; an error word followed by a setting's word is no code. Figures unchanged on
unseen107, 117, 140, 184, 193, 198 (198: 88/92, 193 abstain 45 of 48).

Session 44 (recall44, issue 10), the 1,021 top-3 misses of main 693c4194 outside the sets
others took (unseen181, 182, 184, 187, 188), classed by the answer features of the right
line and by which fact holds the answer (187 of unseen150-186 read by hand): filed under
another service or subject 316, found but no candidate or scored low 226, query words the
right line leaves unsaid 193, ranked below a line of another attribute 139, read as another
kind of value 79, never extracted 58. Kept (tests/test_lookup_recall44.py): the noun every
figure of a service is about (an EBS volume, an SQS queue, an SNS topic, a Lambda function,
a Kinesis stream) said by its figures where a subject of the service is asked ("st1"), as
little as a generic word (lookup/service_noun.py); an unfiled line opening with a child
service's own word ("logs", or the CLI's "aws logs") weighed as its family's
(lookup/child_said.py: "cloudwatch logs retention default", a miss in ten sets); a line of
three words in any script kept as a statement (extract/statements.py: "- ALB 503 → 등록된
target 없음" was dropped). top-1/top-3/abstain 15917/16515/7741 -> 15931/16529/7741 of
17631/8409: +2 unseen54, unseen137, +1 unseen20, 66, 68, 105, 123, 151, 165, 175, 180, 186;
no set loses. Not kept: error-code questions' "cause"/"fix" read as no topic (a 504 cause
answered by an origin-failover line), the noun said by statements ("io1 max volume size"
answered by an IOPS line's "per GiB") or by a figure not saying the subject asked.

Session 42 (recall42, issue 10), the 76 top-1 misses of unseen162-169 (main e67ab50d, 768
lookups without unseen170) read one by one: unseen163's 24 (19 of them lines filed under no
service: a LaTeX note naming its services by its own macros, `\\section{\\sqs}`), unseen165's
14 (6 an Italian or Russian note's counted noun unread: "oggetto", "istanze", "на функцию"),
unseen162's 10 (6 error codes only in a notebook's error outputs, 2 a code comment that loses
the argument it is on), unseen168's 10 (6 figures in footnotes cited by a superscript, filed
under the note's last section), unseen166's 8 (3 DynamoDB lines filed under RDS, 5 error and
concept lookups ranked low or under the gate), unseen164's 7 and unseen169's 3 (ranking: the
right line second or third); then lookup's own on the way (an expedited retrieval
answered by a tierless one, an execution's duration by a history retention). Kept
(tests/test_lookup_recall42.py): formats/latex_macros.py, extract/footnote_marks.py,
formats/notebook_errors.py, "$1 \\text{ min} \\leq t$" read as one space (it made "1 min" a
default), Italian nouns; lookup/attribute_qualifier.unnamed_for_expedited,
retention_asked's "execution duration". top-1/top-3/abstain 14293/14828/6940 ->
14327/14858/6946 of 15903/7545: top-1 +20 unseen163, +5 unseen165, +4 unseen162, unseen168,
+1 unseen65; abstain +1 unseen24, 83, 100, 104, 163, 168; no set loses. Not kept: Hinglish
"bina" (without) and "ke saath" (with, after its noun: "batching ke saath" read "batching
with", and "bina batching" alone refused "with batching", unseen111 -1); Italian "richieste",
"chiamate" (a WAF rate rule's "2.000 richieste in 5 minuti" lost its top answer, unseen77
-2); the tierless-retrieval rule on a table row's statement (the header names each column's
tier: unseen50 -1). Found, not done: a label with an aside ("DynamoDB (lost the most points
here)") introduces no list (notes/blocks._introduces counts the aside's words), so the list's
lines after a wrapped item fall to the note's first service (unseen166's DynamoDB lines
filed under RDS); a notebook code comment loses the argument it is on
("MaxNumberOfMessages=10,  # max 10, default is 1").

Session 41 (recall41, issue 10), the 268 lookups of unseen142-161 main (a1fb41a6) missed
at top 1, read newest first by where the right line stood: 118 abstentions and 38 wrong first
lines whose right line was no candidate shown (the parser's: no fact on the line, a symbol
sheet's or a CJK line's figure unread, a spreadsheet's "5 | TB" split in two cells, a line
filed under another service), 58 right lines ranked second or third, 44 right lines first
among the related ones but under the gate (topic words unsaid: a name written by a short
form that is not its initials, "MPU", "S2S", "BX", "PG"; a word typed as one and written as
two, "multi part"; "pwd", "biz"). Kept (tests/test_lookup_recall41.py): a note's short form
says the name a query types whole, outside comparisons (lookup/initials_said.py); a word
typed as one is said by two words in a row (lookup/written_apart.py); "pg", "mpu", "s2s",
"bx", "pwd", "biz" in the lexicon. top-1/top-3/abstain 13552/14073/6539 -> 13565/14085/6539
of 15039/7113: top-1 +2 unseen150, 156, 161, +1 unseen60, 63, 85, 123, 142, 144, 145; no set
loses. Not kept: "obj", "gw", "grp" (a word the lexicon knows is no longer repaired to the
notes' own: a French "objet" lost "s3 max object size"; "placement grp" named the spread
variant a row naming Cluster first was refused for); initials read for any name typed
(an abbreviation typed, "enis", brought its name's words as typed; "no SG on it" defined a
side of "security group vs nacl").
Review fixR41: "pg"/"pgs" dropped from the lexicon (notes write PG for PostgreSQL: "how many
azs can a placement group span" answered an "Aurora PG ... 3 AZs" line); a short form says its
name only where the query types the name's words in order ("S2S" said any "site": "multi site
max bandwidth" answered a VPN's 1.25 Gbps); a plural of a name's letter initials ("sgs") no
longer passes for other short forms, and letter initials say their name only where the query
types them beside it ("sg rules per security group inbound"). 13565/14085/6539 ->
13563/14083/6539: top-1 and top-3 -2 unseen161 (its "partition PG" lines), no other set moves.

Session 40 (recall40, issue 10), the lookups the notes answer that main (d13822b1) missed at
top 1, read newest first: unseen142-151's 179 by the facts parsed from the answering line
(99 the parser's: 60 filed under another service, mostly a diary's, a memo's, a glossary's or
a question bank's lines under the file's or heading's service; 39 no fact on the line: JSON,
YAML and box-drawn table rows, OCR'd digits "l0,000" "5 rnin", numbers in words; 80 lookup's,
45 of them a statement only, its figure unread), then unseen133-141's 112 (40 the parser's).
Lookup's own: a question bank's wrong option ranked first ("A. 1536 MB" over "correct: B"),
two values of one measure tied at the top where one is another service's line filed under
the one asked, a variant's figure for another's (GetSessionToken's 12 h for AssumeRole), the
other side of "X vs Y", an invocation type's name ("Event") answered by a mode. Kept
(tests/test_lookup_recall40.py): a tie at the top goes to the line that does not speak of
another service, by naming it (and not the one asked) before its figure or through its
parent item (lookup/block_service.py): top-1/top-3/abstain 12655/13160/6134 ->
12661/13160/6134 of 14064/6645, top-1 +2 unseen135, unseen145, +1 unseen143, unseen150; no
set loses. Not kept: a line's service read from any line over it (a sibling's "bigger -> S3"
made SQS's own line another's), or from a service named anywhere on the line (unseen59 -1:
"400 KB ... bigger -> S3"); an option its bank's key leaves out dropped from lookup's
answers (unseen148 +5, reverted on review: on a "NOT true / EXCEPT / FALSE" question the key
names the false option and the ones it leaves out are true; "Primary key: A partition key"
and a self-test's "Answer: C" under a lettered list read as keys; the dropped option came
back through the line fallback without its AWS-check warning, and quiz and exam still taught
it. Done right it belongs in the note reader beside notes/answer_key.py).

Session 40 (abst40, issue 10), the 113 lookups of unseen133-151 the notes cannot answer that
main (d13822b1) answered, read one by one: about 40 another variant's or member's figure (S3
storage classes and Glacier retrieval tiers 17, Step Functions Standard for Express 8, ALB for
NLB 4, RDS engines 5), about 25 a count asked answered by a number of something else (IAM
roles or groups per account 8, subnets per VPC 4), about 20 a statement of another measure
of the thing ("health check interval" for its timeout, "execution duration" for "execution
history retention"), the rest a default asked of a range or a line of no such value. Kept
(tests/test_lookup_abst40.py): a line naming the thing whose count is asked only after a
"per" (or "por", "pro", a slash) counts none of them (lookup/counted_as_scope.py: "AWS reserva
5 IPs por subnet", "Managed policies pro User/Role: 10"); a statement giving only a range
answers no default asked (lookup/range_for_default.py: "ReceiveMessageWaitTimeSeconds 1-20
s"). top-1/top-3/abstain 12655/13160/6134 -> 12655/13160/6140 of 14064/6645: abstain +1 on
unseen119, 136, 144, 148, +2 on unseen147; no set loses. Not kept: the words of a subject
typed read as naming whose the measure is, never the measure, and a quantity saying one word
of the measure asked only by its unit or a related word and another not at all refused
(abstain +29, 6163, on 26 sets, but top-1 -3 and top-3 -7: "spot discount how much" lost "up
to 90% off", a Korean "보관 기간 24시간" its "kept", "2 WCUs" for "how many wcu to write 1.1
kb item"; the naming alone: abstain +20 on 19 sets, top-1 +1 -1, top-3 +1 -3, unseen38, 50, 60:
a pdftotext line "in 60-120 seconds." whose "failover" the line before says, a table row "| 1
write of 1.1 KB | 2 WCU |"; the unit-or-related rule alone: abstain +3, top-1 -2, top-3 -4);
"standard" and "std" alone naming a Step Functions Standard workflow (abstain +3,
but two Standard questions lost their right third answer with the wrong Express first one).
Session 39 (abst39, issue 10), the 59 lookups of unseen133-141 the notes cannot answer that
main (64efcba2) answered, read one by one, then unseen124-132's 44 and every set's by the
variant its query names: about 27 another variant's figure (a Glacier class, Standard-IA for
One Zone-IA, REST for HTTP API, Standard for Express, a spread placement group, management for
data events, the ID token for the access token), about 12 another measure of the thing (a
retrieval time for a minimum storage duration, a baseline for a maximum, a batch for an event),
about 12 a figure of a neighbouring clause or thing on a journal's, a chat's or a lecture's line,
4 a scope (per user for per account), the rest spread thin. Kept (tests/test_lookup_abst39.py):
a figure of a line naming several variants is the one's whose clause holds it, or whose names
are listed in brackets right after it (lookup/figure_member.py); a label after a chat's sender
and a table row's first cell name a variant; an attribute the parser names for two variants is
of the one the line names; a sentence naming a variant only by its name speaks of it about no
topic; a throughput given only as a baseline on a line bounding the IOPS is no maximum; a table
cell of the row the query excludes; CloudTrail's events, a security group and a NACL, "s3 ia"
as variants; a
statement naming the variant asked is its whatever subject the parser gave it; a yes/no
question is answered by a line denying its word. top-1/top-3/abstain 11858/12329/5707 ->
11861/12329/5723 of 13098/6176 (0.924 -> 0.927): abstain +1 on unseen22, 39, 41, 50, 83, 91,
124, 128, 129, 130, 135, 139, 140, 141, +2 on unseen137; top-1 +1 on unseen97, 100, 110; no set
loses. Not kept: RDS's engines as variants (abstain 5734
with them, but an aside naming an engine includes or excepts it, "40 (incl. SQL Server)": a test of
session 33 fails); a word of a variant's name typed again read as a measure asked (a review:
"security group max rules per security group" lost its answer, and "glacier instant retrieval
retrieval time" took Flexible Retrieval's).
Session 39 (recall39, issue 10), the 769 lookups the notes answer that main (64efcba2)
missed at top 3 (585 abstentions, 184 a wrong line first with the right one not in the first
three), read newest first (unseen133-141 one by one, the rest by the right line's answer
features): of the 230 abstentions whose right line was among the related ones shown, 107 a
topic word unsaid (a synonym, a typo of three letters, "queue" of SQS, a filler such as
"possible"), 57 the shape (35 statements: units of another language, "4 j", "5 mn", and
"défaut" not read; a count's noun), 49 a parsed quantity's topic, 19 the service; 316
abstentions and 176 wrong first lines whose right line was not even a candidate or not
shown (a fact filed under no service or the wrong one: "SG = stateful ... NACL = stateless"
unfiled in unseen30, unseen91; a comparison's side written by its initials). Kept
(tests/test_lookup_recall39.py): French "j" and "mn" are days and minutes, "1 Mo/s" a rate
(note_numbers.py), "défaut" and "por defecto" say default (lookup/foreign_default.py); a
larger bound of a special case whose line says it is for something bigger ("bigger payload
-> Extended Client Library + S3, up to 2 GB") gives way to the limit of no subject whose line
says no default (lookup/past_the_limit.py); a line asking the state a yes/no question asks
("nacl stateful?? I said yes") says none (lookup/state_asked.py); a side word counts where
the line states a figure, a bare figure's clause read with its label (lookup/
side_clause.py: "... max 35 days. manual snapshots kept forever" answers "automated"); a
retention asked is not answered by a statement naming nothing kept (retention_asked.
keeping_unsaid: "Express : max 5 mn" once "5 mn" was read as a duration). top-1/top-3/
abstain 11858/12329/5707 -> 11870/12335/5710 of 13098/6176: top-1 +6 and top-3 +6 on
unseen138, top-1 +1 on unseen38, 59, 97, 127, 135, 140, abstain +1 on unseen50, 101, 127; no
set loses. Not kept: a statement with no keeping word refused for any retention asked
(abstain +7, but top-3 -1 on unseen49, 50, 59, 69, 78, 112, 124, 141 and -3 on unseen79:
"automated backups: 1-35 days", "event history = 90 days" name what is kept); the special
case's bound past a limit without the "bigger" cue (a ChangeMessageVisibility line's "up to
12 hours" gave way to a bare "visibility timeout 30 s", a default: test_lookup_rank36);
figures' clauses without their labels ("inbound rules per SG -> 50" read as the outbound
side's: unseen92, unseen120 -1 top-1 and top-3, unseen137 -1 abstain).
Mended after review: French "j" and "mn" are read in no note (an English "1 mn requests" is
a million, not 60 s), "défaut" no longer rewritten in every note (foreign_default.py gone),
keeping_unsaid gone with them (it only undid "5 mn" read as a duration); the side is read
up to the last sentence stating a figure, not per clause ("shard write: 1 MB/s, 1000
records/s" kept its write label). 11858/12329/5707 -> 11863/12329/5707: top-1 +1 on
unseen59, 97, 127, 135, 140; unseen138's six, unseen38's top-1 and unseen50's, 101's and
127's abstain given back; no set loses. After the final reads the side is read from the
whole line again (lookup/side_clause.py gone): a sentence after the last figure answering
the other side in words, "async retries 2. sync invocations are never retried", made
"lambda sync retries" abstain (tests/test_mend39.py).

Session 38 (abst38, issue 10), the 433 lookups the notes cannot answer that main (3e10bae1)
answered, read newest first (unseen95-132 one by one, the rest by their first answer):
about a third another variant of the thing asked (a Glacier or IA storage class, an RDS
engine, io2 Block Express, a DX hosted connection, a token, a placement group), a quarter
another measure of the same thing (retrieval time for minimum storage duration, table size
for item size, a default or baseline for a maximum), about 20 a count of another thing or of
the scope asked ("user pools per account" for "users per user pool"), about 15 a statement
sharing words with no figure of the kind asked ("24/7 access to the SRT" for a response
time), 8 two services typed answered by one's own figure ("lambda sqs batch size": SQS's
SendMessageBatch 10), 4 a port asked and a figure of another measure. Kept
(tests/test_lookup_abst38.py): a thing the query excludes in a parenthesis ("(not block
express)", by its words or its initials "BE") is no answer and need not be said
(lookup/excluded_asked.py); a storage class typed after its service ("s3 glacier instant
retrieval") names that class alone (variants.named: the longer of two overlapping names);
the 3 of "S3" is no figure of a clause (_numbers_of_others); "24/7" is no figure
(lookup/round_the_clock.py); a line whose one figure counts the scope asked per something
else (lookup/scope_counted.py); a port asked and a line whose every figure has a unit or
counts the word after it (lookup/port_asked.py); IPv4/IPv6, symmetric/asymmetric,
manual/automatic as sides; a bound a config key writes ("fargate.task.max_mem = 30 GB";
lookup/key_bound.py); a default is no minimum (lookup/min_asked.py). top-1/top-3/abstain
11088/11525/5311 -> 11088/11525/5333 of 12234/5744 (0.925 -> 0.928; unseen124-132 381 ->
388 of 432): abstain +1 on unseen25, 55, 65, 89, 96, 98, 102, 105, 110, 114, 116, 117, 123,
129, +2 on unseen57, 130, +4 on unseen127; no set loses top-1, top-3 or abstain. The key
bound first read "5 min." as a key's "min" (unseen12, 30, 35 -1 top-1 and top-3: a heading
or a sentence ending on a unit); a key's bound is now followed by "_" or a capital only.
Not kept: every "X per Y" pair of a line against the query's (fired on 100 right first
answers: "subscriptions per topic, topics per account"); a fact of one of two services
typed whose line never names the other (69 right first answers; 34 still with every heading
over the line and the file's name read: a flashcard's answer "a: default 10, max 10,000 for
standard queue" under its question).

Session 37 (abst37, issue 10), the 397 lookups the notes cannot answer that main (b697e4af)
answered, read newest first (unseen119-123, then every set's by its first answer's
features): spread thin, the clusters a variant of the one asked ("nlb idle timeout" in 5 sets,
"snowball edge compute optimized", "aws managed kms key rotation", "direct connect hosted
connection speeds" in 3 each), a default or starting capacity for a maximum asked ("kinesis
on-demand max write throughput" in 6 sets), another measure of a storage class ("glacier
instant retrieval min storage duration": its retrieval time), a count of another thing.
Kept (tests/test_lookup_abst37.py): a bound a line's label states speaks for every figure
after it (lookup/label_bound.py); a sentence with no figure names a variant asked only about
a topic word asked; a line answering as itself is of its own facts' variant; a default data
rate is no maximum; "starts with a default write capacity of 4 MB/s" is a start; Snowball
Edge's options, KMS's key owners and "std ia" as variants. top-1/top-3/abstain
10271/10685/4915 -> 10274/10685/4928 of 11370/5312 (0.925 -> 0.928); no set loses. Not
kept: Direct Connect's dedicated and hosted connections as variants (abstain +1 on unseen62,
68, 122, but unseen49's right first answer was the hosted line's "up to 10 Gbps" for a
dedicated question: top-1 and top-3 -1); an archive's expedited, standard and bulk
retrievals as variants (abstain +4, top-1 +2, but a bare "standard" names the retrieval in
"Step Functions standard library", and "retrieval within 12 hours by default" is the standard
one unnamed: two tests of session 33 fail).

Session 36 (abst36, issue 10), the 378 lookups the notes cannot answer that main (5adb1ea7)
answered, on all 111 sets, read by the first answer's features (bench --misses) and, for
candidate rules, against every right first answer (each query's first hits dumped): 240
statements and 138 parsed quantities; 81 of them a count asked and a statement whose numbers
have no known unit (shape 0.85: "max queues per account" on a line naming the noun beside
numbers of other things), about 25 another measure of the same service ("dynamodb max table
size": the item or page size), 20 comparisons answered by one side's statement (by design: a
statement of one side answers half), the rest spread thin. Kept (tests/test_lookup_abst36.py):
a maximum typed outright is not answered by one of the thing in a relation ("KCL: 1 shard ↔
1 worker"; lookup/bound_asked.one_of_relation), a default maximum included, nor by none of it
("delay queue: 0 → 15 min"); "mb/s" typed asks a throughput and no size ("io2 max throughput
mb/s" answered "64 TiB"); a count asked per a scope is not answered by a statement none of
whose bare numbers is tied to a bound, the noun, its label or the scope ("SG allow 22 from
corp IP" for "max subnets per vpc"; answer._some_number_tied); a retention asked is never
seconds (lookup/retention_asked.py: "how long does cloudwatch keep 1 minute metrics" answered
"1 s"). top-1/top-3/abstain 9820/10214/4694 -> 9820/10214/4708 of 10890/5072 (abstain 0.925
-> 0.928): abstain +1 on unseen21, 62, 81, 86, 91, 95, 98, 102, 104, 106, 107, +3 on
unseen116; no set loses top-1 or top-3. Not kept: the word before a dimension word as the
thing measured ("table" of "table size" against the fact's "item size"): 3 gains for 22 right
first answers lost (typos, "data" for "plaintext", "function" for "execution"); a topic word
no line of the notes says (27 gains, 322 right first answers it would touch: typos and
synonyms); the first tie check (three words each side only, "GET/HEAD" read as a rate, a
label cut at its aside: unseen2 -2, unseen12, 15, 20, 31, 49, 55 -1 top-1 or top-3, fixed
before it was kept). The threshold is not moved (0.60).

Session 35 (neg35, issue 10), 153 lookups the notes cannot answer that main (fdc2d8f3)
answered, on 54 of the 106 sets, read one by one: 37 a statement that only shares words (no
value of the kind asked), 32 another attribute of the service ("dynamodb max table size": the 1
MB page), 25 another variant's or subject's figure ("nlb tcp idle timeout": ELB's 60 s), 23 a
count asked and a number of something else, 11 another support or savings plan or case
severity, 7 a default, baseline or start for a maximum asked, 5 a number of the kind asked of
another thing, 5 an invocation mode for a question asking none, 4 another service's figure, 6
arguably answered. Across all 293 of the 106 sets, repeated queries showed clusters: "aurora
serverless v2 max acu" (4 sets: only a 0.5 ACU step or minimum), "kinesis on-demand max write
throughput" (7: the start of an on-demand stream), a case severity's response time (8), "how
does X work" answered by an invocation mode (3). Kept (tests/test_lookup_neg35.py): a maximum
of units is not a step or one unit ("0.5 ACU steps"), nor a maximum where a capacity starts or
grows from on its own ("on-demand starts w/ 4 MB/s"; a bound it grows to is kept, "starts at 5
Gbps, auto-scales up to 100 Gbps"), nor a count a bare bound of what the line's label names ("A:
LSI = ..., with the table, max 5" for "max tables"; lookup/bound_asked.py); another case
severity's response time ("business-critical system down < 30 min" for "production system
down"; lookup/support_severity.py); an invocation mode answers a "how does" question only when
it names Lambda or an invocation, and no size asked of a call (lookup/mode_asked.py).
top-1/top-3/abstain 9382/9762/4461 -> 9383/9761/4484 of 10411/4835 (abstain 0.923 -> 0.927):
abstain +1 on unseen20, 27, 32, 35, 36, 38, 48, 58, 61, 65, 67, 68, 70, 74, 79, 82, 111, +2 on
unseen37, 60, 62 (4 ACU steps, 4 on-demand starts, 9 severities, 2 LSI bounds, 4 invocation
modes); unseen108 +1 top-1 ("fargate max vcpu": a figure of one vCPU no longer first). Lost:
unseen33 -1 top-3 ("how does client invalidate api gateway cache": its first answer, an
invocation mode, is gone, and the right line it carried third is under the threshold). The
threshold is not moved (0.60). Not kept: a figure whose clause names another service than the
one it is filed under (services named in passing, "IAM user creds", "Lambda authorizer", read
as the clause's subject: -12 top-1 on the first 12 sets); a subject typed whose words the fact
never says (18 right first answers and 28 right top-3 ones of 35 sets fired, for 4 answered
unanswerable ones); a sibling of a word typed (same head word, another modifier: ~500 right
first answers fired).

Session 34 (neg34), the 367 lookups the notes cannot answer that main (17918066) answered,
classified by the fact given (by rule over query and fact, then read; about 250 read one by
one): 102 another variant's figure ("glacier deep archive expedited retrieval time":
"standard 12 hrs, bulk 48 hrs"), 92 a count asked answered by a number of something else
(72 of all 367 statements at shape 0.85, 49 of them counts), 59 another attribute of the same
service ("s3 object key max length": the bucket name's 63 characters), 57 a statement with a
number of the kind asked for another thing, 30 a statement that only shares words (no value
asked), 27 another support or savings plan. Kept (tests/test_lookup_neg34.py): a statement
whose every number counts another noun written after it ("CIDR block size between /16
(65,536 IPs) and /28 (16 IPs)") answers no count of the noun asked, "how many cidr blocks
per vpc" (a number with no noun after it, or ending its sentence, "A: 5,000. Groups ...",
still may count what its label names); a throughput asked in data per second is not answered
by operations per second ("gp2 max throughput": "16,000 IOPS"). top-1/top-3/abstain
8907/9272/4233 -> 8906/9271/4239 of 9926/4600 (abstain 0.920 -> 0.922; unseen42, 81, 85,
92, 104, 105 +1 abstain; unseen2 -1 top-1 and top-3, "parameter store max standard
parameters" off "higher throughput = 10,000 TPS", which the check read as ten thousand
counted things, "TPS", not as a rate). Fixed after review (fixN34): a number whose short
label names the noun asked counts it whatever short form follows ("Route tables: 200 RTs
per VPC", "KMS keys: 100,000 CMKs per region", "Lambda concurrency: 1,000 concurrent
executions per Region" had stopped answering), a number opening a sentence is read for its
noun, and a rate short form (TPS, RPS, QPS, IOPS) names no counted things, so the check
leaves "10,000 TPS" to the rate checks and unseen2 is credited "10,000" again (a rate, no
count of parameters: its notes give none; "sqs fifo max message groups" on "FIFO 300 tps
(3000 batched)", unseen105, was answered before and after). 8907/9272/4239: main's top-1
and top-3, the six abstentions kept. Reverted: a bare-number
statement that names no count of the noun asked at 0.55 instead of 0.85 (-36 top-1 on the
first 20 sets, abstain +0 there: "lambda concurrency limit per region" on "concurrency 1000
per region"); a line that labels
each figure by an option ("standard 12 hrs, bulk 48 hrs") answering no option it does not
name (+7 abstain, but -17 top-1 on 48 sets: a query word unsaid is more often a synonym,
"db" for "database", than another option). The threshold is not moved (0.60).

Session 34 (vocab34, issue 10): the 501 abstentions on answerable queries of the 101 sets
at the start (main 17918066) read by the right line's answer features (threshold 0, first
12): 127 a topic word unsaid the line says otherwise, 36 a short form or an API name as an
SDK writes it, 24 a question word, 8 the line in another language, 13 said away from its
number; 116 the kind of value asked not read; 85 the service; 86 the right line not among
the first 12; 6 ranked under another answer. Kept (tests/test_lookup_vocab34.py): a code
asked by name ("status code") beside invocation words is no invocation mode, nor a
statement writing no code, and the side typed ("async") must be said (lookup/
value_asked.py); a line's noun says the verb typed ("rotation": "rotate"; lookup/
word_forms.py, one way only: "Direct Connect" said "connection" the other way); a period in
words ("every year") is a duration; a session's or trial's "length" a duration; "rule" a
weak word; "notice" related to "warning"; "put_records" and "--invocation-type" say
"putrecords" and "invocationtype". top-1/top-3/abstain 8907/9272/4233 -> 8931/9290/4233;
no set loses on any of the three (one lookup top-1 -> top-3: unseen37 "cmk auto rotation
how often", an AWS managed key's "auto rotated every year" now first). The threshold is not
moved (0.60). After review (fixV34): a period in words answers only how often, in the
clause saying the topic; "rule" weak only where no bound or count is asked; the statement
gate for a code only where an invocation is asked of; a code written needs a marker ("returns
N", "(N)", "N Accepted", a line of status codes). 8931/9290/4233 -> 8931/9288/4233 over all
101 sets (unseen37 +1 top-1; unseen13, unseen58 -1 top-3 each, back to main's result: the
gate no longer demotes lines writing no code for "lambda function error status code",
"lambda throttled error code"); no set below main 17918066.

Session 33 (precise33, after review fixP33): a placement group named after its kind word
("EC2 placement group spread\tmax 7 running instances per AZ") is named, so it answers no
"cluster placement group max instances". top-1/top-3/abstain 8473/8815/4018 -> 8474/8816/4019
(unseen86 +1 top-1 and top-3, unseen100 +1 abstain); no set loses. Reverted after review:
AWS Support case severities, S3 archive retrieval options and RDS engines as variant
families (abstain +12 over the sets, but they lost answers on notes written for the review:
"(< 4 h impaired)" credited to "production down", a retrieval line's other clauses excluding
its default "3-5 hours", "(SQL Server too)" and "(incl. SQL Server)" read as the engine whose
figure it is; tests/test_lookup_precise33.py keeps each as a lookup that must stay answered).
The threshold is not moved (0.60).

Session 33 (abstain33), the 482 abstentions on answerable queries of all 96 sets at the start
(main b9c6f7f5), read by why the right line's candidate scored under 0.60 (lookup at threshold
0, first 12): 83 the right fact not among the first 12 (ranking, or no fact holds it); 64
ranked 4th-12th; 70 the service (46 filed under another service, 12 another variant's side,
12 unfiled or named in passing); 26 notes in another language (units and counted nouns not
read); 42 the shape (20 a count asked and the number's noun not read as the thing counted, 15
a unit or qualifier of the kind asked not recognised, 7 a mode word read as the kind asked:
"how often can i switch ddb capacity mode"); 197 a topic word unsaid (102 a synonym or
paraphrase of the line's word, 48 a question word no line says, 31 a short form, 11 said by
the heading or caption over the line, 5 said away from the number). Kept (tests in
tests/test_lookup_section_heads.py, _delivery_semantics.py): the
nearest markdown heading over a line says the words typed the line leaves out, for 0.5 of
its own (lookup/section_heads.py; a "# comment" inside a fenced code block is no heading);
"at-least-once"/"exactly once" says "delivery", "guarantee", "semantics" ("at most once per
minute", a frequency, does not). top-1/top-3/abstain 8473/8815/4018 -> 8483/8825/4018
(abstain share 0.921 unchanged; unseen48, 52, 56, 80, 90, 95, 96, 103 +1, unseen92 +2 top-1
and top-3); no set loses. Reverted after review (each answered a lookup its notes do not
answer, where main abstained): a line of switching between a service's modes answering for
a mode it does not name (+3: "sqs fifo high throughput mode max tps" answered plain FIFO's
3,000 off "...; can switch between modes in queue settings"; and it covered "switch between
modes" only, not an EFS "## Modes" section's line); "per second" before a word of billing
asking no rate (+5: "ec2 per second billing minimum" answered a per-hour line). Not kept: the
heading chain naming the service asked as the
fact's service (abstain -13: "memcached max item size" answered by DynamoDB's 400 KB under a
databases title); the whole heading chain, or the nearest at 0.8, or related words of it
(abstain -1 to -4). The threshold is not moved (0.60).

Session 32 (rank32), the misses of all 91 sets at the start (main 67f48e2a: 465 abstentions
on answerable queries, 192 of them with the right line among the first three below the
threshold, 86 of those short on a topic word only; 141 wrong answers, 32 of them bare "X vs Y"
comparisons; 330 right in the top 3 only; 324 unanswerable answered) and a new user's
findings. Kept (tests in tests/test_lookup_rank32.py): a limit on the thing
a service's name typed ends with ranks a count of it first ("s3 bucket limit"; asking a count
outright lost "ebs volume limit"'s 16 TiB, session 31's test), and a count per/on that
thing is per it ("max tags on an s3 bucket"); a statement's other bound is read in the
clauses saying a word asked ("s3 standard ia minimum object size"); a scope word typed
without "per" is asked and counted per ("how many azs in a region", "how many iam groups can
an account have"); "how much" with no unit asked asks no word ("cost explorer how much
history"). top-1/top-3/abstain 8031/8361/3797 -> 8038/8366/3801. Lost: unseen68 -1 top-1/top-3
("rds proxy how much faster failover", answered at the start only because "how much" was said
by the line's "16 TiB"). Not kept: every cue phrase's word typed alone as a topic word
("how many times", "event bus", "port number": unseen6, 16, 40, 54, 55, 59 lost); the
bound's clause chosen as the one saying most words asked ("multipart upload max parts":
unseen56 lost). The threshold is not moved (0.60).
After review (fixR32): the comparison-heading boost is reverted (it fired on a comparison
asked on an aspect, "alb vs nlb websocket"); a count is a number standing alone ("S3 bucket",
"gp3 volume" count nothing; "27 EBS volumes" counts volumes); Other matches of a max query
leave out the min of the answer's own line. All 91 sets: 8031/8361/3797 -> 8033/8364/3801;
unseen68 -1 top-1/top-3 (as above), no other set loses.

Session 31 (rank31), the top-3 misses of all 86 sets at the start (main 160c2fb2: 597 =
455 abstentions on answerable queries, 139 of them with the right fact first below the
threshold, 142 wrong answers; 302 right in the top 3 only; 300 unanswerable answered).
Kept (tests in tests/test_lookup_closing_choice.py, _head_term_counts.py): a choice closing
the query ("security group vs nacl stateful or stateless") is said by either word and no
longer stops the comparison before it being read; "r53" is Route 53 and "CNAME" its record;
a statement opening by naming what a count asks counts it where it bounds a bare number
("Read replicas -> ..., up to 5 per source DB"). top-1/top-3/abstain 7590/7892/3583 ->
7599/7902/3583; no set loses. Not kept: the closing choice widened in the ranking as well
(unseen65 -1 top-1), a compared side that is a subject no longer said by its service's name
(unseen48, 51 -1 top-1), the head term without a bare bound (abstain -17). The threshold is
not moved (0.60).
After review (fixR31): a closing choice grants a line the other side's words only where it
says a word of the choice, and "or both"/"or not" close none; the count's bound must open a
clause after the head term, and the table cell's _BARE_BOUND is no longer rebound; a bare
"cname" names no Route 53 record (unseen62 gives back +1); one head-term pattern (the ranking
reading arrows too: unseen20 -2 top-1, dropped). 7590/7892/3583 -> 7598/7901/3583, no set
loses (unseen47, 48, 52, 61, 70, 88 top-1 +1 or +2, unseen92 top-3 +1).

Session 29 (lookup29), the top-3 misses of all 78 sets (556 at the start: the expected line
not among the first three answers, or an abstention on an answerable query), sorted by
cause with lookup at threshold 0 and a scan of every fact: 298 threshold (the right fact
in the top 3 but below 0.60: 170 a topic word unsaid, 80 the shape, 48 the service), 124
scoring (ranked below others), 45 scoring of a fact found deeper, 63 attribution (the only
facts holding the answer filed under another service), 26 parser (no fact holds it).
Kept (tests in tests/test_lookup_per_unit_asked.py, _pair_initials.py, _distance_asked.py,
_asking_words.py): a figure per one of a count unit is no count of it ("lambda max vcpu":
not "memory per vCPU 1792 MB"); two words are said by their initials a note writes in
capitals ("cross-zone LB", "in the SG"), not in a "vs" comparison; "how far apart" and
"distance" ask a length; "enabled", "model", "guarantee", "tier", "plan" are weak words.
Not kept: "disable"/"disabled" as weak words (unseen41's "can u disable s3 versioning").
top-1/top-3/abstain 6893/7166/3224 -> 6914/7189/3224 (top-3 0.928 -> 0.931); per-set
losses in the commits (unseen11, 48 top-3 -1: "support plan", "savings plans").

Session 29 (abstain29), the unanswerable lookups that got an answer (280 of 3504 at the
start), sorted by cause: a count asked and a line counting another thing (~45: "max subnets
per vpc" on "/24 subnet = 251 usable", "max sqs queues" on a delay queue's minutes), a
variant or subject not the fact's (~40: NLB asked, ALB's idle timeout; Oracle asked, MySQL's
replicas), another attribute of the service (~35: "table size" on the page size), a maximum
asked and a default, minimum, baseline or start given (~25), a feature of an invoker asked
and its invocation mode answered (5), a price asked and none stated (8), the rest single
lines. Kept (tests in tests/test_lookup_abstain29.py): the clause shown of a sure answer
must answer too (clause_answer.clause_checked); a price asked needs an amount ("fee" asks
one, "+$ per GB" states none); a label's word after "a"/"an" is one thing, not what its
number counts; a default duration or size is no maximum (counts and rates keep their
default as the quota). top-1/top-3/abstain 6893/7166/3224 -> 6895/7165/3235 (abstain +1 on
unseen12, 34, 48, 51, 53, 65, 68, +2 on unseen58 and 79; top-1 +1 on unseen13 and 36).
Lost: unseen50 top-3 -1 ("rds backup retention max": its wrong '7 days' default answer is
gone and the right 35 days, answer 0.33, was a further match only). Not kept: a feature of
the invoker left unsaid by its mode's line takes the invocation-mode shortcut away ("how
does s3 legal hold work" answered "asynchronous"): +5 abstain, but top-1 -14 ("how does
lambda read from sqs", "eventbridge rule target lambda invoked how" say words no mode line
says); a parsed quantity whose name measures another thing while the word asked is said only
by its line (the next line answered alike). The threshold is not moved (0.60).

Session 28 (lookup28), unseen80-82's misses (85 at the start: 46 the parser's, 16 lookup's
ranking, 3 query reading, 18 abstention, 2 the scorer's expectation). Kept (tests in
tests/test_lookup_code_candidates.py, _how_many_named.py,
_baseline_asked.py, _table_side_words.py, _line_subject.py, _two_services_named.py): a figure
of a line a unified diff note removes comes after the others (lookup/diff_removed.py; removed
at the merge: parse28's .diff reader drops removed lines, and the rule also read an unchanged
'->' line of a diff, or any note with a fenced diff, as removed); the
named service's error codes are candidates when a code is asked ("lambda throttled error code"
on "... sync callers get a 429 TooManyRequestsException"); "name" after a word asking a code
("exception name") is no topic word; "how many" before a service's two-word name ending in a
plural counts it ("how many s3 buckets"); a baseline asked is no maximum ("gp3 baseline
iops"); a comparison table's cells that answer alike come by the words typed their row says;
a figure filed under the subject asked whose line opens with another subject's name and never
names the one asked is weighed as another's ("L@E timeout": not "-> CF functions cheaper,
<1ms"); two services typed side by side, the facts of each naming the other are candidates
("codedeploy lambda deployment types"). Not kept: a penalty for a quantity whose own line
says no word asked (top-1 -1 net over all sets); "error name"/"exception name" as lexicon cues
(they made "name" a cue in every query). top-1/top-3/abstain over all sets (n=7429
answerable, 3363 unanswerable) 6566/6848/3098 -> 6586/6853/3098; unseen80-82 213/229/130 ->
225/231/130. Lost: unseen13 top-3 -1 ("lambda function error status code": Lambda's other
error codes, now candidates, push the X-Amz-Function-Error line to fourth); unseen60's "kms
throttled error name" was an abstention and is now a wrong answer (a miss both ways). The
threshold is not moved (0.60).

Session 27 (lookup27), a new user's reports and unseen77-79's misses. Kept (tests in
tests/test_lookup27_read.py): a word typed whole that a note writes apart is the note's two
words ("enterprise onramp monthly price" on "Enterprise On-Ramp", which named the Enterprise
plan; only where no fix reaches the word, so "multithreaded" keeps its fix); a note's "svc"
is "service" (lexicon), and initials the lexicon spells out as other words are no initials
of the words typed ("site to site vpn connection price" was answered by Route 53's "only AWS
svc ... hosted zone $0.50/month"); a mistyped unit word ("bandwith") is said by a value in its
unit, as the word typed right is; a maximum typed is the largest of the figures one note line
writes for one measure, where the line writes it as a maximum ("NAT gateway 5 Gbps, scales
up to 45 Gbps"; lookup/bounds.py); "how far", "months", "weeks", "years" ask a duration, and
"cost" of Cost Explorer's name asks no price ("cost explorer forecast how far", three sets);
a possessive says its word ("role's max session duration"); "go" of "where does X go" is a
weak word. Not kept: "take" as a weak word ("how long does a kinesis resharding take"
answered a retention, unseen24), a maximum of figures on different lines or without a
maximum cue (unseen21's "a job that takes 20 minutes", unseen28's "runs 40s", unseen32/41's
other message sizes), a gloss in parentheses read away when not typed ("(zipped)",
"(per call)"). top-1/top-3/abstain over all sets (n=7142 answerable, 3222 unanswerable)
6333/6601/2966 -> 6347/6613/2968: top-1 +1 on unseen36, 48, 52, 58, 62, 65, 66, 68, 74, 77,
+2 on unseen53 and 61; top-3 +1 on unseen36, 48, 61, 62, 65, 66, 74, 77, +2 on unseen53 and
68; abstain +1 on unseen33 and 59; no set loses. The threshold is not moved (0.60).

Session 26 (lookup26), a new user's reports and unseen74-76's misses. Kept (tests in
tests/test_lookup26_asked.py): a word a line says only to deny it ("/tmp 512 MB (disk, not
memory)") is not said, by the line nor by the figure's unit, when a quantity is asked
(lookup/negated.py); a mistyped cue asks what its fix asks ("lamda memroy" a size; a slip of
the keys only: "straight" is no "storage"); a subjectless fact named "Aurora replicas (per
cluster)" says "read replicas" typed ("how many read replicas aurora"); a note's "perf"
says "performance" (lexicon) and a mode's name is read through short forms ("efs default
performance mode" on "default perf mode = General Purpose"); a unit after "per" asks no
size or duration ("gp2 iops per gb"), and a number whose own words are not per that unit is
another measure ("16,000 IOPS" for IOPS per GB; "$5 per TB" for a price per GB); a CIDR
block's bound or size is a prefix length ("/16 ... /28"; an IPv6 block is longer than /32),
which says "block" and "size"; a rate in time ("1000 records/s") or a length ("10,240
chars") counts no things ("kinesis default shard quota per account", "max iam roles per
account" abstain); a sum of money says "price"/"cost" ("athena cost per tb"); "is sns push
or pull" is answered by a line that says either side. top-1/top-3/abstain over all sets
(n=6852 answerable, 3080 unanswerable) 6088/6346/2834 -> 6101/6357/2839. Lost: unseen59
abstain -1 ("site to site vpn connection price per hour" answered by a Route 53 line whose
"$" now says a price, the VPN service not being read from the query); unseen68's
"enterprise onramp monthly price" was an abstention and is now Enterprise's "$15,000/month"
(both misses; "onramp" typed as one word is not matched to the note's "On-Ramp").
The threshold is not moved (0.60).

Session 25 (lookup34), answers whose value does not measure what was asked. At the start
(main f563094d) 242 unanswerable queries answered and 740 top-1 misses; read by cause, the
value-of-another-measure ones: a unit the query names that counts things of its own answered
by a size or a duration ("aurora serverless v2 max acu" -> "128 TB", "ec2 on-demand vcpu limit
default" -> "min 60 sec"); a latency or a retrieval time answered by a retention or a minimum
storage duration of the subject typed ("dynamodb global tables replication latency" -> "35
days"); a count answered by a throughput and a throughput by a count ("kinesis default shard
quota per account" -> "4 MB/s in", "transit gateway max attachments" -> "50 Gbps",
"transit gateway bandwidth per vpc attachment" -> "5,000 attachments"); a dimension word inside
a longer cue of another dimension ("size" of "batch size", "storage" of "minimum storage
duration") read as a size asked ("lambda sqs batch size max" -> "400,000 GB"). Kept (each with
tests in tests/test_lookup34_measures.py): lexicon "count_units" (ACU, vCPU, RCU, IOPS...): a
query naming one asks a number of them, and a fact measured in another family that never says
the unit is no answer; a parsed quantity whose attribute names a measure the query does not
say is of another measure though its subject is the one typed (unless the attribute is itself a
measure of the dimension asked and the subject is shared: "TTL" of DynamoDB Streams for "ddb
streams retention"); a latency is never a day or more; bytes a second count no shards or
attachments (unless a bare count stands beside them: "2 tunnels per connection, 1.25 Gbps
each"), and a statement counting things is no bandwidth; "batch size" asks a count per batch,
no rate in time ("300 msg/s without batching"); a cue inside a longer cue of another
dimension asks nothing of its own (sizes and throughputs still read together: "write
capacity"). top-1/top-3/abstain over all sets 5823/6066/2697 -> 5828/6068/2709: abstain +1 on
unseen18, 22, 23, 54, 56, 58, 65, 67, +2 on unseen53 and 68; top-1 +1 on unseen48, 58, 59, 63,
69; top-3 +1 on unseen37 and 58; no set loses. The threshold is not moved (0.60).

Session 23 (lookup33), a new user's notes and unseen65-67 as development data. Their misses at
the session's start (main 8305b95a: unseen65 76/85/37, unseen66 69/71/39, unseen67 87/91/39 of
96/95/98 and 47 each), by cause: answers the notes state in a form the parser does not read
into a fact (code comments of boto3 calls, SAM/CFN settings, a keyword -> answer mapping:
most of unseen66's 24 abstentions on answerable queries), right facts ranked below or scored
under the threshold (a word the fact does not say: "multipart", "eni"), and unanswerable
queries answered by a line sharing their words. Kept (general mechanisms, each with tests in
tests/test_lookup33_newuser.py): a bare count after a bound named by the plural noun before it
("Aurora replicas up to 15", "groups per user max 10"); a comparison table's cells without
numbers are statements of their column's service ("| | SQS | SNS |" under "## SNS" no longer
files SQS's retention under SNS), a line of several services' facts guesses no service for
itself or its neighbours; a service's generic vocabulary needs three note lines saying the
word (one line read as four facts made "secondary" Aurora's); a subject named for its service
and one thing ("Aurora Replicas") says the catalogue subject typed for that thing ("read
replicas"); `search` finds lines that mistype the word typed (lookup/note_typos.py).
top-1/top-3/abstain over all sets 5597/5823/2571 -> 5598/5824/2572: unseen37 +1/+1/-1,
unseen39 +1/+1, unseen19 and unseen21 abstain +1, unseen30 -1 top-1, unseen53 -1 top-3 (the
new "5 replicas" count pushes "multi-AZ = sync standby" out of a compare question's top 3) and
+1 abstain, unseen67 abstain -1; unseen62-66 unchanged. The threshold is not moved (0.60).

Session 22 (lookup32b), scorer: a query word a quantity says only after "per" (in its
attribute, value and the clause stating its number) counts half when the fact says no other
word of the query outside such phrases, and the query does not type it after "per" too
("dynamodb partition key max length" is no "~10 GB of data per partition"; lookup/
per_only.py); a bracketed aside with a number of its own ("3 dashboards (up to 50 metrics
each)") no longer makes a count bound something else. top-1/top-3/abstain over all sets
(base 6425a80c) 5344/5557/2455 -> 5345/5558/2456: unseen63 +1 top-1, +1 top-3; unseen59
abstains on one more unanswerable query; no set loses. The threshold is not moved (0.60).
Then query cues and one-unit definitions: "per min" is a minute, no minimum ("lambda sqs scale
up rate per min"); a dimension word before "based" names a kind ("waf rate based rule"), no
unit; "1 ACU ≈ 2 GiB" is what one ACU is, no bound on how many ("aurora serverless v2 max
acu"); a label of up to three words before an arrow names each clause of its line, as one
before ":" does ("Aurora Serverless v2 → ..., max 128 ACU"); "cmk" stands for "key".
5345/5558/2456 -> 5350/5563/2458: unseen48, 52, 60, 62, 64 +1 top-1 and top-3 each, unseen55
and unseen62 abstain on one more unanswerable query each; no set loses.

Session 21 (lookup31b), a new user's notes: a query word a line ties to one of its numbers
(lookup/word_ties.py: "baseline", "GET" beside the number of the same measure nearest it)
weighs against the line's other numbers, and a rate on a line that says the "per" scope typed
answers a count ("s3 get requests per prefix"). top-1/top-3/abstain over all sets (branch base
d9953ef6, parser change to one-line comparisons included) 5111/5318/2326 -> 5116/5318/2325:
unseen2, 8, 11, 26, 61 +1 top-1; no set loses top-1; unseen31 answers one unanswerable query
("kinesis shard quota per region default": the 7-day retention that outranked a statement
now loses "default" to the 24 h beside it, and the statement under it is shown).

Session 21 (lookup31), unseen59-61 as development data. Their 119 misses at the session's start
(main 828ee880: unseen59 56/62/46, unseen60 62/70/44, unseen61 63/68/44 of 97/97/98 and 47/48/47),
by cause: (1) 35 answers in a format or language not read (box-drawn terminal tables 13, a
Mermaid mindmap 9, Japanese counters, marks and words 6, FreeMind rich-content notes 2, LaTeX
math 2, JSON flashcards' front/back 2, a Telegram code entity 1); (2) 36 facts misfiled by the
parser (20 of them under the wrong service: a service a line's definition or a remark names
carried to the lines after it, a 40-character opening cut inside a word, a remark over a
table; the rest quantities not read from table rows or filed under a weak attribute); (3) 40
right facts ranked below the top 3 or abstained on (mostly words of the query the fact does
not say: "horizon", "osi", "peering connections"; worked calculations); (4) 8 unanswerable
queries answered. Kept, top-1/top-3/abstain over all sets: parser (a label line names its
services in passing; the opening window ends at a word's end) 5057/5264/2332 ->
5070/5277/2330; scorer (a service's name typed short, "lambda fn"; a number under a short
label line read with it; a title that only repeats its attribute is no answer)
5070/5277/2330 -> 5075/5281/2330 (unseen47, 52, 55, 57, 61 +1 top-1; no set loses one).
unseen59 56/62/46 -> 58/65/45, unseen60 62/70/44 -> 64/70/44, unseen61
63/68/44 -> 69/75/43. A long remark over a table (over 12 words, no ":") no longer gives the
table the service it names (extract/table_layouts.table_service): unseen61's Elastic Beanstalk
deployment-policy table was Route 53's; no figure moves. The threshold is not moved (0.60).

Session 20, languages (lang20): Russian, Vietnamese and Turkish vocabulary
(studycli/languages_more.py: units read only after a number in a note in the language, bounds
after a number, postpositions, "%99,5", apostrophe case endings), sync/async words for Korean,
Polish, Chinese and Japanese, and a non-ASCII query read with the glossary of the language it
writes. top-1/top-3/abstain, before -> after: unseen56 63/70/42 -> 72/79/42, unseen57 61/67/41
-> 67/72/39, unseen58 58/68/41 -> 60/70/40, unseen54 74/78/39 -> 76/80/39, unseen55 83/86/43
-> 83/87/43 (unseen36, 40, 53 and every English set unchanged); total 4833/5026/2199 ->
4852/5045/2196. Per note top-1 of 14: Russian (unseen56 c_) 2 -> 11, Vietnamese (unseen57 b_)
7 -> 13, Turkish (unseen58 b_) 8 -> 9; Korean (unseen54 b_) 7 -> 9 of 15. The 3 abstentions
lost are answers from newly read facts: SNS standard-topic subscriptions for a FIFO question,
the FIFO batching rate for "high throughput mode", an Intelligent-Tiering "30 days" for its fee.
check (bench/check_claims.py): unseen58 outdated lines flagged 18 -> 19 of 50; unseen56 flags
one more right-graded line (3 -> 4 of 357): the Russian "30 ГБ" CloudFront file size, which
the quotas page (cloudfront-limits) now gives as 50 GB per HTTP GET response; unseen57 unchanged.

Session 20, review of lang20 (lang20b): Turkish "altı" (six) no bound, "ile" a range only when
"arası" closes it or both numbers carry one unit, no spaced-thousands join after a name the note
writes ("Route 53 500"), Russian "на" per only before a glossary word, "X'dan Y'a" from X to Y,
units after "/" singular; a query read in a language only for glossary/unit words, its numbers
as typed. Every set unchanged (main f5244f62 -> lang20b; total 4889/5075/2197): the
misreadings removed are of lines no development query asks about.

Session 20 (lookup30), unseen56-58 as development data. Their misses at the session's start
(main 3d76266c: unseen56 63/70/42, unseen57 61/67/41, unseen58 58/68/41 of 95/97/97 and 47
each), by cause: 68 answers not in the fact base because a format or language was not read
(Russian 12, Vietnamese 7, Turkish 6; CloudFormation YAML 13, Kindle clippings 9, iCalendar 6,
Obsidian Canvas 5, Quarto callout titles 5, Terraform 3, rowspan HTML 2), 11 facts misfiled by
the parser, 28 right facts ranked below the top 3 or abstained on, 17 unanswerable queries
answered (3 of them by the unread Canvas JSON). Kept: the service catalogue ("cw", DynamoDB
"global tables", Neptune, DocumentDB); a hyphened number measures the noun after it ("a
2-minute warning") and a number's trailing words end with its sentence; a value a later line
of the note corrects ("not 2 hours like I wrote in v2") ranks after the correction
(lookup/corrections.py). total top-1/top-3/abstain 4833/5026/2199 -> 4835/5028/2201
(catalogue) -> 4837/5030/2201 (attributes) -> 4839/5030/2201 (corrections); no set loses a
query at any step. The threshold is not moved (0.60).

Session 20, review follow-up (lookup30b): a correction must share the corrected fact's key and
say the old value was written before or wrong, and not that it is another thing's ("not 90
days (that's Glacier Flexible)", "not 14 days like SQS", "rather than 300"); "document db" is
no alias; a 2-up table's halves take a service each only under a heading split in two ("‖",
"|", "/", "vs"); a hyphened number measures the words after it to the clause's end. total
4889/5075/2197 -> 4888/5075/2197: unseen57's CodePipeline approval timeout ("7 days, not 24 h
(v1 was wrong)") is top-3 again, not top-1, since its two lines' attributes differ ("action
times out", "TTL") and a key the parser names two ways is no key to correct by.

Session 19, scorer (lookup29b): a count filed under the thing it counts ("8 healthy records",
"1,000 concurrent executions") answers only a query naming that thing or every word of the
measure asked; a word after "aws"/"amazon" is mended only into a service or subject name
("aws outposts" is no "outputs"); inline and managed exclude one another; sync/async asked
with a figure is a topic word. total top-1/top-3/abstain 4654/4825/2069 -> 4654/4824/2075
(abstain gains: unseen4, 9, 19, 40, 41, 43, 52; unseen37 loses one: "max response payload for
sync lambda invoke" now answered by a Lambda "synchronous" mode fact, below the figure asked;
unseen54 loses a top-3: its async payload line is Korean, "비동기", which no longer says the
"async" asked, and the wrong "10 GB" first answer is gone with it). Dropping the
invocation-mode kind when a side is asked with a figure fixed unseen37's but lost 7 top-1
answers (unseen6/8/12/20/21/27/34): not kept.

Session 19, parser (extract19): bounded counts of unlisted nouns, bare numbers after a named
count, a range's bare default, no "7 cores" from "7 core checks", Polish count nouns, a topic-list
heading is its parent service's section. total top-1/top-3/abstain 4625/4795/2078 ->
4633/4803/2070 (unseen53 79/86/44 -> 79/86/44, unseen54 70/75/39 -> 71/76/39, unseen55
81/84/41 -> 82/85/41). The 8 abstentions lost are answers the scorer now gives from right new
facts or unchanged lines ("outposts" repaired to a new "outputs" attribute; a default 30 days
over the 7-30 days range, unseen9's one top-1 loss); unseen37 loses a top-3 answer (a right
default 10 outranks the wanted max) and unseen50 a top-1 (a right "8 healthy records" lacks the
expected "up to").

Session 9, after round eighteen (lead): a quantity that says none of the query's words naming
the measure asked ("retrieval" in "s3 glacier deep archive retrieval time", answered "180 days",
Deep Archive's minimum storage duration) scores its topic at half (answer.MEASURE_UNSAID),
unless the clause stating its number says one ("--expires-in" for a "TTL" asked as
"expiration"); statements scored by a number's clause likewise. unseen15 88 -> 89 top-1,
unseen17 abstain 45 -> 46; total 2279/2356/868 -> 2280/2356/869; no set loses a query.

Figures (2026-12-01), before -> after the round of issue 10 that added unseen8/9 here
(top-1 / top-3 / abstain; extra's one top-3 loss: a wrong first answer,
"ThrottleError -429" for an account concurrency limit, is no longer given, and nothing
else reaches the threshold):
    shipped  0.943 / 0.943 / 1.000 -> 0.943 / 0.943 / 1.000
    extra    0.972 / 0.986 / 0.974 -> 0.972 / 0.972 / 0.974
    unseen   0.957 / 0.981 / 1.000 -> 0.962 / 0.981 / 1.000
    unseen2  0.904 / 0.939 / 1.000 -> 0.904 / 0.948 / 1.000
    unseen3  0.923 / 0.959 / 0.900 -> 0.933 / 0.974 / 0.900
    unseen4  0.965 / 0.977 / 0.900 -> 0.977 / 0.988 / 0.925
    unseen6  0.787 / 0.851 / 0.844 -> 0.819 / 0.872 / 0.933
    unseen8  0.839 / 0.925 / 0.844 -> 0.860 / 0.957 / 0.933
    unseen9  0.837 / 0.880 / 0.867 -> 0.880 / 0.924 / 0.956
    total    0.907 / 0.943 / 0.898 -> 0.919 / 0.955 / 0.949

Figures (2026-12-01), before -> after issue 10's round three (branch lookup6: common words
count half unsaid; a comparison table's cell answers for its own column; a line naming the
service by its initials; a number every span of time is a rate; a maximum of another noun
is no maximum of what is counted; a mode question is not answered by a quota row; synonyms
for "restore" and "language"; further matches that answer looked for 30 deep; a fact of a
subject the query does not say ranks below the service's own, rank.py "subject unasked"):
    shipped  0.943 / 0.943 / 1.000 -> 0.962 / 0.962 / 1.000
    extra    0.972 / 0.972 / 0.974 -> 0.972 / 0.972 / 0.974
    unseen   0.962 / 0.981 / 1.000 -> 0.962 / 0.986 / 1.000
    unseen2  0.904 / 0.948 / 1.000 -> 0.930 / 0.978 / 1.000
    unseen3  0.933 / 0.974 / 0.900 -> 0.943 / 0.979 / 1.000
    unseen4  0.977 / 0.988 / 0.925 -> 0.977 / 0.988 / 0.925
    unseen6  0.819 / 0.872 / 0.933 -> 0.851 / 0.904 / 0.933
    unseen8  0.860 / 0.957 / 0.933 -> 0.871 / 0.968 / 0.978
    unseen9  0.880 / 0.924 / 0.956 -> 0.880 / 0.935 / 0.956
    total    0.919 / 0.955 / 0.949 -> 0.930 / 0.969 / 0.961

The threshold (`--threshold T`; lookup/answer.py THRESHOLD), swept on all nine sets after
that round: top-1 / top-3 on the 1122 answerable queries; abstain rate (recall of
abstaining) on the 254 unanswerable ones; precision of abstaining (share of abstentions
that were on unanswerable queries, abstentions on answerable queries in brackets; before
the last two changes of the list above, which moved 0.60 to 0.930 / 0.969):
    0.50  0.922 / 0.966  recall 0.850  precision 0.923 (18)
    0.55  0.929 / 0.966  recall 0.941  precision 0.916 (22)
    0.60  0.930 / 0.967  recall 0.961  precision 0.914 (23)   <- shipped
    0.65  0.922 / 0.959  recall 0.961  precision 0.881 (33)
    0.70  0.910 / 0.949  recall 0.972  precision 0.846 (45)

Figures (2026-12-01), issue 10's round four (branch lookup7), unseen11 added; before, then
after each kept change (top-1 / top-3 / abstain; sets not listed unchanged):
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.962/0.986/1.000
             unseen2 0.930/0.978/1.000  unseen3 0.943/0.979/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.851/0.904/0.933  unseen8 0.871/0.968/0.978  unseen9 0.880/0.935/0.956
             unseen11 0.785/0.882/0.911  total 0.919/0.962/0.953 (1215 / 299 queries)
    1. an answer under the note's own question (lookup/qa.py: "Q19. ... cheapest?" /
       "✓ Rolling with additional batch"): unseen8 0.882/0.978/0.978, unseen11
       0.796/0.892/0.911, total 0.921/0.964/0.953.
       QA_THRESHOLD (service x topic of the question and its answer line), swept on all ten
       sets after change 7 (first answers it gives: right / wrong on answerable queries /
       given to unanswerable ones; precision):
         0.50  4 / 0 / 2  0.667  (total abstain 0.946 before change 7)
         0.60  2 / 0 / 0  1.000
         0.75  2 / 0 / 0  1.000  <- shipped (the same answers; the higher bar for unseen notes)
         0.85  1 / 0 / 0  1.000
    2. "X vs Y" ranks a statement that compares (says "vs", or sits under a heading that
       does) above one that only names both (features.comparison_statement, weight 1.0;
       2.0 gives the same): unseen6 0.862/0.904/0.933, unseen8 0.892/0.978/0.978, unseen11
       0.806/0.892/0.911, total 0.923/0.964/0.953.
    3. an HTTP status typed with its reason phrase ("alb 504 gateway timeout meaning"): the
       phrase names the code and is no topic besides (query._reason_phrase_stems): unseen11
       0.817/0.903/0.911, total 0.924/0.965/0.953.
    4. a reason or remedy asked anywhere ("... why", "... fix", "what do i do", "how to")
       is a concept question, and its failure words ("cant reach") are no topic
       (query._asks_anywhere, _symptom_stems): unseen11 0.828/0.914/0.911, total
       0.925/0.965/0.953.
    5. a journal's question line that no fact was made of is no answer: the marked answer
       under it ("✓", "A:") is, with the question as its attribute; a crossed answer ("✗")
       never (lookup/lines.py): unseen6 0.862/0.904/0.933 (kept: a question answered on its
       own line after "?" stays its answer), unseen9 0.891/0.946/0.956, unseen11
       0.839/0.925/0.911, total 0.927/0.967/0.953.
    6. "min" after a number is minutes, not a minimum (no figure moves).
    7. a bound on the plural of a service's name ("max ebs volumes attached to an
       instance") counts it: "up to 16 Nitro instances" no longer answers it (query.
       _read_counted_names): unseen9 0.891/0.946/0.978, unseen11 0.839/0.925/0.933,
       total 0.927/0.967/0.960.
    8. a word is no near form of a longer name it begins ("batch" of BatchGetItem does not
       say "batchwriteitem"; words.NEAR_TAIL): unseen3 0.948/0.979/1.000, total
       0.928/0.967/0.960. And the question above a line does not speak for a line that
       names another API ("BatchGetItem = 100 items" under "Q9. BatchWriteItem limits?";
       answer._names_other_subject): no figure moves, but unseen11's "batchwriteitem max
       items" now abstains instead of answering BatchGetItem's 100 items.
    Tried and left out: "prod" -> production (unseen11: an abstention became a wrong
    answer, a line the parser filed under the wrong plan); "service(s)" as a weak word
    (unseen11 loses a top-3); a Cognito trigger the notes never name not answered by
    Cognito's invocation mode (FTS5's porter stems make "generation" look present:
    "gener" of "general"; and "invocation model" lost unseen3's answer); a rank bonus for a
    fact that accounts for both of two services named ("max sqs batch size for lambda";
    weight 2 or 4: extra loses a top-1, nothing gains one).
    After all kept changes (top-1 / top-3 / abstain):
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.962/0.986/1.000
        unseen2  0.930/0.978/1.000   unseen3  0.948/0.979/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.862/0.904/0.933   unseen8  0.892/0.978/0.978   unseen9 0.891/0.946/0.978
        unseen11 0.839/0.925/0.933   total    0.928/0.967/0.960 (was 0.919/0.962/0.953)

Figures (2026-12-01), issue 10's round five (branch lookup8), unseen12 added (its first run,
before any change: 0.832 / 0.884 / 0.809, as tests/data/unseen12_README.md records); every
other set is unchanged by every kept change (top-1 / top-3 / abstain, 1310 / 346 queries):
    before   unseen12 0.832/0.884/0.809   unseen6 0.862/0.904/0.933   total 0.921/0.961/0.939
    1. a number stated per a scope other than the one asked ("one Elastic IP per AZ" for
       "elastic ips per region"; "per account" and "per region" are one scope; the scope
       asked, said anywhere in the fact, may be what it is per), a plural said only after
       "per"/"each" ("per user/role") counts nothing asked, and "never expire" is no size
       (answer._per_other, _only_forever): unseen12 0.832/0.884/0.872.
    2. "how many X" counts X however short ("ips"), and "5 IP addresses" counts IPs
       (query._how_many_noun, answer._HEAD_NOUNS): unseen12 0.842/0.895/0.872.
    3. a service asked by one variant's name (NLB) is not answered by a fact filed under
       another variant (ALB) or a statement naming only it; a comparison is exempt
       (answer._other_variant, OTHER_VARIANT 0.5): unseen12 0.842/0.895/0.894.
    4. a statement's clauses about another service ("Parameter Store = ... 4 KB" on a
       Secrets Manager line) neither say the fact's service nor give it a unit
       (answer._about_other_service, _own_units): unseen6 0.862/0.904/0.956, unseen12
       0.842/0.895/0.915.
    5. a word a service's facts write short ("msgs") is that service's vocabulary too
       (lookup._generic_words): unseen12 0.853/0.905/0.915.
    6. synonyms: "zip", "upload" go with "deployment package": unseen12 0.863/0.916/0.915.
    7. a rate per unit of time is no count asked per a scope ("kinesis shard quota per
       account": not 1 MB/s; answer._count_per_scope_of_rate): unseen12 0.863/0.916/0.936.
    Threshold swept again after change 7 (top-1 / top-3; abstain recall on the 346
    unanswerable; precision of abstaining, abstentions on answerable queries in brackets):
        0.55  0.923 / 0.963  recall 0.939  precision 0.918 (29)
        0.60  0.923 / 0.963  recall 0.960  precision 0.917 (30)   <- kept
        0.65  0.915 / 0.955  recall 0.962  precision 0.890 (41)
    Tried and left out: a comparison ("x vs y") answered first by the first row of the
    notes' comparison table (unseen12 +1 top-1, unseen11 -1 top-1 and "kinesis over sqs"
    lost its statement in two sets); the parent lines of an outline as context ("7.3
    Business" over "b) production system down < 1 hr": no figure moved, the line ranks
    ~30th); a mode fact that only repeats the mode typed ("event source mapping") as no
    answer to a quantity, with "ESM" read as the phrase it stands for and a wider search
    when the services named give fewer than 30 candidates (no figure moved: the answer,
    filed under Lambda, scores 0 in rank for "sqs ..."). Threshold 0.601 (answers at
    exactly 0.60 are two of the unanswered): total 0.915/0.956/0.945, worse.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.962/0.986/1.000
        unseen2  0.930/0.978/1.000   unseen3  0.948/0.979/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.862/0.904/0.956   unseen8  0.892/0.978/0.978   unseen9 0.891/0.946/0.978
        unseen11 0.839/0.925/0.933   unseen12 0.863/0.916/0.936
        total    0.923/0.963/0.960 (was 0.921/0.961/0.939)

Figures (2026-12-01), issue 10's round six (branch lookup9); before, then after each kept
change (top-1 / top-3 / abstain; sets not listed unchanged):
    before   as "after all kept changes" just above (total 0.923/0.963/0.960).
    1. a long definition heading ("7.3 Business - 24/7 phone, email, chat. full Trusted
       Advisor checks") names its term first: its items are that term's (features.py
       _defined_term; the rest of the heading stays context): unseen12 0.863/0.926/0.936,
       total 0.923/0.964/0.960. Doing the same for short headings ("Developer - from
       $29/month ...") lost shipped one top-1 and gained nothing: left out.
    2. "down" is no stop word ("production system down" vs "impaired") and "prod" means
       production: unseen6 0.872/0.904/0.956, unseen11 0.839/0.935/0.933 (its support
       query had moved from an abstention to a wrong first answer with "down" alone; with
       "prod" it is in the top 3), unseen12 0.874/0.926/0.936, total 0.924/0.965/0.960.
    3. a table row's value in the 4xx/5xx range ("Hosted zones per account | 500") is a
       count, not an HTTP status (answer._NOT_COUNTS): unseen12 0.884/0.926/0.936, total
       0.925/0.965/0.960.
    4. further matches give another value before the same value again (choose; a second
       "1 year" under another heading): unseen6 0.872/0.915/0.956, total 0.925/0.966/0.960.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.962/0.986/1.000
        unseen2  0.930/0.978/1.000   unseen3  0.948/0.979/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.872/0.915/0.956   unseen8  0.892/0.978/0.978   unseen9 0.891/0.946/0.978
        unseen11 0.839/0.935/0.933   unseen12 0.884/0.926/0.936
        total    0.925/0.966/0.960 (was 0.923/0.963/0.960)
    Threshold after these changes: 0.55 total 0.926/0.966/0.939, 0.60 0.925/0.966/0.960,
    0.65 0.917/0.957/0.962: 0.60 stays. Tried and left out: "port" as a cue for a value
    ("xray daemon port" -> "UDP 2000"): unseen11 +1 top-1, unseen2 -2 top-1 and -2 top-3.
    Left: support-plan items the parser files under "support plans" or under the previous
    plan (unseen9, unseen11), Glacier tier lines the parser drops (unseen12 "Expedited 1-5
    min", "Bulk 48 hrs"), and "X vs Y" tables whose rows all match alike (unseen12 "security
    group vs nacl": which row a student means is not in the query).

Figures (2026-12-01), issue 10's round seven (branch lookup10): unseen13-15 added (their
never-tuned figures, as the last round left them, are the "before" below); before, then
after each kept change (top-1 / top-3 / abstain; sets not listed unchanged; 1591
answerable, 486 unanswerable queries):
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.962/0.986/1.000
             unseen2 0.930/0.978/1.000  unseen3 0.948/0.979/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.872/0.915/0.956  unseen8 0.892/0.978/0.978  unseen9 0.891/0.946/0.978
             unseen11 0.839/0.935/0.933  unseen12 0.884/0.926/0.936
             unseen13 0.859/0.924/0.956  unseen14 0.896/0.948/0.898  unseen15 0.839/0.925/0.891
             total 0.915/0.960/0.947
    1. a label counts what its number counts without its aside or scope ("Read replicas per
       source (MySQL/MariaDB/PG) | 5"; answer._label_words), a label ended by ":" speaks
       for its number in a statement of several clauses ("in-flight msgs: 120,000 std /
       20,000 FIFO"; not a number with a unit: "shard: 1 MB/s" counts no shards),
       "subscriptions" are subscribers, "org"/"orgs"/"organizations" name AWS Organizations
       (lookup_synonyms.json "service_aliases", read by the lookup only) and a service's
       name is not what a count counts: unseen2 0.934/0.983/1.000, unseen13
       0.880/0.946/0.956, unseen14 0.917/0.969/0.898, total 0.918/0.963/0.947.
    2. further matches pass over a fact that only repeats part of a hit already shown from
       its note line ("1000 MiB/s" after the table row holding it) for the nearest other
       answer of the same standing (lookup._other_lines_first): unseen2 0.934/0.987/1.000,
       unseen8 0.892/0.989/0.978, total 0.918/0.964/0.947.
    3. a discount or a reduction asked is a percentage ("spot discount up to": "up to 90%
       off"; "rds proxy failover time reduction": "cut by up to 66%"): unseen
       0.967/0.990/1.000, unseen6 0.883/0.926/0.956, unseen14 0.927/0.979/0.898, total
       0.920/0.966/0.947.
    4. a failure typed as it is met ("lambda in vpc cant reach internet", no "why") asks
       for its remedy: its failure words are no topic (query._says_failure): unseen15
       0.849/0.935/0.891, total 0.920/0.967/0.947.
    5. "kept" says retention ("metric data kept 15 months"): unseen2 0.939/0.991/1.000,
       total 0.921/0.967/0.947.
    6. a bare number answered under a journal's question ("✓ 15" under "Q4. Aurora read
       replicas max?") is labelled by the question (what its "how many" counts, when it
       asks one), is of the service the question names, and may answer a count
       (answer._label_of, lines.NEAR): unseen15 0.860/0.946/0.891, total 0.921/0.968/0.947.
    7. an outline item is read under its parent item when no fact answers on its own words
       (a OneNote export's "▪ production system down < 1 hr" under "o Business - from
       $100/month"; context._parent_item): unseen9 0.902/0.957/0.978, total
       0.922/0.969/0.947.
    8. words typed apart are searched as the one name a note writes ("parallelization
       factor" finds ParallelizationFactor, under any service; lookup._joined_words), and a
       fact whose clause names the service asked weighs 2.5 against being filed under
       another (rank "service in clause", was 1.0; neither alone moves a figure): unseen3
       0.954/0.985/1.000, total 0.923/0.969/0.947.
    Tried and left out: "throughput" as a rate per second too (unseen15 +1 top-1, but
    "5 calls/s" came into the top 3 of "kinesis shard write throughput": top-3 unchanged,
    a wrong answer shown); at most two hits from one note line (unseen2 and unseen8 lose
    the table row that holds the answer: -2 top-3); statements under one heading as one
    fact for further matches (+1 -3 top-3: neighbours under one heading often hold the
    answer); a comparison answered by the notes' own comparison block in note order when
    nothing else is asked (-6 top-1, -3 top-3 net: "kinesis over sqs", "alb vs nlb" lose);
    "how many times" counting no "times" and cue phrases ("how many") left out of the
    every-concept search (no figure moves, or -1 top-1); a fact filed under another subject
    of the service (gp3's "3,000 IOPS" for "io2 ... iops") not reading the table header
    over it as context (no figure moves). Threshold after these changes (total top-1 /
    top-3 / abstain): 0.55 0.923/0.969/0.928, 0.58 0.923/0.970/0.947 (one more answer,
    "fifo throughput sqs" at 0.59), 0.60 0.923/0.969/0.947, 0.62 0.915/0.961/0.957: 0.60
    kept (one query is no evidence for moving it).
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.967/0.990/1.000
        unseen2  0.939/0.991/1.000   unseen3  0.954/0.985/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.883/0.926/0.956   unseen8  0.892/0.989/0.978   unseen9 0.902/0.957/0.978
        unseen11 0.839/0.935/0.933   unseen12 0.884/0.926/0.936   unseen13 0.880/0.946/0.956
        unseen14 0.927/0.979/0.898   unseen15 0.860/0.946/0.891
        total    0.923/0.969/0.947 (was 0.915/0.960/0.947)
    Left (top-3 misses after these changes, 49 of 1591, by cause): the parser files the
    line under another service or heading, or makes no fact of it (about 17: "multivalue =
    up to 8 healthy records" under ELB, CloudTrail's "90 days" under Step Functions, a
    journal's "AWS reserves 5 per subnet" under Route 53, support-plan items under IAM,
    Glacier tier lines "Expedited 1-5 min" / "Bulk 48 hrs" dropped, a table cell "16,000
    (baseline 3,000)" and a transposed table's io2 column not filed, "API Gateway -> Lambda"
    filed as an event source mapping, Cognito lines under "step fns", a transcript sentence
    cut at its line end); "X vs Y" asked bare, the row a student means not in the query
    (5); words the notes say otherwise ("items" / "actions" / "requests", "rule",
    "access", "windows" / "Linux only": about 6); concept and remedy questions whose
    statement shares few words (about 9); reverse lookups "which X has V" (2).

Figures (2026-12-01), issue 10's round eight (branch lookup11); before, then after each kept
change (top-1 / top-3 / abstain; sets not listed unchanged; 1591 answerable, 486
unanswerable queries). "Before" is main at 746533f measured again: the parser work merged
since round seven moved unseen11-15 from the figures above.
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.967/0.990/1.000
             unseen2 0.939/0.991/1.000  unseen3 0.948/0.985/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.883/0.926/0.956  unseen8 0.892/0.989/0.978  unseen9 0.902/0.957/0.978
             unseen11 0.839/0.935/0.956  unseen12 0.895/0.937/0.936
             unseen13 0.902/0.957/0.956  unseen14 0.927/0.979/0.898  unseen15 0.882/0.957/0.913
             total 0.925/0.971/0.951
    1. a label before a number that measures something else counts nothing it names
       ("queue name max 80 chars", "KDS shard in: 1000 rec/s", "Task definition max size |
       64 KiB"), a price counts nothing ("hosted zone $0.50/month"; answer._NOT_COUNTS), and
       a plural typed right after "max" is a count asked, not a guess (answer._measures,
       _bound_names_counted): unseen13 abstain 1.000, unseen15 abstain 0.935, total
       0.925/0.971/0.957.
    2. a default asked is not answered by the maximum a setting may be set to ("visibility
       timeout default": not 12 h), nor a range asked ("lambda memory range") by the default
       alone (answer._other_qualifier): unseen12 0.905/0.937/0.936, unseen15
       0.903/0.957/0.935, total 0.927/0.971/0.957.
    3. a plural ends the noun a number counts ("up to 8 healthy records returned" counts
       records; answer._noun_after): unseen13 0.913/0.967/1.000, total 0.928/0.972/0.957.
    4. "how many" asked beside a mode ("how many times does lambda retry async
       invocations") is weighed as the count it asks: a limit of another dimension ("6 h")
       is no answer, nor a statement about the mode that gives no number (answer._shape,
       _named_shape): unseen6 0.894/0.936/0.956, total 0.928/0.972/0.957.
    5. a number before an HTTP method counts requests ("3,500 PUT/COPY/POST/DELETE" for "s3
       requests per prefix"; answer._HTTP_METHODS): unseen15 0.914/0.968/0.935, total
       0.929/0.973/0.957.
    6. "wait for" asks what waits, not how long ("step functions wait for human approval":
       .waitForTaskToken; query._WAIT_VERBS): unseen15 0.925/0.978/0.935, total
       0.930/0.974/0.957.
    7. "access" is a weak word, like "type" or "setting" ("lambda in vpc internet access":
       the NAT line, which says "internet"): unseen14 0.938/0.990/0.898, total
       0.930/0.974/0.957.
    8. a price asked ("developer support plan price", not "X vs Y price") is answered only
       by a line or label that states money (answer._price_unstated): unseen12 abstain
       0.957, unseen13 0.924/0.967/1.000, unseen15 abstain 0.957, total 0.931/0.974/0.961.
    9. a port asked ("xray daemon port") is answered only by a fact that states a number
       (answer._port_unstated; in the answer gate, not as a rank cue, which round six found
       to lose unseen2 answers): unseen11 0.849/0.935/0.956, total 0.931/0.974/0.961 (1482
       top-1, was 1481).
   10. a variant asked as a subject ("deep archive min storage days") is not answered by a
       fact filed under another variant the lexicon knows ("S3 Glacier": 90 days) whose text
       does not name it (answer._other_subject; a subject in the notes' own words, "Write
       (PutRecord)", is no variant: without that condition unseen3 lost a top-3): unseen9
       0.913/0.957/0.978, unseen11 0.860/0.935/0.956, total 0.933/0.974/0.961.
   11. an HTTP method typed ("s3 put rps prefix") is not answered by a fact whose numbers
       count other methods only ("5,500 GET/HEAD per second"; answer._other_methods):
       unseen2 0.943/0.991/1.000, total 0.933/0.974/0.961 (1485 top-1, was 1484).
    Tried and left out: a table row as no concept statement for a remedy question ("sqs
    message too big what do i do": -1 top-3 on unseen13's "redis vs memcached", whose
    comparison table answers); the default bonus scaled by how much of the query the
    default says (unseen2, unseen3 -1 and -2 top-1); a default asked by "max" treated as
    another qualifier (unseen2 -1 top-1, -1 top-3); a fact about a third service when two
    are asked ("ESM batch size SQS def 10" for "kinesis esm default batch size lambda":
    unseen8 -1 top-1, -1 top-3); "cw" as CloudWatch and dimension words before a name
    asked only ("api gateway max header size" keeps its size): no figure moves. A port
    asked answered only by a whole number outside a version ("NFS v4.1" states no port):
    unseen2 -1 top-3, unseen11 -1 top-1 and -1 top-3, unseen15 -1 and -1.
    Threshold after these changes (total top-1 / top-3 / abstain): 0.55 0.931/0.974/0.942,
    0.60 0.931/0.974/0.961, 0.65 0.922/0.965/0.971: 0.60 kept. Speed (bench/lookup.py,
    base and branch run alternately, twice, on a shared machine): shipped 5.0-5.4x bare
    Python before, 5.0-5.2x after; 100,000 facts 6.5-7.1x before, 6.4-7.5x after (the
    highest under load): no change beyond noise.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.967/0.990/1.000
        unseen2  0.943/0.991/1.000   unseen3  0.948/0.985/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.894/0.936/0.956   unseen8  0.892/0.989/0.978   unseen9 0.913/0.957/0.978
        unseen11 0.860/0.935/0.956   unseen12 0.905/0.937/0.957   unseen13 0.924/0.967/1.000
        unseen14 0.938/0.990/0.898   unseen15 0.925/0.978/0.957
        total    0.933/0.974/0.961 (was 0.925/0.971/0.951)

Figures (2026-12-02), issue 10's round nine (branch lookup12); before, then after each kept
change (top-1 / top-3 / abstain; sets not listed unchanged; 1591 answerable, 486
unanswerable queries). "Before" is main at 255a881 measured again: parser work merged since
round eight moved unseen8, unseen11-15 from the figures above.
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.967/0.990/1.000
             unseen2 0.943/0.991/1.000  unseen3 0.948/0.985/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.894/0.936/0.956  unseen8 0.914/0.989/0.978  unseen9 0.924/0.957/0.978
             unseen11 0.882/0.946/0.956  unseen12 0.926/0.947/0.957
             unseen13 0.913/0.967/1.000  unseen14 0.938/0.990/0.878  unseen15 0.925/0.978/0.957
             total 0.937/0.975/0.959
    1. a number a line states for a mode the query does not say ("On-demand mode: 4 MB/s
       write default" for "kinesis shard write throughput"; "<word> mode", singular) ranks
       as a special case (rank "mode unasked", -3.5; -2.0 gains unseen14 only):
       unseen8 0.925/0.989/0.978, unseen14 0.948/0.990/0.878, total 0.938/0.975/0.959.
    2. a plural typed right after "max" is a count asked, and a size ("16 MB", filed as
       BatchWriteItem's items limit) is no near answer to it (answer._unit_shape with
       _bound_names_counted): unseen9 0.935/0.957/0.978, total 0.939/0.975/0.959.
    3. "which services have X" is answered by a statement naming two or more services
       other than those typed ("gateway endpoints only for S3 and DynamoDB"; rank
       "services named", 1.5 x relevance; unscaled gives the same figures but lifts
       unrelated lists): unseen8 0.935/0.989/0.978, unseen11 0.892/0.946/0.956, total
       0.940/0.975/0.959.
    4. "X vs Y": a statement saying what each side is, one clause apiece ("SQS = pull. SNS
       = push.", "NLB is layer 4 ... ALB = layer 7") compares as one that says "vs"
       (features._defines_each): unseen3 0.954/0.985/1.000, unseen13 0.924/0.967/1.000,
       total 0.942/0.975/0.959.
    5. a line filed under no service that names another service or another's subject
       ("gp3 vs gp2: ..." for "snowball edge storage capacity") answers no question about
       the service asked (answer.OTHER_SERVICE 0.3, was the unknown service's 0.6):
       unseen14 abstain 0.898, total 0.942/0.975/0.961.
    Tried and left out: a fact saying only the other of a direction pair asked (read /
    write, inbound / outbound, ingress / egress, upload / download) as another shape: no
    figure moves. Threshold after these changes (total top-1 / top-3 / abstain): 0.55
    0.942/0.975/0.942, 0.60 0.942/0.975/0.961, 0.65 0.935/0.967/0.971: 0.60 kept. Speed
    (bench/lookup.py, shared machine): shipped 4.6-5.0x bare Python, 100,000 facts
    6.3-6.4x (round eight: 5.0-5.2x and 6.4-7.5x).
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.967/0.990/1.000
        unseen2  0.943/0.991/1.000   unseen3  0.954/0.985/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.894/0.936/0.956   unseen8  0.935/0.989/0.978   unseen9 0.935/0.957/0.978
        unseen11 0.892/0.946/0.956   unseen12 0.926/0.947/0.957   unseen13 0.924/0.967/1.000
        unseen14 0.948/0.990/0.898   unseen15 0.925/0.978/0.957
        total    0.942/0.975/0.961 (was 0.937/0.975/0.959)
    Left (by class): "sqs lambda batch size" (unseen, unseen4, unseen9: SQS's own "10
    messages" ranks far above the event source mapping's statement, 13-15 against 5-9;
    both rank ideas tried in rounds seven and eight lose extra); remedy questions whose
    answer sits in a limit's line ("msg size max 256 KB (bigger -> extended client lib)":
    no statement fact is made of it); a mode said other than "<word> mode" ("Shards per
    stream (on-demand) | 4 MB/s", "provisioned (...) vs on-demand (... 4 MB/s ...)":
    unseen6, unseen11); "s3 max object size" where the parser files the part size or
    the single PUT size as the object size (unseen2, unseen3, unseen15); bare "X vs Y"
    whose comparison-table rows all match alike (unseen12).

Figures (2026-12-02), issue 10's round thirteen (branch lookup13); unseen16-18 became
development data this morning. Before, then after each kept change (top-1 / top-3 /
abstain; sets not listed unchanged; 1871 answerable, 626 unanswerable queries):
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.971/0.990/1.000
             unseen2 0.956/0.987/1.000  unseen3 0.954/0.985/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.894/0.947/0.956  unseen8 0.935/0.989/0.978  unseen9 0.935/0.957/0.978
             unseen11 0.903/0.946/0.956  unseen12 0.926/0.947/0.957
             unseen13 0.924/0.967/1.000  unseen14 0.948/0.990/0.898  unseen15 0.925/0.978/0.957
             unseen16 0.763/0.845/0.894  unseen17 0.902/0.957/0.875  unseen18 0.824/0.879/0.867
             total 0.927/0.963/0.942
    1. words typed apart are said by the one word a note writes for them, joined ("fan
       out": fanout) or by their initials ("point in time recovery": PITR), when the notes
       use it (query._add_written_whole, W_WHOLE 0.95; no cue word in a run: "max event
       size" is no "MES"; such a word counts nothing: "ESM" names the mapping); a bare
       number opening a journal's answer ("A: 5,000. Groups ...") is labelled by its
       question; "which services support X" asks for services, its topic is X
       (query._which_services_words); "what happens if ... set to 0" is a concept
       question, its number kept as typed; "pattern" is a weak word: unseen12
       0.926/0.958/0.957, unseen16 0.784/0.866/0.894, unseen18 0.868/0.923/0.867, total
       0.931/0.967/0.942.
    2. one of a unit typed alone ("1 rcu equals", "what is 1 rcu", "1 rcu how many kb")
       asks what it stands for, a statement's job (query._defines_one); "equals"/"means"
       are weak words: unseen16 0.794/0.876/0.894, unseen17 0.913/0.957/0.875, unseen18
       0.879/0.923/0.867, total 0.932/0.967/0.942.
    3. of two subjects of one service asked ("lambda authorizer cache ttl"), a fact of one
       whose line never names the other (nor the alias typed for it, "dlq") is no answer
       (answer._one_subject_of_two, OTHER_VARIANT; not for "X vs Y"); a step a quantity
       moves by ("scales in 0.5 ACU increments") is no max or min (answer._steps_only):
       unseen11 abstain 0.978, unseen12 0.979, unseen17 0.917, unseen18 0.889, total
       0.932/0.967/0.950.
    4. a service asked after "for"/"from"/"with" another ("how does lambda get messages
       from sqs") ranks a fact naming both above one service's own (rank "service
       related", 3.0; 4.0 gives the same): unseen12 0.937/0.958/0.979, unseen18
       0.890/0.934/0.889, total 0.933/0.968/0.950.
    5. synonyms: "lag" is what notes write as replication, delay or latency ("replication
       < 1 s"): unseen18 0.901/0.945/0.889, total 0.934/0.968/0.950.
    Tried and left out: a scope asked by a service's name ("max subnets per vpc") and
    "every" as a scope word ("5 IP addresses in every subnet" is per subnet): no figure
    moves (the next statement naming subnets answers instead). Threshold after these
    changes (total top-1 / top-3 / abstain): 0.55 0.934/0.969/0.931, 0.60
    0.934/0.968/0.950, 0.65 0.926/0.960/0.958: 0.60 kept. Speed (bench/startup.py --only
    lookup against main, alternating, loaded machine): 5.9x against 5.8x to first output.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.971/0.990/1.000
        unseen2  0.956/0.987/1.000   unseen3  0.954/0.985/1.000   unseen4 0.977/0.988/0.925
        unseen6  0.894/0.947/0.956   unseen8  0.935/0.989/0.978   unseen9 0.935/0.957/0.978
        unseen11 0.903/0.946/0.978   unseen12 0.937/0.958/0.979   unseen13 0.924/0.967/1.000
        unseen14 0.948/0.990/0.898   unseen15 0.925/0.978/0.957   unseen16 0.794/0.876/0.894
        unseen17 0.913/0.957/0.917   unseen18 0.901/0.945/0.889
        total    0.934/0.968/0.950 (was 0.927/0.963/0.942)
    Left (by class): lines the parser files under the wrong service or none (unseen16's
    journal titled "... (Sam)" files its Kinesis, KCL, Step Functions and EventBridge
    notes under SAM; Firehose's "interval 60-900 s" under Auto Scaling or S3; EBS
    Multi-Attach's "16 instances" under EFS; unseen17's Beanstalk policy lines under no
    service); bare "X vs Y" whose best statement only names both (about 8 top-1 misses in
    unseen16-18); reverse lookups ("beanstalk deployment keeps full capacity"); "ec2
    memory metric" read as a size asked; "max subnets per vpc" answered by statements
    that name subnets.

Figures (2026-12-02), issue 10's round fourteen (branch lookup14): answers to a different
question than the one asked (a new user's notes, not kept in the repository). Before, then after
each kept change (top-1 / top-3 / abstain; sets not listed unchanged; 1871 answerable, 626
unanswerable queries):
    before   shipped 0.962/0.962/1.000  extra 0.972/0.972/0.974  unseen 0.971/0.990/1.000
             unseen2 0.956/0.987/1.000  unseen3 0.954/0.985/1.000  unseen4 0.977/0.988/0.925
             unseen6 0.894/0.947/0.956  unseen8 0.935/0.989/0.978  unseen9 0.935/0.957/0.978
             unseen11 0.914/0.946/0.978  unseen12 0.937/0.958/0.979
             unseen13 0.924/0.967/1.000  unseen14 0.948/0.990/0.898  unseen15 0.925/0.978/0.957
             unseen16 0.835/0.907/0.872  unseen17 0.913/0.957/0.917  unseen18 0.901/0.945/0.889
             total 0.936/0.970/0.949
    1. a dimension word that names a measure ("memory", "retention", "timeout"; not "size",
       "secs", "throughput") is not said by the unit of a number filed under another
       measure (a parsed quantity whose subject and attribute share no word with the query:
       "environment variables size (max) 4 KB" for "lambda memory max"), nor by a
       statement naming another measure word ("delay ... up to 15 minutes" for "retention")
       or labelled by other words ("env vars total max 4 KB"; a label of at most
       LABEL_WORDS words, not prose) (answer._other_measure, _measure_stems): unseen6
       abstain 0.978, unseen14 abstain 0.918, total 0.936/0.970/0.952. Read on every
       statement, also prose, it lost unseen, unseen6, unseen15 answers ("cognito trigger
       timeout": "trigger respond limit 5 s"), so the test is as narrow as written.
    2. a fact of the other side of a qualifier typed ("without batching" for "with
       batching", "standard" for "fifo", "read" for "write", "zipped"/"unzipped", ...; read
       from the note line when the parser's name says neither side; not for a mode fact,
       which answers "sync?" either way) and a statement that gives only a bound ("up to 14
       days") or a range when a default is asked are no answers (answer._contradicts,
       _bound_only; shape x OTHER_SHAPE): no figure moves.
    3. "AWS docs say" offers only an entry that passes the answer gate for the query, its
       subject named (lookup/docs.answers; not the event source mapping's MaximumConcurrency
       for "lambda concurrency limit"), weighing every entry of the services named when the
       reference's matcher finds none ("sqs message retention default": 4 days); and a
       note's max that the AWS docs call an adjustable default is marked on the hit
       (currency "unknown" with the reference's `suspect`): not in these figures.
    4. "X vs Y" ranks a statement that names both sides as one group ("one ALB/NLB
       listener", "SNS + SQS fan-out") below the others (features._names_together,
       comparison statement -2; -1 gains unseen13 and unseen15 only, -3 the same as -2):
       unseen12 0.947/0.958/0.979, unseen13 0.935/0.967/1.000, unseen15 0.935/0.978/0.957,
       total 0.938/0.970/0.952.
    5. a mode asked by name ("sqs fifo high throughput mode tps") is not answered by a fact
       that never says every word of that name (the plain FIFO queue's 300 msg/s;
       answer._mode_unsaid, shape x OTHER_SHAPE; not when a mode is what is asked):
       unseen4 abstain 0.950, total 0.938/0.970/0.954.
    Tried and left out: a measure word ("storage") kept as a topic word though it is a
    dimension cue ("rds max storage size mysql": unseen18 +1 abstain, but unseen3 -1 top-1
    -2 top-3, unseen15 -1 abstain); the same only for a parsed quantity of another measure
    ("lambda total code storage per region": "request payload size 4 KB"): no figure moves.
    Threshold after change 4 (total top-1 / top-3 / abstain): 0.55 0.938/0.971/0.933,
    0.60 0.938/0.970/0.952, 0.65 0.931/0.962/0.958: 0.60 kept. Speed (bench/startup.py
    --only lookup, loaded machine): 4.5x bare Python to first output, main the same.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.971/0.990/1.000
        unseen2  0.956/0.987/1.000   unseen3  0.954/0.985/1.000   unseen4 0.977/0.988/0.950
        unseen6  0.894/0.947/0.978   unseen8  0.935/0.989/0.978   unseen9 0.935/0.957/0.978
        unseen11 0.914/0.946/0.978   unseen12 0.947/0.958/0.979   unseen13 0.935/0.967/1.000
        unseen14 0.948/0.990/0.918   unseen15 0.935/0.978/0.957   unseen16 0.835/0.907/0.872
        unseen17 0.913/0.957/0.917   unseen18 0.901/0.945/0.889
        total    0.938/0.970/0.954 (was 0.936/0.970/0.949)
    Left (by class): size questions answered by a statement of bare counts when the size
    word is a dimension cue ("rds max storage size mysql", "efs max file size", "elastic
    beanstalk max environments": 0.85 with no unit); "max subnets per vpc" answered by
    statements naming subnets; "sqs fifo high throughput mode" answered by the plain FIFO
    limit under a note's question that says "high" (unseen16); unseen16's journal filed
    under SAM (parser); bare "X vs Y" whose rows all match alike; reverse lookups.

Figures (2026-12-02), issue 10's round fifteen (branch lookup15, a short round); before
(main at 2b6c666), then after each kept change (top-1 / top-3 / abstain; sets not listed
unchanged; no change lost a query anywhere):
    before   as "after all kept changes" of round fourteen, but unseen9 0.946/0.967/0.978,
             total 0.939/0.971/0.954
    1. a size asked is not answered by a statement whose numbers have no unit ("rds max
       storage size mysql": "up to 5 per source"; "efs max file size": "1 per AZ"); a CIDR
       prefix ("/16") or characters still answer (answer._SIZE_WITHOUT_UNIT; without that
       exception unseen, unseen11, unseen18 each lost a top-1 and a top-3): unseen14
       abstain 0.939, unseen18 abstain 0.911, total 0.939/0.971/0.957.
    2. a count is not answered by a statement that only mentions the counted noun: "one
       subnet = one AZ" is a correspondence (answer._IDIOM), "in every subnet" a scope
       (_label_words), and a number inside a phrase in parentheses is labelled by that
       phrase, not by the words before it ("NACL: subnet level, stateless (must allow ...
       ports 1024-65535)"; a bare value or a breakdown in parentheses, "default pollers
       ( 5 )", "(first 4 + last 1)", keeps the label before it: without that extra and
       unseen16 each lost a top-1 and a top-3; _aside_start): unseen16 abstain 0.894, unseen18
       0.933, total 0.939/0.971/0.960.
    3. "how much X can ..." asks a maximum (query._asks_how_much_can), and "AWS docs say"
       offers the entry of the qualifier asked before the others (docs.
       _qualifier_asked_first: "how much memory can a lambda function have" showed the
       128 MB default, "how long can a lambda function run" the 3 s default): no figure
       moves.
    4. the heading over a statement does not say the scope its number is per ("quotas
       (pasted from the service quotas console)" over "Tasks launched per RunTask call |
       10" for "ecs max tasks per service"; answer._per_other): unseen9 abstain 1.000,
       total 0.939/0.971/0.962.
    5. an OSI layer ("layer 7") is a name, not a quantity (answer._NUMBER_START): "ALB vs
       NLB: ALB = layer 7 ..." no longer answers "nlb idle timeout tcp": unseen18 abstain
       0.956, total 0.939/0.971/0.963.
    6. a size said as such ("kinesis max record size") is not answered by a rate alone
       ("each shard = 1 MB/s"); "capacity" may still be either (answer._size_not_rate):
       unseen16 abstain 0.915, total 0.939/0.971/0.965.
    Threshold after change 5 (total top-1 / top-3 / abstain): 0.55 0.939/0.971/0.946,
    0.60 0.939/0.971/0.963, 0.65 0.932/0.963/0.970: 0.60 kept. Speed (bench/startup.py
    --only lookup --tree main, shared machine): 4.6x bare Python to first output, main 4.6x.
    After all kept changes (sets not listed as round fourteen left them):
        unseen9  0.946/0.967/1.000   unseen14 0.948/0.990/0.939   unseen16 0.835/0.907/0.915
        unseen18 0.901/0.945/0.956
        total    0.939/0.971/0.965 (was 0.939/0.971/0.954)
    Left: "max subnets per vpc" still answered in unseen12 ("a /24 subnet = 251 usable");
    "elastic beanstalk max environments" by "you do it with 2 envs" (a count of the noun,
    but no maximum); "dynamodb max table size" by a page's 1 MB; "nlb tcp idle timeout" by
    a transcript's ALB default that never names the ALB; "lambda total code storage per
    region" by other measures' 4 KB; top-1 misses as round fourteen left them (unseen16's
    journal filed under SAM, bare "X vs Y", reverse lookups).

Tried after round fifteen (2026-12-02, from a code review's finding that "which services
support gateway endpoints" is answered by an API Gateway line because the fact's service name
says "gateway"): counting the words of a fact's own service name only when the query names
that service. unseen4 lost a top-1 and a top-3, nothing was gained: dropped.

Figures (2026-12-02), issue 10's round sixteen (branch lookup16), judged for notes nobody has
seen: mechanisms for a student's own shorthand and for bare comparisons, read off the misses
of unseen19-21 (development data since this round). Before (main at 09e9d42), then after each
kept change (top-1 / top-3 counts of 2148 answerable; abstain 728/766 = 0.950 throughout; no
set lost a query to any kept change, net):
    before   unseen6 0.894/0.947  unseen16 0.835/0.907  unseen17 0.913/0.957
             unseen18 0.912/0.945  unseen19 0.839/0.882  unseen20 0.758/0.857
             unseen21 0.914/0.925  total 0.926/0.960/0.950 (1990 / 2062)
    1. initials with a plural "s" say the initials ("GSIs per table | 20" says "gsi";
       words.stems), "std" in a statement is the standard side (answer._side_words), and
       "X Y vs Z W" compares two phrases, each side the words that tell it from the other
       ("http api vs rest api": http / rest), said only where all its words are
       (query._read_phrase_sides; not when more than the two sides is asked, nor when a
       side holds the service typed: "step functions standard vs express" lost unseen16 a
       top-1 and, with the service stripped, unseen12 one): unseen19 0.871/0.914, total
       1993 / 2065 (alone, the plural lost unseen8 "multi az vs read replica" and unseen18
       "http api vs rest api", which the phrase sides won back).
    2. a note's own abbreviation legend ("_abbr: ret = retention, vis = visibility timeout,
       def = default_"; lookup/legend.py): a word it defines is searched and matched as the
       word typed ("sqs default retention": "ret def 4 days"), a phrase it defines only when
       every word is typed, never a cue word (with "def", another note's "max TTL def 1
       year" tied "cloudfront default ttl": -1 top-3); the legend line is no answer and no
       further match: unseen20 0.780/0.879 (phrase entries, change 9: 0.846/0.934).
    3. bare "X vs Y": one side's own line under the notes' "X vs Y" heading ("SQS = pull,
       ..." under "SQS vs SNS vs Kinesis") compares (features.comparison_statement 3.0, when
       nothing but the sides is asked: with "alb vs nlb static ip" unseen20 lost a top-1),
       "SQS or SNS" names the sides as one group, and "wcu = ?" is answered by the line
       opening "1 WCU = ..." (features.definition_asked; the plural of change 1 made "40,000
       WCUs per table" tie with it in tests/test_lookup_understanding.py): unseen6
       0.904/0.947, unseen18 0.923/0.945, unseen20 0.791/0.890, total 1998 / 2068.
    4. the remedy asked ("lambda in vpc no internet fix") is no word the answer must say:
       unseen20 0.802/0.901.
    5. a bare count in a comparison table's cell ("| read replicas | up to 5 | up to 15 |")
       counts what its row names (answer._cell_counts): unseen16 0.845/0.918, unseen20
       0.813/0.912, unseen21 0.925/0.935, total 2002 / 2072.
    6. more of a measure wanted ("consumer needs more time to process sqs msg") asks how to
       get it, a statement (query._read_more_wanted): unseen21 0.935/0.946.
    7. an unfiled list item is of the service the line opening its list names ("CloudWatch =
       monitoring (...)" over "- Logs: retention default = never expire"; context.
       _parent_item, answer._context_names): unseen20 0.824/0.923.
    8. "when to use X instead of Y" compares as "over" does, a service of two words is one
       side, and a join word (or its typo fix, "install") is no topic: unseen17 0.924/0.967,
       unseen20 0.835/0.934.
    9. a legend's phrase entry (see 2): unseen20 0.846/0.934, total 2007 / 2076.
    Tried and left out: a mode fact ("event source mapping") as no answer to a bound of a
    dimension asked beside the mode ("max batch size sqs event source mapping lambda"): no
    figure moves (the next fact, SQS's 10 messages, answers instead); a related word that
    is another concept's own word not saying its concept too ("size" of "payload" in "api
    gateway max payload size": the cache's 237 GB): unseen21 +1 abstain, but shipped,
    unseen6, unseen18 -1 top-1 and -1 top-3 each, unseen3 -1 top-3. Not tried: "q" as queue
    (in the development notes "Q" is most often a question).
    Threshold after these changes (total top-1 / top-3 / abstain): 0.55 0.935/0.967/0.935,
    0.60 0.934/0.966/0.950, 0.65 0.928/0.960/0.960: 0.60 kept. Speed (bench/startup.py --only
    lookup --tree main, shared machine): 4.4-4.6x bare Python to first output, main 4.3x in
    the same runs; the legend read costs 0.1-0.2 ms a lookup (one full-text query).
    After all kept changes (sets not listed unchanged):
        unseen6  0.904/0.947/0.978   unseen16 0.845/0.918/0.915   unseen17 0.924/0.967/0.917
        unseen18 0.923/0.945/0.956   unseen19 0.871/0.914/0.894   unseen20 0.846/0.934/0.913
        unseen21 0.935/0.946/0.851
        total    0.934/0.966/0.950 (was 0.926/0.960/0.950)
    Left (unseen19-21, by class): the parser's misfiling (attrib9's: "async payload max 256
    KB (sync is 6 MB)" under S3, "ProvisionedThroughputExceededException" under Kinesis and
    DAX, a quota table "| Item | RDS | Aurora |" stored as no comparison, a transcript
    sentence cut at its line end, "SCPs do not affect the / management account"); bare
    "X vs Y" whose table rows all match alike ("nacl vs security group", "alb vs nlb"); a
    cheat sheet's "q" for queue ("sqs delay queue range"); concept questions whose statement
    shares few words ("one event to many sqs queues pattern": fan-out); wrong answers to
    unanswerable queries (unseen21 7 of 47: other measures of the service asked).

Figures (2026-12-02), issue 10's round seventeen (branch lookup17): the misses where the
right fact is not in the first three, by class. Before (main at ce505d4): total
0.935/0.967/0.950 (2009 / 2077 of 2148; abstain 728/766). Each kept change, per set
(top-1 / top-3 counts; no set lost a query, abstain unchanged throughout):
    1. a recommendation asked ("visibility timeout recommendation for lambda sqs
       trigger") asks for a statement as a remedy does (query._ASKS_ANYWHERE), not the
       default's 30 s: unseen17 85/89 -> 85/90, unseen19 81/85 -> 82/86.
    2. a mode or an error code filed under the sides compared is no comparison (features.
       named_kind_uncompared, -2.0, unless that kind is asked): unseen14 91/95 -> 92/95.
    3. "use Kinesis when ..." under the notes' "X vs Y" says when to choose a side, as "X =
       ..." says what it is (features._CHOOSES): unseen16 82/89 -> 83/90.
    4. a line defining one side under any heading ("ALB = layer 7 ..." in a practice
       journal) answers a bare comparison half as strongly as under the "X vs Y" heading
       (ONE_SIDE_ELSEWHERE 1.5), when what it defines is named by the query's words alone
       ("CloudFront geo restriction = ..." is not): unseen12 90/91 -> 90/92.
    After: total 0.937/0.969/0.950 (2012 / 2081). Tried and left out: "best practice" as a
    recommendation (its words stay topic words the answer must say: abstained in a test).
    Left (by class, 22 answered with no right fact in the first three): bare "X vs Y" whose
    comparison table rows all match alike ("security group vs nacl": the limit row outranks
    "state | stateful | stateless"; "alb vs nlb" whose layer is in the heading "ALB (layer
    7)", not the line); a relation word the top facts do not say ("cognito lambda trigger
    timeout": Lambda's own 3 s above "triggers ... must respond within 5 seconds"); the
    parser's misfiling (attrib's: "SCPs do not affect the / management account" cut at its
    line end); "cognito user pool vs identity pool" whose sides are not read as compared.
    `studycli search` (not measured here): a word the line leaves out counts when its note
    section says it (lookup/search_section.py), after the lines that say every word.

Figures (2026-12-02), issue 10's round eighteen (branch lookup18), unseen22-24 added (their
never-tuned figures: 0.865/0.917/0.875, 0.849/0.925/0.936, 0.935/0.957/0.957). Before: main
at dba0d74, total 0.931/0.965/0.946 (2262 / 2343 of 2429; abstain 859/908). Each kept change,
per set (top-1 / top-3 counts, abstentions; sets not listed unchanged; no set lost a query):
    1. a numbered outline's item ("i. default session duration 1 hour") is read under its
       parent item ("a. AssumeRole": digit, letter and roman numbering are levels, as bullets
       are; context._bullet), and "count" is said by a statement that counts with no unit
       ("Lambda retries 2 times"; answer._says_bare_count): unseen23 79/86 -> 81/88,
       unseen24 86/88 -> 87/89.
    2. a table row's number beside a cell holding only its unit ("| Payload size | 10 | MB |
       no |") is read with that unit (text.join_unit_cells), and a word related to one typed
       ("size" for "payload") said only in the name of another thing's measure ("cache
       size": the cache's 237 GB) counts half (answer.RELATED_OTHER; a typo's fix is the word
       typed): unseen2 219 -> 220 top-1, unseen21 abstain 40 -> 41, unseen22 83/88 -> 84/90,
       unseen23 88 -> 89 top-3.
    3. a transcript's line the parser filed under a service named in passing is of the
       service its paragraph opens with ("Auto Scaling groups. You define ..." over "The
       default cooldown is 300 seconds", filed under CloudWatch; context.paragraph_opening,
       read only when nothing answers; a journal's question or marked answer is no prose:
       without that, unseen15 lost "aurora max read replicas"): unseen11 85 -> 86 top-1,
       unseen17 85/90 -> 86/91, unseen18 84/86 -> 85/87, unseen22 84/90 -> 86/92.
    4. "total" is a weak word ("lambda total code storage per region" is not answered by
       "env vars total 4 KB"): abstain unseen16 43 -> 44, unseen17 44 -> 45, unseen19
       42 -> 43, unseen21 41 -> 42, unseen23 44 -> 45.
    5. a subject the query names only in part is unasked too (rank "subject unasked": "rds
       backup retention max" is not the "automated backups" subject's 1 day): unseen20
       78 -> 79 top-1.
    6. a checklist item that only names a topic ("[x] SQS visibility timeout") is no answer
       (answer._checklist_topic): unseen23 81 -> 82 top-1.
    7. a subject's short name typed in the singular before "per" ("ddb gsi per table") asks
       how many, as a plural does (query._initials_named): unseen23 82 -> 83 top-1.
    8. two services compared, one of which the notes name nowhere ("amazon mq vs sqs"), is
       not answered by what they say of the other (lookup._side_absent): abstain unseen19
       43 -> 44, unseen22 42 -> 43.
    9. a statement of no subject whose value names no variant is read by its note line ("A
       few ALB settings. The idle timeout default is 60 seconds." answers no "nlb tcp idle
       timeout"; answer._variants_named): abstain unseen22 43 -> 44.
   10. a wide table's cell is read by the one column whose header the query names in full
       ("io2 block express max iops": the 256,000 of "| max IOPS | 16,000 | ... | 256,000
       |", a row the parser makes no fact of; lookup/table_columns.py, only when nothing
       else answers; a cell labelled by its row may state a bare number, lines.NEAR):
       unseen20 79/85 -> 80/86.
   11. a subject asked by its short name ("dlq") is named by a line writing that name ("DLQ:
       after maxReceiveCount exceeded ...", filed under the standard queue), not only by its
       full name (answer._other_subject): unseen16 84/90 -> 85/91, unseen23 83/89 -> 84/90.
   12. "what happens" typed at the end ("reserved concurrency set to 0 what happens") asks
       a concept question as it does at the start: unseen23 84 -> 85 top-1.
    Tried and left out: a range asked not answered by a statement giving one default ("sts
    session duration range": unseen22 -1 top-3, the range fact leaves "session" unsaid); the
    answer with the best answer score among the first three ahead of the best-ranked (gap
    0.2 or 0.3: -1 top-1 net); "X vs Y": one side's line under the notes' heading weighted
    4 or 5 (was 3; -1 and -3 top-1 net); a stop word of a subject's name ("on demand") one
    concept with its neighbour (unseen -1 top-1 and top-3, +3 abstain); unfiled lines
    searched beside the services named (net 0, -1 abstain); a quota's default as the
    "limit" asked (net 0); the short name before "per" as the noun counted (-2 top-1, -4
    top-3); "baseline" as a default (-1 top-1, -2 top-3); rank "quantity in text" reading
    unit cells, a statement listing services as naming each ("service in clause"), a
    quantity as no answer to "what happens when ...", and "go" as a weak word (no figure
    moves).
    Threshold after change 11 (total top-1 / top-3 / abstain): 0.55 0.938/0.970/0.944,
    0.58 0.938/0.970/0.956, 0.60 0.938/0.970/0.956, 0.62 0.931/0.964/0.963: 0.60 kept.
    After all kept changes:
        shipped  0.962/0.962/1.000   extra    0.972/0.972/0.974   unseen  0.971/0.990/1.000
        unseen2  0.961/0.987/1.000   unseen3  0.954/0.985/1.000   unseen4 0.977/0.988/0.950
        unseen6  0.915/0.947/0.978   unseen8  0.935/0.989/0.978   unseen9 0.946/0.967/1.000
        unseen11 0.925/0.946/0.978   unseen12 0.947/0.968/0.979   unseen13 0.935/0.967/1.000
        unseen14 0.958/0.990/0.939   unseen15 0.946/0.978/0.957   unseen16 0.876/0.938/0.936
        unseen17 0.935/0.989/0.938   unseen18 0.934/0.956/0.956   unseen19 0.882/0.925/0.936
        unseen20 0.879/0.945/0.913   unseen21 0.946/0.957/0.894   unseen22 0.896/0.958/0.917
        unseen23 0.914/0.968/0.957   unseen24 0.946/0.967/0.957
        total    0.938/0.970/0.956 (2279 / 2356 of 2429, abstain 868/908; was 0.931/0.965/
                 0.946, 2262 / 2343, 859/908)
    Speed (no answer changed: every set's misses byte-identical before and after each):
    a line's numbers by clause and its clauses read once, no CamelCase pattern for a word
    with no capital after its first letter, coverage as a loop, "mode unasked" only on a
    line saying "mode", and no textwrap import for a one-line currency marker. CPU time of
    `studycli lookup "sqs max message size"` on the shipped notes, median of 15 against
    main at dba0d74 (alternating, each its own cache folder, load average 8 on 2 cores):
    45.6 ms against 46.9 ms (4.53x against 4.66x bare Python's CPU). bench/startup.py
    --only lookup, each tree its own STUDYCLI_CACHE: 4.3-4.4x against 4.4-4.6x to first
    output; with the user's cache folder shared by every checkout on this machine (its
    kept-regex file held 344 patterns of other branches, 1 MB, ~2.5 ms to load) 4.9x
    against 5.2x.
    Left (unseen22-24, by class): bare "X vs Y" whose best lines name both sides without
    comparing them ("sqs vs sns difference", "cognito user pool vs identity pool"); the
    parser's filing (a lecture's "max event age 6 hrs" under S3, "daemon listens on UDP
    2000" under CloudWatch, "ProvisionedThroughputExceededException" under SQS, a wide
    table's rows of bare numbers and a label's list on the lines below it made no fact);
    a measure word the first fact leaves unsaid ("gp3 baseline iops": the 16,000 maximum
    ranks above "baseline 3,000"; "ec2 detailed monitoring interval": 5 min, filed under
    EC2, above the 1 min filed under CloudWatch); wrong answers to unanswerable queries
    ("ec2 on-demand vcpu limit default": "on" and "demand" count as two words said).

Figures (2026-12-02), issue 10's round nineteen (branch lookup19): unseen25-27 (first-run
0.870/0.902/0.957, 0.819/0.862/0.913, 0.747/0.821/0.936) as development data. Before: main at
0a2b0a9, total 0.931/0.963/0.957 (2523 / 2609 of 2710; abstain 1002/1047); unseen25 82/85,
unseen26 78/82, unseen27 73/79. Their 48 answerable misses, by class: a journal's question
ranked first and answered by repeating itself, its marked answer ("→", "right:", "✓") not
read (11); a "Qn: statement" line the parser made no fact of, which lookup's line fallback
dropped as a question (4); the query's word not the line's ("throttling" / "Exceeded",
"frequency" / interval, "get" read as a stop word; 10); the parser's filing (a line under a
service it names in passing or none, a sentence cut at its line end; 11); how another
service invokes Lambda answering a mode asked (1); bare "X vs Y" (4); ranking among the
service's own answers (7). Each kept change, per set (top-1 / top-3 counts, abstentions;
sets not listed unchanged; no set lost a query, net):
    1. a journal's question line among the best-ranked gives way to the answer marked under
       it ("→", "right:", "correct:", "✓", "A:"; a mistakes log's "[set5] ..." line is a
       question by its "wrong:" / "right:" lines; lookup/journal.py), a statement on a marked
       answer line reads the question over it as its attribute, and a "Q23: ... -> ..."
       line with no marked answer under it is a statement, not a dropped question
       (lookup/lines.py): unseen2 220 -> 221 top-1, unseen8 87 -> 88, unseen20 80 -> 81,
       unseen25 82/85 -> 86/89, unseen27 73/79 -> 77/85 (one top-1 lost: "api gateway ->
       lambda sync or async", a "right: async retry ..." line now reads its question).
    2. synonyms: "frequency" an interval's, "throttling" a throughput "exceeded", a message
       "goes" where notes say it moves, "evaluation" written "eval", "logic" only asks:
       unseen2 221/226 -> 222/227, unseen26 78/82 -> 80/84, unseen27 77/85 -> 78/87.
    3. an outline's item is read under its parent, not under the child of an earlier
       sibling (levels in the order the list first uses them; context._depths), and a line
       filed under a service neither it nor the lines over it name speaks for the service
       its parent item names ("V. CloudFront" over "B. Default TTL 24 hours", filed under
       S3): unseen23 85/90 -> 86/91, unseen26 80/84 -> 82/86.
    4. one word typed for a subject's whole name ("websocket") does not mean a word of its
       service's name ("api"): abstain unseen20 42 -> 43.
    5. an HTTP method before "requests" ("s3 get requests per second") is counted, not a
       stop word: unseen17 86 -> 87, unseen25 86 -> 87 top-1.
    6. "write capacity" / "read capacity" ask a throughput: unseen23 86 -> 87, unseen26
       82/86 -> 83/87.
    7. a mode asked of Lambda and another service is not answered by Lambda's statement of
       how a third service invokes it ("✓ Asynchronously via S3 event notification" for a
       Cognito trigger; answer._another_invoker): unseen20 81/86 -> 82/87, unseen26 87 -> 88
       top-3, unseen27 78 -> 79 top-1.
    8. a special case named only in part ("FIFO topic": 100 subscriptions) ranks below the
       same measure of no subject when the words its subject lent it are said by the general
       fact's line too (lookup._general_first): unseen19 83 -> 84, unseen25 87 -> 88 top-1.
    9. an answer under a note's "how many" question that opens with a bare number ("→ 6:
       operational excellence, ...") is the count asked, when the question counts what the
       query counts (lines._counted_by_question): unseen27 79/87 -> 80/88.
    Tried and left out: "subject unasked" weighted -1.0 or -1.5 (unseen3, unseen4, unseen21
    lose a query each); "pick" / "choose" / "prefer" as weak words (no figure moves); a
    special case ranked below the general one on a tie, or when its subject words are not
    said by the general line (unseen3 "cloudfront error caching ttl" and shipped "step
    functions standard max run time" lose their top-1).
    Threshold after change 8 (total top-1 / top-3 / abstain): 0.55 0.939/0.970/0.947, 0.60
    0.941/0.970/0.958, 0.65 0.933/0.963/0.963: 0.60 kept.
    After all kept changes (sets not listed as round eighteen left them):
        unseen2  0.969/0.991/1.000   unseen8  0.946/0.989/0.978   unseen17 0.946/0.989/0.958
        unseen19 0.903/0.935/0.936   unseen20 0.901/0.956/0.935   unseen23 0.935/0.978/0.957
        unseen25 0.957/0.967/0.957   unseen26 0.883/0.936/0.913   unseen27 0.842/0.926/0.957
        total    0.941/0.971/0.958 (2550 / 2631 of 2710, abstain 1003/1047; was 0.931/0.963/
                 0.957, 2523 / 2609, 1002/1047)
    Left (unseen25-27, 31 not first): the parser's filing (11: "Q21: TTL ... up to 48 h" and
    other "Qn: statement" lines of one journal made no fact; "413 RequestEntityTooLarge"
    under Kinesis, EventBridge's retry policy under SQS, Firehose's buffer interval under
    S3, "daemon listens UDP 2000" under Lambda, "Execution processes/threads | 1,024" read
    as concurrent executions, a transcript's 503 meaning cut at its line end); bare "X vs Y"
    whose defining row is not first (5); ranking among the service's own answers (range
    against default, a count of another noun first, the cause of a code); words the line
    does not say ("processed" for polls, "pick" for use, "cidr block"); "2-minute" read as
    no duration (note_numbers, not lookup's); 8 wrong answers to unanswerable queries (other
    measures or variants of the service asked).
    Speed (answers identical: every set's figures and misses byte-identical before and
    after each): the invocation-mode word pattern built in one order, not a set's (string
    hashing changed it every run: each mode lookup compiled it afresh, ~0.4 ms, and kept
    another copy in the cache folder's pattern file), a service's initials found by string
    search (a kept pattern per service asked), and whether a line names another service read
    by the lexicon's aliases, not the service catalog's patterns (imported and built, ~2-3
    ms, by most lookups with an unfiled candidate, and by a mode lookup). CPU time to the end
    of `studycli lookup` on the shipped notes, median of 25-41 runs alternating with main at
    0a2b0a9, each tree its own cache folder and bytecode cache (load 3-7 on 2 cores): "sqs
    max message size" 38.7 against 38.2 ms (4.41x against 4.35x bare Python; the journal's
    line read costs ~0.3 ms), "how does sqs invoke lambda" 38.4 against 39.6 ms (4.37x
    against 4.50x), "cloudfront default ttl" 69.8 against 72.1 ms (an abstention: the AWS
    reference is read). bench/startup.py --only lookup, first output: 4.6x both trees at
    load 7 with the user's cache folder; 4.8-5.5x both at load 3-4. That folder is shared
    by every checkout on this machine: its kept-pattern file held 237 patterns (545 KB, 14 of
    them one service's initials, 5 copies of the mode pattern), 0.8-1.4 ms to load on every
    lookup against 0.04 ms for one checkout's 48.

Figures (2026-12-02), issue 10's round twenty (branch lookup20). Before: main at f89ae2f,
total 0.944/0.973/0.959 (2646 / 2728 of 2804; abstain 1048/1093). Misses then (158
answerable, 45 unanswerable answered), by class: bare "X vs Y" (33: alb vs nlb 6, multi az
vs read replica 5, redis vs memcached 4, sqs vs sns 3, cognito pools 4, http vs rest api 3,
sg vs nacl 3, cloudfront vs global accelerator 2, ...); ranking among one service's
quantities (45 top-3: a range against a default, basic against detailed, a count of another
noun); abstentions on words or filing the lines do not share with the query (48); other
concept questions answered by a neighbour (16, one of them "w/o" shorthand); wrong answers
to unanswerable queries asking another measure or variant (45: "nlb tcp idle timeout" x3,
"ec2 on-demand vcpu limit default" x3, "max subnets per vpc" x2, ...). Kept changes:
    1. "X vs Y": a line or row that says a word and its opposite (sync / async, stateful /
       stateless, managed / unmanaged; rank "contrast pair", 4.0: 3.0 left a tie, 2.0
       loses a top-3, 5.0 gives 4.0's figures) states the difference in kind; a line that
       only names the pair ("Multi-AZ vs read replica is the #1 RDS question": no ":" or
       "=" after it, neither side named again, <= 4 words the query does not say) weighs
       as an echo (comparison statement -3); a service typed before parallel phrase sides
       ("rds multi az vs read replica") leaves them sides; a definition's head after a
       label's colon ("note: Standard = ...") counts.
    2. a side defined with its service's name first ("Cognito User Pool: ...") or with the
       word both phrase sides share ("pool") defines the side; under the notes' "X vs Y"
       heading a feature of one side ("Redis cluster mode: max 90 nodes") counts half, and
       a line defining one side ("NACL = subnet level, STATELESS") is that side's own
       definition though the heading names both.
    3. "w/o" and "w/" read as "without" / "with" in queries and note text (text.with_words):
       "sqs fifo throughput w/o batching" is no longer answered by the with-batching rate.
    Per set (top-1/top-3/abstain; sets not listed unchanged, no set lost a query):
        unseen9 87/89/45 -> 88/89/45     unseen11 88/90/44 -> 89/90/44
        unseen12 90/93/46 -> 91/93/46    unseen13 87/90/45 -> 88/91/45
        unseen19 84/87/44 -> 85/88/44    unseen20 83/88/43 -> 85/88/43
        unseen22 90/93/45 -> 91/93/45    unseen23 86/91/45 -> 88/91/45
        unseen26 85/89/42 -> 86/89/42
        total    0.944/0.973/0.959 -> 0.948/0.974/0.959 (2657 / 2730, abstain 1048/1093)
    Left: "X vs Y" whose wanted line is a side's item under an outline heading of that side
    ("NLB (layer 4)" over "one static IP per AZ"), or filed under another service or
    subject by the parser ("SNS = push ..." under "FIFO topic"; "why: ALB = layer 7 ..."
    under a journal question's service), or where "SG" is not read as "security group"
    (a two-word subject's short form; the lexicon's short forms are one word to one word);
    ranking among one service's quantities; wrong answers to unanswerable queries.

Figures (2026-12-02), issue 10's round twenty-one (branch lookup21): unseen28-30 (blind until
this morning) as development data. Before: main at defecd1, total 0.941/0.970/0.957 (2900 /
2989 of 3083; abstain 1182/1235); unseen28 82/89/46, unseen29 83/85/44, unseen30 77/83/44.
Their 37 answerable misses (the right fact not first: 8 + 11 + 18), by class: the parser's
filing or reading (8: a CSV pasted in a code block made no fact, "API GW integration timeout
is 29 s" filed as Lambda's execution timeout, "✓ make it async: API GW -> SQS ..., client
polls" as API Gateway's event source mapping, "Up to 15 Aurora Replicas" no count, a
Beanstalk policy under Auto Scaling, slide lines under no service); ranking among one
service's answers (8: gp3 baseline against its max, On-Ramp's 30 min against Enterprise's
15, SQS's own batch of 10 against the event source mapping's 10,000, a code's name against
the note's cause); bare "X vs Y" (7); the query's words not the line's (6: "throughput" for
msg/s, "work with", "incl", "maxReceiveCount" for "Max receives", "is memory a default ec2
metric" read as a size asked, "explicit deny"); an error code answered by a revision list
"401 vs 403 vs 502 vs 504 vs 429", its meaning filed under ELB, WAF or no code by the parser
(3); a mode asked whose invoker's dictated line ("alb is synchronous too") made no fact (3);
a subject's expansion said by one of its words ("Global Tables" says "global" of GSI; 1); a
pronoun ("if it expires ..." under the visibility timeout's line; 1). 8 unanswerable queries
answered (other measures of the service asked; the stage cache's 300 s filed under Lambda).
Kept changes (top-1 / top-3 counts; no set lost a query to any of them):
    1. a note line no fact was made of, with no filed fact near it, is of the service its
       section's heading names (lines._heading_service: nearest heading, then each higher
       level): unseen30 77/83 -> 80/86.
    2. a mode asked of the one service invoking Lambda, with no topic word ("kinesis to
       lambda invocation"), reads the lines naming that service (lines._invoker_expression):
       unseen30 81/87.
    3. a statement defining each side of a bare comparison by its name alone ("ALB = layer
       7, ... NLB = layer 4, ...") weighs as one side's line under the notes' "X vs Y"
       heading (ONE_SIDE); "cross-zone on ALB: ... NLB: ..." defines features, stays 1.0:
       unseen29 84, unseen30 82/88. And under such a heading a word and its opposite state
       a difference only in a table's row ("healthy threshold 5, unhealthy threshold 2" of
       ALB alone took contrast pair): no figure moves.
    4. a rate per second says "throughput" as a byte rate does: unseen15 89/92, unseen22
       92/94, unseen29 85/86.
    5. "work"/"works" are weak words ("does efs work with windows"): unseen29 86/87.
    6. a count's label is read up to a word saying where what it counts is ("Max managed
       policies attached to a role: 10" counts policies; answer._before_where): unseen23
       abstain 46.
    7. a three-letter plural before "per" ("elastic ips per region") is what a count asks
       for: unseen30 abstain 45.
    8. "synchronously"/"asynchronously" cue a mode asked: unseen31 89.
    9. a statement's opening label of a few words ("LSI: ..., max 5 per table") names what
       each of its number clauses is about (answer._quantity_clauses): unseen31 90/93.
   10. "incl" is "including": unseen30 83/89.
    Tried and left out: two services typed side by side as one integration ("max batch size
    sqs lambda trigger") with a mode fact no answer to a bound asked of it (unseen28 +1
    top-1, but tests/test_lookup_round13.py keeps "sqs lambda visibility timeout" relating
    nothing: reverted); a code named only in a "401 vs 403 vs 502" list as no answer
    (unseen30 -2 top-3: the lines after it, of other services, were the "right" ones); a
    parsed quantity whose number's clause names another service ("API GW integration
    timeout is 29 s" under Lambda; -2 top-1 net: "Lambda authorizer", "S3" of the extended
    client); a measure word asking a quantity of a journal's answer (qa.asks_quantity: -4
    top-1, "memory", "ttl"); a concept question's words not said by a unit (no figure moves).
    Threshold after these changes (total top-1 / top-3 / abstain): 0.55 0.945/0.974/0.950,
    0.60 0.945/0.973/0.959, 0.65 0.936/0.965/0.963: 0.60 kept. Speed (bench/startup.py
    --only lookup --tree main, load 7-11 on 2 cores): 5.7x against main's 5.6x to first
    output, 7.1x both complete (at the start, on a quieter machine: 3.7x / 4.3x).
    After all kept changes:
        unseen15 0.957/0.989/0.957   unseen22 0.958/0.979/0.938   unseen23 0.946/0.978/0.979
        unseen29 0.915/0.926/0.957   unseen30 0.874/0.937/0.938   unseen31 0.957/0.989/0.957
        total    0.945/0.973/0.959 (2913 / 3000 of 3083, abstain 1184/1235; was 0.941/0.970/
                 0.957, 2900 / 2989, 1182/1235)
    Left: the parser's filing above (attrib's); bare "X vs Y" ("security group vs nacl" whose
    PDF sentences are cut, "lambda destinations vs dlq" filed under SQS); a subject's
    expansion said by one of its words ("Global Tables" says "global" of GSI, "queues" says
    DLQ: query._add_subject_words puts each word at full weight); ranking among one
    service's quantities.

Figures (2026-12-02), issue 10's round twenty-two (branch lookup22): the misses of unseen32-34
(blind until this morning, first read here). Before: main at f4b65d2, total 3143 / 3253 of
3369, abstain 1306/1376 (0.933/0.966/0.949); unseen32 78/87/38 (0.821/0.916/0.809),
unseen33 81/87/39 (0.844/0.906/0.830), unseen34 70/78/45 (0.737/0.821/0.957). Their 57
answerable misses and 19 unanswerable queries answered, by class (fixed in brackets):
    answerable: the parser's filing or reading (15: a chat log's lines carried to EFS, a
      definition list's ": from $29/month" under no plan, "~~64 KB~~ 256 KB" struck-out
      values, "10gb limit per partition key" read as a cache size, codes of API Gateway
      filed under Lambda; listed with their ids in the review folder's
      lookup22_parser_misses.md); the query's words not the line's (19 [6]: "autoscaling"
      typed as one word, "per acount", "cost explorer" read as a price asked, "order" said
      by a chain "A > B > C"; left: "naming rule", "config", "costs money", "which service
      finds pii", "private resource"/"private endpoints"); ranking among one service's
      answers (15 [3]: a measure for a name asked, a code's name said, one invoker's mode
      for "invocation types"; left: 5 vs 45 Gbps, a default against its line's max, a
      statement against a table row); the answer in a neighbouring line, a thread's other
      tweet or a pronoun's line (3); a table pasted without pipes, its column header the
      side asked (2); a subject implying the wrong service ("on demand" -> Kinesis) or a
      variant's clause on another variant's line (2); a count filed under the subject it
      is per ("50 inbound rules", security group, "per SG": 1 [1]).
    unanswerable answered: one word of a subject's name said ("function" of "function
      URL") [2]; a side of "X vs Y" only nearly said [1]; another service's sentence of a
      paragraph [1]; a list item's number read as a count [1]; the parser's (2); left (12):
      a subject or mode asked and unsaid at exactly the threshold ("websocket api max
      message size" 0.60), unit words saying the measure ("waiting period" said by any
      duration), a statement listing names for a name asked, a quota row for a concept
      question, a default for a max.
Kept changes (no set lost a top-1 to any of them; one top-3, below):
    1. a service name of two or three words typed as one ("autoscaling") names it
       (lexicon._add_joined): u34-asg-cooldown.
    2. a typo after "per" asks per its fix (query.denominators): u33-iam-users.
    3. a count filed under the subject asked is per that subject (answer._per_other reads
       the fact's subject as its own words): u34-sg-inbound-rules.
    4. one word typed for a subject's name of several words is said by that word or by all
       of the name's ("url" of Lambda's "function URL" is not said by "function";
       query.name_parts, answer._name_said): four unanswerable queries abstain (unseen4,
       unseen30, unseen32, unseen33).
    5. a price word the fact says beside the word typed names a thing ("Cost Explorer"),
       asks no price (answer._price_unstated): u33/u34 cost-explorer-forecast.
    6. "order" is said by a line chaining three things (answer._states_sequence): u33-iam-
       eval, u34-codedeploy-hooks.
    7. a mode says not how many ("how many times does lambda retry async"): u34 top-3.
    8. a quantity whose sentence stating its number names none of the services asked is
       not theirs though a later sentence names one (answer._sentence_of_own_service).
    9. an item's number in a list ("1)", "25/") counts nothing (answer._NOT_COUNTS).
   10. a side of "X vs Y" only nearly said is not said ("persistence" / "persistent").
   11. a name asked as the query's head ("... health check type") is not answered by a
       measure in a unit (answer._measure_for_name).
   12. RELATED_OTHER is for measures only: a code's name says what it is of.
   13. a list asked ("lambda invocation types") is not answered by one invoker's mode
       (answer._one_of_the_list): unseen34 +1 top-1; unseen32 -1 top-3 (its list line is
       filed under EFS by the parser; the hit it had third scored answer 0).
   14. a default is no max (or min) where its note line states a bound of another value in
       its unit ("visibility timeout default 30 s, max 12 hours"; answer._line_bounds_it;
       not for counts: "up to 12,500,000 subscriptions and 100,000 topics by default"
       would lose unseen2's "max sns topics per account"): u32-sqs-visibility-max.
   15. "config" and "configuration" are weak words, as "setting(s)" are: u34-codedeploy-
       canary.
   16. no service typed, one implied by a subject's name ("on demand" -> Kinesis's on-demand
       mode): a line of another service that says that name as typed is of the service
       asked for 0.8, as a line naming the service asked is (answer._says_subject_typed):
       u34-ondemand-min-billing, u16-kcl-workers.
    Threshold after these changes (total top-1 / top-3 / abstain): 0.55 3158/3269/1299
    (0.937/0.970/0.944), 0.60 3155/3261/1313 (0.936/0.968/0.954), 0.65 3127/3232/1320
    (0.928/0.959/0.959): 0.60 kept (measured before change 16).
    After all kept changes (top-1 / top-3 / abstain):
        unseen32 80/86/40 (0.842/0.905/0.851)   unseen33 84/90/42 (0.875/0.938/0.894)
        unseen34 78/85/45 (0.821/0.895/0.957)   unseen16 87/92/44   unseen2 222/227/9
        total    3157/3263/1313 (0.937/0.969/0.954; was 0.933/0.966/0.949)
    Speed (bench/startup.py --only lookup --tree main --runs 15, load 7-10 on 2 cores):
    5.6-5.7x to first output, 7.0x complete, against main's 5.5-5.6x / 6.8-6.9x (at the
    start, --only lookup alone: 4.9x / 5.9x).
    Left: the parser's (15 answerable, 2 answered); words the line does not share ("naming
    rule", "costs money", "which service finds pii", "private resource"); ranking among one
    service's quantities (5 vs 45 Gbps, a statement against a table row); the answer in a
    neighbouring line or tweet; a table pasted without pipes; unanswerable queries answered
    at the threshold or by unit words that say the measure.

Figures (2026-12-02), issue 10's round twenty-three (branch lookup23): unseen35-37, blind until
this morning, read for the first time; 15 of their queries are right first now that were
not (7 + 5 + 3), and two wrong answers to unanswerable unseen37 queries are abstentions.
Before (main at cd36f17, fresh databases), then after
all kept changes (top-1 / top-3 / abstain counts; every set not listed unchanged; no query of
any set went from right to wrong, and one wrong answer, u36-ddb-pitr, became an abstention):
    before   unseen35 63/73/45 (0.636/0.737/0.957)   unseen36 75/80/44 (0.781/0.833/0.898)
             unseen37 79/85/38 (0.823/0.885/0.809)   unseen35-37 pooled 0.746/0.818/0.888
             total 3381/3504/1441 (0.924/0.957/0.949)
    after    unseen35 70/77/45 (0.707/0.778/0.957)   unseen36 80/84/44 (0.833/0.875/0.898)
             unseen37 82/87/40 (0.854/0.906/0.851)   unseen35-37 pooled 0.797/0.852/0.902
             unseen20 abstain 44/46, unseen23 89, unseen29 87, unseen30 83, unseen34 81 top-1
             total 3400/3514/1444 (0.929/0.960/0.951)
The misses, by class, as read at the start (74 answerable queries not right first, 16
unanswerable ones answered; parser misses with their ids in the review folder's
lookup23_parser_misses.md):
    the parser's (24 [2]): an interview note's inline "**Q:** ... **A:** ..." paragraphs make no
      fact (11, unseen35); an email's answers under quoted "> 5. what is /tmp size?" filed
      under the previous line's service (6); mermaid node labels unread (3); a TSV export's
      first card read as a header (1); an OCR scan's wrapped lines and "2 rnin" (2); a German
      "Überschritten → ThrottlingException" (1). Left to the parser; four are answered now all
      the same: two wrapped lines (below) and, from the note line when no fact answers, the
      PITR and API Gateway timeout and payload paragraphs (the initialism and line-service
      changes below).
    ranking among one service's answers (20): a changelog's "was 5 min, now 15 min" (3, two
      fixed: a value its line says it "was", and states nowhere else, ranks below, rank
      "superseded" -6; -3 left "100 ms" above its line's statement; "sqs max message size"
      still gives the extended client's 2 GB first); "size" of memory above
      "ephemeral storage (/tmp)" (fixed: an attribute naming only a dimension counts half for
      "attribute asked" when a topic word is unsaid, features.DIMENSION_ONLY); a mode fact
      or a trigger's "3 retries" above "async retries | 2" (2, fixed: a mode says not how many
      when a count is asked by its cue, and a line or heading saying the mode typed ranks
      first, rank "mode typed said" 1.0); support plans, RI 72% vs 66% (the parser made only
      the Convertible's 66%), "is s3 strongly consistent": left.
    the query read wrong (6, fixed but one): "time" said PITR (an initialism's phrase is said
      by the initials or all its words, query._add_meanings -> name_parts); "streams" of
      "Kinesis Data Streams max ..." counted; "storage" of "Storage Gateway" asked a size;
      "opt" (Storage Opt.) and "inst" (16 inst) unknown short forms; "length" of a free trial
      read as characters (left: as a duration too, it answered two unanswerable key-length
      queries, unseen11 and unseen21).
    the query's words not the line's (21): "required"/"mandatory" (fixed); "quota exceeded"
      read as a quota asked (2, fixed: what follows is asked, error or remedy; "exceed" goes
      with throttled/over); left: "which cache for leaderboard", "where does buildspec.yml
      go", "who patches guest os", "aurora write quorum", "1 rcu = how much", "clf domain
      weight", yes/no questions ("does parameter store rotate secrets").
    the answer on a neighbouring line (3): a hard-wrapped item's second line ("Deregistration
      delay (connection draining)" / "default 300 s, range 1-3600 s") is read with the line
      it continues when nothing answers (context._wrapped_from: lower-case opening, no
      bullet, the line above no heading, table row or finished sentence); left: CodeDeploy
      hooks listed under "hooks order (EC2 in-place):".
    unanswerable answered (16): a subject or variant asked and unsaid (lambda@edge, HTTP API,
      snapshot archive: 5, left); a count of another noun ("3 AZs" for "max gsi per table",
      fixed: initials before "per" are what is counted, and a bare number under that
      subject's own item or "GSI = ..." counts it); a count per a scope for a throughput
      ("12,500,000 subscriptions per topic", fixed: a count is a rate only when it says per a
      time or is IOPS/TPS-like); another item of a plan or price line (4), "what are X"
      answered by a related statement (3), one side of "X vs Y" said (2): left.
    Also: a line that names two services is of the one asked when its section is that
    service's ("10 MB for REST APIs ... use S3 ... instead of API Gateway" under "## API
    Gateway"); applied to any heading, it lost unseen35's "dax default item cache ttl".
Tried and left out: "length" as a duration (above); initials before "per" counted without the
bare-number rule (unseen2 "max lsi per table", unseen16 and unseen20 "max gsi per table" lost
their "max: 5 per table" / "GSI = ... max 20" answers); that rule for any word of four letters
("kms", "user": three unanswerable queries answered). Speed (bench/startup.py --only lookup
--tree main, loaded machine, three runs): 5.9x / 5.4x / 5.7x to first output against main's
5.6x / 5.2x / 5.6x (6.9 / 6.4 / 6.9x complete against 6.6 / 6.2 / 6.7x); warm in-process
lookups alternate 21-32 ms against 24-28 ms: no difference beyond the noise.
Left: the parser's (above; the Q/A paragraphs alone are 11 queries of unseen35); "which X for
Y" questions whose answer is filed under the service it names; subjects asked and unsaid;
"sse" read as the initials of "snapstart snapshot expiry" (query._add_written_whole; unseen26
answers a KMS quota line).

Figures (2026-12-02), issue 10's round twenty-four (branch lookup24): unseen38-40 (LaTeX, a
notebook, Anki cloze, Kindle highlights, a YAML fact file, Marp, a Word export; a zettelkasten,
a Python module of dicts, whiteboard ASCII, INI, Hinglish, a terminal log, a listicle; tables
with <br> cells, French/English, a Stack Overflow thread, an FAQ, a retrospective, a
self-assessment table, Instagram captions), blind until this morning, read for the first time.
Before (main at 9f12ffb, fresh databases, `python bench/lookup_devsets.py`), then after all kept
changes, rebased on main 60d0544 (top-1 / top-3 / abstain counts; sets not listed unchanged):
    before   unseen38 73/80/45 (0.753/0.825/0.957)   unseen39 66/72/41 (0.680/0.742/0.872)
             unseen40 77/83/43 (0.786/0.847/0.878)   unseen38-40 pooled 0.740/0.805/0.902
             total 3625/3763/1571 (0.917/0.952/0.945)
    after    unseen38 78/84/45 (0.804/0.866/0.957)   unseen39 70/72/42 (0.722/0.742/0.894)
             unseen40 82/86/44 (0.837/0.878/0.898)   unseen38-40 pooled 0.788/0.829/0.916
             unseen12 92, unseen14 93, unseen26 88, unseen34 83/88, unseen36 81 top-1;
             unseen24 abstain 46/47
             total 3645/3771/1574 (0.922/0.954/0.947)
No query of any set went from right to wrong. One top-3 was lost, u39-clf-min-az ("minimum AZs
per region"): its top-3 was by accident (an RDS Multi-AZ cluster's "2 readable standbys" held
the bare "2"); the Hinglish line that answers ("ek region mein minimum 2 AZ hote hain") scores
0.42 on its shape and is not shown.
The misses, by class, as read at the start (76 answerable queries not right first, 14
unanswerable ones answered; the parser's with their ids in the review folder's
lookup24_parser_misses.md):
    the parser's (29 checked, likely more among the unread 18 below): the YAML fact file's key
      tree is not the service (top-level "s3:" lines filed SNS, "cloudwatch:" EC2, comments made
      the attribute of every line after them: 6); LaTeX "3{,}000" read as 0 and "5\\,GB"
      unread (4); Anki cloze markup left in values, so a number's noun is not next to it (3);
      units in a dict key's suffix ("'encrypt_api_max_kb': 4": 2); units in Hindi/French ("90
      din", "35 jours", "100 Go", "jusqu'à 5": 5); wrong service (Kindle RDS highlight filed
      Lambda, SNS zettel line filed SQS, SSM error filed KMS, CRR filed S3 Batch, Organizations
      caption filed EC2, IAM DB auth filed IAM, EFS perf modes filed EC2: 7); lines made no
      fact (a log's "# >> per shard: ..." comment, a notebook's "returns 202", Marp's "5
      pillars:": 3). Left to the parser; one is answered all the same (u38-cw-logs-retention,
      by the head-term feature below).
    the query's words not the line's (15): question words the line need not say
      ("requirements", "allowed", "available": fixed as weak words, 3 + u34); "speeds" asked no
      bandwidth (fixed, "gbps" too; "speed" alone not: "speed up global uploads"); "asg uses
      elb health check by default?" read "uses" as the noun counted (fixed: a plural guesses a
      count only under max/min, query.py); left: "meaning", "fix" ("ProvisionedThroughput...
      fix": the code's line ranks first), "sampling rule", "retry policy failed target", a
      French line for an English query, "global tables" said only by the heading.
    ranking among answers (12): support plans, "Enterprise On-Ramp: ... < 30 min" above
      "Enterprise: ... < 15 min" (3, and 3 more in older sets) and RI lines (fixed: rank "head
      term" 0.5, features.head_term: a statement opening with a term all of which the query
      says ranks up, one whose term it says only in part down; a service's name is no term;
      not for comparisons or "what happens"); "replica lag 100 ms" for "aurora replicas max"
      (2, fixed: a quantity filed under a measure of the noun counted is of another dimension,
      answer._measure_of_counted); left: Deep Archive retrieval time for "minimum storage
      duration", "1 instance (except multi-attach)" above "up to 16", an unfiled SO line.
    shape misread (2): "3000 RCUs" not read as a throughput (fixed: a capacity unit is a
      rate, answer._CAPACITY_UNIT); "125 peerings per VPC" for "peering connections" (left).
    candidates never read (18): an unfiled line whose service has 10 candidates already
      (fixed for "spread placement group": a line filed under no service whose neighbours are
      of the service named and which says two of the query's concepts is a candidate,
      __init__._unfiled_near; without the two-concept gate, u16-cf-vs-ga lost its top-3 to
      unfiled "global infrastructure" lines); the rest not studied one by one.
    unanswerable answered (14): another subject or variant of the measure asked (access vs
      refresh token, NAT gateway for Transit Gateway, S3 object size for Standard-IA's
      minimum: 3, left; Serverless "v2 min is 0.5 ACU" for "max acu": fixed, a statement
      bounding its number the other way only is no answer to a max/min typed,
      answer._says_other_bound, not for "how many" (9 queries lost "AWS reserves 5 IPs ...
      /28 minimum"); "64 TB" of storage for a throughput: fixed, a size is no throughput,
      answer._rate_not_size); another item's number on a pricing line
      (Savings Plans: 1, and 2 in unseen36-37); one side of "X vs Y" (2); a heading for
      "accelerated site to site vpn"; a count of another noun (2); "multi-region" said by its
      parts; "high throughput mode" said only by the line: left.
    Also (a new user's report, lookup_plain): "Other matches" named a statement by its
    attribute, the heading over it or its first words ("RDS / saa)", "SQS / zettelkasten dump -
    dva ..."), cut mid-word; now a statement is named by service and subject, its line gets the
    room, a cut ends at a word's end, and a statement of the answer's own line is not listed.
Tried and left out: the unfiled-candidate search without the neighbours' service (u16-cf-vs-ga
and two unanswerable queries of unseen21/33 answered); a weak word typed before a topic word
read as part of a name ("access token"), and a read/write side told by the clause of a
limit's number ("1 MB/s ... for writes, and 2 MB/s for reads"): right in principle, each moved
no query. Not reproduced on
the development sets: "opt" -> "optimized" reading "opt-in" ("ebs optimized instance" on
unseen38 does not list the opt-in line). The two word gates (line_claims `_needles`, assess
`_prefilter`) are check's, not lookup's: left. Speed (bench/startup.py --only lookup --tree
main, loaded machine, three runs): to first output 312 / 171 / 253 ms against main's 303 / 172
/ 260 ms; complete 366 / 215 / 319 ms against 395 / 198 / 302 ms (the last two 5-8% slower,
the first faster); in-process, "sqs max message size" on the shipped notes 31.7-31.9 ms with the
unfiled-line search and 32.6 ms without it: no difference beyond the noise.
Left: the parser's (above, about 40% of the misses); candidates never read; subjects and
variants asked and unsaid (the main cause of wrong answers to unanswerable queries).

Figures (2026-12-02), issue 10's round twenty-five (branch lookup25): unseen41-43 (a Roam
export, Confluence markup, Jira tickets, a Socratic dialogue, a .sql quotas table, song
mnemonics, an AWS timeline; a Google Docs export, a .sh script, a git log, a PR review, a man
page, a Gherkin .feature, a runbook; a postmortem, an .opml outline, footnoted markdown, a Keep
export, Brazilian Portuguese notes, sticky-note fragments, a handout with numbers in words),
blind until this evening, read for the first time. Before (main at de99974, fresh databases,
`python bench/lookup_devsets.py`), then after all kept changes (top-1 / top-3 / abstain
counts; sets not listed unchanged):
    before   unseen41 73/79/43 (0.753/0.814/0.915)   unseen42 65/70/44 (0.684/0.737/0.936)
             unseen43 59/69/42 (0.608/0.711/0.894)   total 3860/4005/1702 (0.910/0.944/0.944)
    1. a line's lead no longer eats the number it opens with ("# 100 buckets per account
       default" was read "buckets per account ..."; lines._LEAD), and a statement naming
       what its number counts, after it or as a short label bounding it ("100 buckets",
       "up to 16 Nitro instances", "Aurora replicas up to 15", "GSI: max 20 per table"),
       holds a count asked in full (answer._names_its_count: 1.0, was NEAR_SHAPE; not 0/1,
       a section number, "/24", a count per another scope asked, a sentence not naming the
       name typed, nor one without the word typed before the noun: "elastic ips" is not
       "2 static anycast IPs"): unseen42 68/74/44, unseen43 60/70, unseen38 89/90.
    2. a question asking when ("when did ...", "... since when", "... launch", "when is ...
       deprecated") asks a date: the words of change are no topic, the numbers typed say
       which change, and a dated line ("2018-10 Lambda timeout 5 -> 15 min") holds it
       (query._read_date_asked, answer._date_shape): unseen41 77/83/43. Only unseen41 has a
       timeline, so only it moves; "when is multipart upload required" (unseen35) asks a
       condition and is left alone ("when is" opens no date question unless it ends in
       "deprecated"/"launched").
    3. units and bounds a student writes in their own language (answer.in_english_units:
       "72 horas", "15 minutos", "90 din", "35 jours", "até 25 itens", "jusqu'à 5", "por"):
       unseen43 64/74, unseen39 82/84, unseen40 83/87.
    4. sizes spelled out ("512 megabytes", "4 kilobytes": the parser writes a handout's
       number words as digits, the shared unit reader knows "mb", not "megabytes"), and a
       prefix length ("/16 and /28") counts nothing: unseen43 65/76, unseen30 abstain 47.
    5. a side compared may be a service of several words ("kinesis data streams vs
       firehose", "cloudfront vs global accelerator"), said by its initials ("KDS", "GA"),
       and a word both names share ("data") tells neither: unseen43 66/77, unseen31 91,
       unseen16 88.
    after    unseen41 77/83/43 (0.794/0.856/0.915)   unseen42 68/74/44 (0.716/0.779/0.936)
             unseen43 66/77/42 (0.680/0.794/0.894)   total 3879/4024/1703 (0.915/0.949/0.945)
No query of any set went from right to wrong, no abstention was lost. u29-aurora-replicas
("aurora max read replicas") was answered by change 1 before its modifier rule and abstains
again: "Aurora Replicas up to 15" does not say "read".
The 104 misses at the start (92 answerable not right first, 12 unanswerable answered), by
class, each counted once by its first cause; "fixed" is right first at the end (the parser's
with their ids in the review folder's lookup25_parser_misses.md):
    wrong service, subject or attribute on the fact (31: footnotes filed under the service
      of the text before them, support plans under Trusted Advisor, every .feature scenario
      after the first under Kinesis, "stepfn" under EventBridge, "object size max 5 TB —
      single PUT max 5 GB" swapped, 72% under Savings Plans): the parser's, 0 fixed.
    lines the parser made no fact of (23: the .sh script's comments, the PR review's diff
      lines, the sticky notes' blocks, a SQL row), reached only by lookup/lines.py, which
      needs every topic word and the service: 4 fixed by change 1 (and u42-ddb-gsi top-3:
      the diff's removed "- GSI: max 5" ranks first, the parser's); left: lines that do not
      say a measure word asked ("window", "validity", "port", "name"), a sticky block's
      service named only on its first line ("KMS quota").
    concept, yes/no and wording questions (11: "can windows instances mount efs" - "mount"
      read near "month"; "does cloudwatch show ec2 memory by default" - read as a default
      size asked; "restrict s3 to cloudfront only"; "1 rcu covers item size"): 0 fixed.
    units unread (9: Portuguese 7, SQL rows with value and unit in separate cells 2): 4
      fixed (change 3); the SQL cells and "0,5 ACU" increments left.
    a date asked (5): 4 fixed (change 2); u41-tl-s3-consistency is answered right first by
      "consistency: strong read-after-write ... (since dec 2020)", which the eval's
      "2020-12" does not hold.
    numbers written in words (5, the handout): 1 fixed (change 4), 1 more top-3; 3 are
      answered right first ("512 MB", "256 KB", "300 s") but the eval writes them in words
      ("five hundred twelve megabytes") and the scorer does not read number words: not
      changed here (the scorer is every round's ruler); "1769 MB" ranks below "10,240 MB"
      of the same line for "memory for one full vcpu".
    comparisons (4): 1 fixed (change 5); "http api vs rest api", "step functions express vs
      standard" left at top-3 (each side's own line ranks before the one comparing).
    ranking among answers (4: "54%" convertible above "up to 72%", free tier, EventBridge
      retries, Snowball): 0 fixed.
    unanswerable answered (12): the parser's service (2), another measure of what is asked
      ("cache size" for a payload size, "resolution" for a retention, an Express
      execution's 5 min for its history; 3), a count of another noun or per another scope
      ("2 versions" an alias splits, IOPS per volume for "per gib", a delay queue's 0-15 min
      for "queues per account", "/16 (65,536 IPs)" for CIDR blocks per VPC; 4), a term the
      notes never define ("change sets" said only as "changed", "rds custom" as
      "customer", CloudHSM no service of the lexicon so "cloudhsm" near "cloud"; 3): 0
      fixed; abstain on unseen41-43 is 129/141 before and after.
Speed (bench/startup.py --only lookup --tree main, a loaded machine): to first output 109 /
78 ms against main's 107 / 112 ms, complete 127 / 120 ms against 136 / 118 ms: no difference
beyond the noise. in_english_units runs two patterns per weighed fact.
Left: the parser's (above, about 60% of the unseen41-43 misses); measure words a line need
not say; concept questions' topic; "what is X" answered by a line naming X in passing ("what
is an nat gateway" on the shipped notes: "NAT Gateway and Internet Gateway are necessary for
VPC Lambdas ..." is at least about it); "sqs fifo throughput" still lists a Standard-queue
line second; `_unfiled_near`'s search, head_term vs _defined_term, the mirrored
_size_not_rate/_rate_not_size and RCU/WCU in `_units`: not touched this round.

Figures (2026-12-03), issue 10's round twenty-six (branch lookup26); before, then after each
kept change (top-1 / top-3 / abstain, counts; sets not listed unchanged):
    before   total 3902/4043/1702 of 4241/1803 (0.920 / 0.953 / 0.944); unseen41 81/87,
             unseen42 81/84, unseen43 71/82.
    1. the scorer reads an expectation written in words ("five hundred twelve megabytes",
       "one hour") as the parser reads notes that write numbers so (number_words): a ruler
       change, no lookup change: unseen43 71/82 -> 74/83; total 3905/4044. (Round 25 left
       the scorer alone on purpose; its figures are kept above, and every figure below
       also moves by these three.) With it, one unit-spelling list (unit_spellings.py) and
       no year read in "in 2000 ms": no figure moves.
    2. a statement of several figures answers with the one clause naming all that was typed
       ("GSI default 20" of "LSI max 5 per table, GSI default 20"; lookup/clause_answer.py),
       a label before "=" names its line's clauses, and a number beside a quoted unit cell
       ("'4', 'KB'") is read with it: unseen20 85 -> 86, unseen41 81/87 -> 83/89; total
       3908/4046. (The first form of the clause answer, taking the clause that named most
       of what was typed, lost 18 top-1 in eleven sets: a bare "A: 5,000" beside "a user
       can be in max 10 groups", a transcript's "[13:20]" read as a number, "5 times per
       second" taken for "max data per call". The kept form takes a clause only when every
       numbered clause names something, it alone names all typed, in the dimension asked.)
    3. "stepfn", "step fn(s)" name Step Functions (fresh databases): unseen34 83 -> 84,
       unseen42 81/84 -> 84/87, unseen19 86/89 -> 85/88 (its title now names three
       services, and a Lambda line under "Asynchronous: S3 events, SNS ..." goes to S3);
       total 3911/4048.
    4. a figure of one side of an "A vs B" its line writes does not answer a question naming
       neither side ("convertible ~54%" for "reserved instance max discount"): unseen42
       84 -> 85, unseen43 74 -> 75; total 3913/4048.
    5. the current side first (current_first) trades places only between sides of one
       measure, never two statements under one heading (a statement's attribute is its
       heading: "template body max 51,200 bytes", current, had been put before the stale
       "max 200 resources per template" that answers "cloudformation max resources per
       template", marked outdated; "managed policy max 6,144 chars" before "Groups can be
       nested", marked wrong): unseen32 83 -> 84, unseen36 79 -> 81; total 3916/4048.
    after    total 3916/4048/1702 (0.923 / 0.954 / 0.944); unseen41 83/89, unseen42 85/87,
             unseen43 75/83.
    Tried and left out: the first answer taken from the next two ranked when one is surer
       by 0.3 (total -7 top-1: unseen6, 19, 23, 26, 27, 32 lose, 28 gains); at most one hit
       per note line in the top 3 (-21 top-3; a line's second figure is often the answer:
       "5 GB" first, "5 TB" second of "object size max 5 TB - single PUT max 5 GB"), or at
       most one more from the first hit's line (-2): near-duplicates are not what keeps
       top-3 down (49 of 4054 top-3 lists repeat the first value); "dont", "isn't" and the
       other contractions of "not" as stop words (unseen35 +1/+1 for "default lambda
       timeout if i dont set it", but unseen16 answers "max shards per account kinesis"
       with "... so one shard isn't hot": `_noun_after` then reads "one shard" as a count
       of shards; fix that first).

Figures (2026-12-03), issue 10's round twenty-seven (branch lookup27), on all 46 sets
(4533 answerable, 1944 unanswerable); before, then after each kept change (top-1 / top-3 /
abstain counts; sets not listed unchanged):
    before   total 4131/4280/1819 (0.911 / 0.944 / 0.936); unseen26 88/90/42,
             unseen31 92/93/44, unseen35 83/91/44, unseen47 58/69/40.
    The misses at the start, by class: 191 answerable abstained (the right fact among the
    first 15 at threshold 0 for 151: its topic share lowest for 72, its shape for 45, its
    service for 34; not found for 40); 149 right at 2nd/3rd (101 of them tied with the
    first on the answer score: the order between them is rank.score's, most often a
    quantity the parser filed under the attribute asked, "5 GB" and "128 KB" as S3's object
    size, or the other side of an "x vs y"; 33 scored lower); 125 unanswerable answered (65
    with the topic partly said, 0.6-0.95: a variant or scope typed that the fact does not
    say, "nlb tcp idle timeout" -> ALB's 60 s, "http api integration timeout" -> REST's 29
    s; 24 quantities fully matching of another variant or scope; 20 statements fully
    matching; 16 statements of bare numbers with every word said, shape 0.85).
    1. accented Latin letters read without their marks (text.normalize: "rétention" was
       the two tokens "r" and "tention") and Portuguese/Spanish -ção/-ción/-ência endings as
       English -tion/-ence (text._english_ending): no figure moves (unseen43's "redis or
       memcached for persistence and replication" lost its answer with the accents alone:
       "replicacao" is no near form of "replication"; the endings give it back).
    2. a noun's count asked is not answered by a statement whose only numbers of no unit
       are 0 or 1 (answer.UNNAMED_COUNT 0.55: "Delay queue | default 0 | max 15 min" for
       "max number of sqs queues per account", "subnet = 1 AZ only" for "max subnets per
       vpc"), unless a number is typed ("reserved concurrency set to 0"): unseen26, 31, 47
       abstain +1 each. The first form, any statement whose bare numbers name no count
       (0.55), lost 70 top-1 for 9 abstentions: the count's noun is often in the label or
       subject ("LSI: max: 5 per table", "Read replicas | up to 15"), not beside the number.
    3. "how fast", "how quickly", "how soon" are limit cues as "how long" is, so "fast" is
       no topic word a line must say: unseen35 83/91 -> 84/92, unseen47 58/69 -> 59/70.
    4. a cue word one slip of the fingers away (a letter left out, one too many, two
       swapped; not a letter changed: "lease" is no "least") is read as the cue
       (query._repair_cue_typos: "limt", "defualt"): unseen47 59/70 -> 60/71.
    after    total 4134/4283/1822 (0.912 / 0.945 / 0.937); unseen26 88/90/43,
             unseen31 92/93/45, unseen35 84/92/44, unseen47 60/71/41.
    Measured and not built: a first answer filed under no subject and saying none of the
       words of a subject asked (of the 36 first answers so, 24 are right: many "x vs y"
       and implied subjects, "fifo dedup interval"; 5 are unanswerable queries answered).
       Not tried, read off the alias table: the words of a service's expanded name as said
       by all its facts (SQS's "queue" for "sqs delay queue range"; but "storage" for every
       S3 fact, "block" for every EBS one, "token" for every STS one).

Figures (2026-12-03), round twenty-seven's review (branch lookup27b), all 46 sets:
    before   total 4134/4283/1822; unseen47 60/71/41.
    1. a cue read off a slip only from a word of 5+ letters, or a cue of 6+ with a letter
       left out, and never the cue with a letter added at its end ("last" was "least": a
       visibility timeout "lasts" its 0 s minimum; "invoker", French "faut"): unseen47
       60/71 -> 59/70 (its "kinesis shard write limt", 4 letters).
    2. the 0-or-1 count refusal spares a 1 before "per <scope>", before the counted noun,
       or under a label saying it, and any count when a default is asked: no figure moves
       (abstain stays 1822: the three it gained are kept).
    3. "-são"/"-sões", "-unção" and "-ency" as "-ence": no figure moves.
    after    total 4133/4282/1822 (0.912 / 0.945 / 0.937); unseen47 59/70/41.

Figures (2026-12-03), session 18's formats round (branch formats18), all 49 sets, notes
read worst by format first (the per-note misses of --misses DIR, by each query's source
file; this bench names every file, so a notebook was read as plain JSON text here, while
`ingest FOLDER` named it unreadable and read nothing: 0/15 of unseen51's notebook through
bench/lookup_eval_cli.py, 15/15 after):
    before   total 4360/4529/1938 (0.904 / 0.939 / 0.929)
    1. Jupyter notebooks (formats/notebook.py): unseen51 84/91/39 -> 86/91/41.
    2. rST definition lists with their term: unseen50 64/74/40 -> 68/76/40, unseen37
       abstain 40 -> 41.
    3. a mind map's bare-label branch said with the one above ("Support plans /
       Developer"): unseen52 75/81/37 -> 76/82/37.
    4. a JSON export's body of several lines one line a line: unseen43 76/84 -> 79/85.
    5. shell scripts by their comments: unseen42 85/87 -> 88/90; Gherkin .feature:
       unseen42 88/90 -> 89/90.
    6. captions without speaker names and cue identifiers, wiki pages (.tid, .wiki): no
       figure moves (unseen48, unseen49; the facts lose "!! ha" and "priya sharma" as their
       subjects, the header fields and code blocks as facts).
    7. emails (.eml): the header, "wrote:" line and signature no notes: unseen51 unchanged
       (its subject as a heading lost a query, "(IAM/KMS/cognito/...)" filing every line
       under IAM; it is a plain line).
    after    total 4374/4536/1941 (0.907 / 0.941 / 0.930); no set loses a query.

Figures (2026-12-03), issue 10's round twenty-eight (branch lookup28), all 49 sets (4822
answerable, 2086 unanswerable; unseen50-52 joined since round 27); before, then after each
kept change (top-1 / top-3 / abstain counts; sets not listed unchanged):
    before   total 4360/4529/1938 (0.904 / 0.939 / 0.929).
    1. a variant asked (lookup_synonyms.json "variant_families", lookup/variants.py: ALB /
       NLB / GWLB / CLB, REST / HTTP / WebSocket API, gp2 / gp3 / io1 / io2 / st1 / sc1,
       FIFO / standard queue, the S3 storage classes, Redis / Memcached, Standard / Express
       workflow, user / identity pool, ID / access / refresh token, placement groups,
       on-demand / provisioned Kinesis, LSI / GSI, DAX item / query cache, Snowcone /
       Snowball / Snowmobile, reserved / provisioned concurrency) is not answered by a fact
       filed under another member, or naming one and not the one asked in its own words
       (else, for a quantity, on its note line): answer._other_member, OTHER_VARIANT. And a
       mode asked must be said where the fact's number is, not only in an aside of its line
       ("3,000 with batching (high throughput mode more)"; answer._mode_in_number_clause):
       total 4361/4528/1945 (unseen48 +1 top-1, unseen50 +1; unseen49 -1 top-1 and top-3:
       "io2 max iops" had been answered by the line's "64,000" the parser filed under io1).
    2. a statement whose clauses with a number are all about another member (named, or
       following the clause that names it; answer._numbers_of_others), and numbers their
       clauses call a baseline for a max asked (answer._baseline_only: "gp3 gives a
       baseline of 3,000 IOPS and 125 MB/s"): abstain 1947 (unseen49, unseen50).
    3. EC2's purchase options and the three Savings Plans as families: abstain 1950
       (unseen37, 40, 47).
    4. AWS Support's plans as a family read under any service ("*": notes file those lines
       under none, Trusted Advisor, Budgets), with phrases that hold a plan's word and name
       none ("business-critical", "basic monitoring") read as no member: top-1 4366
       (unseen8, 30, 35 x2, 52), abstain 1955 (unseen36, 47, 49, 51 x2). Without those
       phrases: top-1 -1, top-3 -4 ("business/mission-critical" read as the Business plan).
    after    total 4366/4528/1955 (0.905 / 0.939 / 0.937).
    Tried and left out: ties on the answer score decided by how much of the query a
       quantity says in its line's clause holding its number (answer.clause_fit), among
       the first 5 ranked: with statements in the tie +1 top-1 (8 gained, 7 lost: a
       statement's topic is read whole, a quantity's by clause, so the two do not compare);
       among quantities only -4 top-1 ("Message retention: 4 days default, 14 max": the
       clause loses the label's words). A variant asked and a fact naming no member of its
       family at all: of 33 such first answers 26 are right (the answer scores of the 7
       unanswerable, 0.6-0.8, are those of right ones), so no penalty is given.
    Threshold after these changes (total top-1 / top-3 / abstain): 0.55 4373/4539/1925
       (0.907 / 0.941 / 0.923), 0.60 4366/4528/1955 (0.905 / 0.939 / 0.937), 0.65
       4322/4479/1973 (0.896 / 0.929 / 0.946): 0.60 kept (0.55 gives 7 more right first
       answers for 30 more answers to unanswerable queries; 0.65 loses 44 for 18).

Figures (2026-12-03), issue 10's round twenty-nine (branch lookup29), all 52 sets (5114
answerable, 2230 unanswerable; unseen53-55, session 18's blind sets, joined since round 28).
The misses of unseen53-55 before the round, by class (counts of the three sets): answerable
lookups abstained on 42 (about 12 parser or format misses: a line filed under another service,
"secretsmgr.secret size" under Parameter Store, BBCode "[b]" left in a value, no fact made of
the line; about 10 in words of another language the scorer cannot read, Korean "비동기",
Polish "instancji", Spanish "gratis"; about 20 where the query says words the line leaves to
its heading or says otherwise, "appspec" / "deployments", "quorum", "LB" for load balancing);
right answer not first 20 (top3 15, outside the top 3 5: a multi-value line's figure filed
with only "size" as its attribute, "10 GB" of a container image for an async payload; the
parser's swapped "with/without batching" labels); unanswerable lookups answered 20 (a
quantity of the subject asked whose measure is another, "90 days" minimum storage for
Glacier IR latency; an unfiled DynamoDB line for Memcached). Before, then after each kept
change (top-1 / top-3 / abstain counts; sets not listed unchanged):
    before   total 4625/4795/2078 (0.904 / 0.938 / 0.932); unseen53 79/86/44 (0.798 /
             0.869 / 0.898), unseen54 70/75/39 (0.722 / 0.773 / 0.812), unseen55 81/84/41
             (0.844 / 0.875 / 0.872).
    1. a dotted key says each of its words ("stepfn.history = 25,000 events" says
       "history"; lookup/words.stems), "app" is "application" and "roughly",
       "approximately", "approx" are stop words (data/lookup_synonyms.json): unseen54
       73/78/39.
    2. "how many aws budgets" counts budgets, not "aws" (query._how_many_noun): unseen36
       82/87, unseen53 80/87.
    3. a verb's form after a number ("500-3000 depending on region", "5 reserved per
       subnet") leaves its label to say what it counts, when the label says nothing the
       query does not ("burst" is no count of "concurrent executions per region"), and a
       line's label led in by an arrow labels its clauses for counts ("Read replicas ->
       asynchronous, up to 5 per source"; answer._counted_by_number, _COUNT_LABEL):
       unseen47 63/71, unseen48 74/80, unseen52 81/86. Without the label check, unseen17
       and unseen29 each lost a top-1 to the burst line.
    after    total 4633/4803/2078 (0.906 / 0.939 / 0.932); unseen53 80/87/44 (0.808 / 0.879
             / 0.898), unseen54 73/78/39 (0.753 / 0.804 / 0.812), unseen55 81/84/41
             (unchanged). The threshold is not moved (0.60).
    Tried and left out: the first answer taken by the answer score when one of the next two
       ranked scores 0.15 (or 0.3) more than the first ranked: total top-1 -8 (-4), the
       answer scores of different facts do not compare (as round 28 found for clause fit).
       A quantity's subject words no longer kept from being another measure (Glacier IR's
       "90 days" minimum storage for a latency asked): no figure moves (the table row's
       statement answers instead), so not kept.

Session 18, the formats review's fixes (email forward and quoted headers, base64 bodies,
back-to-back caption cues, MediaWiki code blocks, reST literals, PowerShell block comments,
notebook cells of one string, outline steps with placeholders): every set unchanged, before
and after total 4388/4550/1940 (2026-12-03, all 49 sets, measured before lookup28 was merged).

Figures (2026-12-03), session 19's formats round (branch formats19, issue 10 item 5), all 49
sets: notes in markups read as plain text, found by the per-note figures of --misses DIR
(each query's source file). Before, the six such notes of unseen53/55: Typst 12/15, DokuWiki
12/15, BBCode 12/14, MDX 13/14, Textile 13/14, Zim 12/14 right first; the worst-read notes of
all sets were unseen47's pasted quota sheet (6/15: its "## remark" lines read as headings)
and notes in other languages or of exam trivia (unseen53's Spanish, unseen54's Korean,
unseen50's German CLF notes, unseen55's speaker notes: 6-7 of 12-15), which no reader helps.
    before   total 4625/4795/2078 (0.904 / 0.938 / 0.932)
    1. a note's markup recognised from its lines where its name says nothing (.txt, an
       unknown type; formats/sniff.py) and .typ, .textile, .mdx by name: DokuWiki and Zim
       (formats/dokuwiki.py), BBCode, Textile and Confluence, Typst, MDX, and MediaWiki and
       AsciiDoc by their own readers: unseen53 79/86/44 -> 83/91/43 (Typst 13/15, DokuWiki
       13/15, BBCode 14/14; the abstention lost: "nlb tcp idle timeout" answered by the
       DokuWiki ELB table's NLB row, once no table), unseen55 81/84/41 -> 81/84/43, unseen2
       223/227/9 -> 224/228/9 (its Confluence page). As HTML rows, unseen41's Confluence
       table lost a query: wiki tables are pipe rows the markdown path reads.
    2. runs of "#" lines in a plain-text note as comments, not headings (formats/
       hash_comments.py; a terminal's log left to notes/normalize.py, which reads it:
       unseen39 lost all 9 answers of its log otherwise): unseen47 62/70/42 -> 69/77/41.
    after    total 4637/4808/2078 (0.907 / 0.940 / 0.932); no other set moves.
    Left (not formats): a Zim heading "Streams / TTL / DAX" files DynamoDB Streams' 24 h
    under DAX; a Typst "Standard | Express" table is filed under S3 (its Standard class);
    a Textile table of IAM policy sizes gives no fact of its bare numbers (as markdown too).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the package and tests/ from this checkout

from studycli.lookup import lookup  # noqa: E402
from studycli.lookup.answer import THRESHOLD  # noqa: E402
from studycli.store.db import connect  # noqa: E402
from tests.lookup_scorer import holds  # noqa: E402

DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared" / "eval"
_DEV = SHARED / "lookup_dev.jsonl" if (SHARED / "lookup_dev.jsonl").exists() \
    else DATA / "lookup_dev.jsonl"
# name, notes folder (None: the shipped notes), answerable queries, unanswerable queries
# (a file and, for files that cover several folders, the `notes` value its cases must have)
SETS: list[tuple[str, Path | None, Path, list[tuple[Path, str | None]]]] = [
    ("shipped", None, _DEV, [(SHARED / "abstain_dev.jsonl", None)]),
    ("extra", None, DATA / "lookup_extra.jsonl", [(DATA / "lookup_abstain_extra.jsonl", None)]),
    ("unseen", DATA / "unseen_notes", DATA / "lookup_unseen.jsonl",
     [(DATA / "lookup_abstain_unseen.jsonl", "unseen_notes")]),
    ("unseen2", DATA / "unseen2_notes", DATA / "lookup_unseen2.jsonl",
     [(DATA / "lookup_abstain_unseen.jsonl", "unseen2_notes")]),
    ("unseen3", DATA / "unseen3_notes", DATA / "lookup_unseen3.jsonl",
     [(DATA / "lookup_abstain_unseen.jsonl", "unseen3_notes")]),
    ("unseen4", DATA / "unseen4_notes", DATA / "lookup_unseen4.jsonl",
     [(DATA / "abstain_unseen4.jsonl", None)]),
    ("unseen6", DATA / "unseen6_notes", DATA / "lookup_unseen6.jsonl",
     [(DATA / "abstain_unseen6.jsonl", None)]),
    ("unseen8", DATA / "unseen8_notes", DATA / "lookup_unseen8.jsonl",
     [(DATA / "abstain_unseen8.jsonl", None)]),
    ("unseen9", DATA / "unseen9_notes", DATA / "lookup_unseen9.jsonl",
     [(DATA / "abstain_unseen9.jsonl", None)]),
    ("unseen11", DATA / "unseen11_notes", DATA / "lookup_unseen11.jsonl",
     [(DATA / "abstain_unseen11.jsonl", None)]),
    ("unseen12", DATA / "unseen12_notes", DATA / "lookup_unseen12.jsonl",
     [(DATA / "abstain_unseen12.jsonl", None)]),
    ("unseen13", DATA / "unseen13_notes", DATA / "lookup_unseen13.jsonl",
     [(DATA / "abstain_unseen13.jsonl", None)]),
    ("unseen14", DATA / "unseen14_notes", DATA / "lookup_unseen14.jsonl",
     [(DATA / "abstain_unseen14.jsonl", None)]),
    ("unseen15", DATA / "unseen15_notes", DATA / "lookup_unseen15.jsonl",
     [(DATA / "abstain_unseen15.jsonl", None)]),
    ("unseen16", DATA / "unseen16_notes", DATA / "lookup_unseen16.jsonl",
     [(DATA / "abstain_unseen16.jsonl", None)]),
    ("unseen17", DATA / "unseen17_notes", DATA / "lookup_unseen17.jsonl",
     [(DATA / "abstain_unseen17.jsonl", None)]),
    ("unseen18", DATA / "unseen18_notes", DATA / "lookup_unseen18.jsonl",
     [(DATA / "abstain_unseen18.jsonl", None)]),
    ("unseen19", DATA / "unseen19_notes", DATA / "lookup_unseen19.jsonl",
     [(DATA / "abstain_unseen19.jsonl", None)]),
    ("unseen20", DATA / "unseen20_notes", DATA / "lookup_unseen20.jsonl",
     [(DATA / "abstain_unseen20.jsonl", None)]),
    ("unseen21", DATA / "unseen21_notes", DATA / "lookup_unseen21.jsonl",
     [(DATA / "abstain_unseen21.jsonl", None)]),
    ("unseen22", DATA / "unseen22_notes", DATA / "lookup_unseen22.jsonl",
     [(DATA / "abstain_unseen22.jsonl", None)]),
    ("unseen23", DATA / "unseen23_notes", DATA / "lookup_unseen23.jsonl",
     [(DATA / "abstain_unseen23.jsonl", None)]),
    ("unseen24", DATA / "unseen24_notes", DATA / "lookup_unseen24.jsonl",
     [(DATA / "abstain_unseen24.jsonl", None)]),
    ("unseen25", DATA / "unseen25_notes", DATA / "lookup_unseen25.jsonl",
     [(DATA / "abstain_unseen25.jsonl", None)]),
    ("unseen26", DATA / "unseen26_notes", DATA / "lookup_unseen26.jsonl",
     [(DATA / "abstain_unseen26.jsonl", None)]),
    ("unseen27", DATA / "unseen27_notes", DATA / "lookup_unseen27.jsonl",
     [(DATA / "abstain_unseen27.jsonl", None)]),
    ("unseen28", DATA / "unseen28_notes", DATA / "lookup_unseen28.jsonl",
     [(DATA / "abstain_unseen28.jsonl", None)]),
    ("unseen29", DATA / "unseen29_notes", DATA / "lookup_unseen29.jsonl",
     [(DATA / "abstain_unseen29.jsonl", None)]),
    ("unseen30", DATA / "unseen30_notes", DATA / "lookup_unseen30.jsonl",
     [(DATA / "abstain_unseen30.jsonl", None)]),
    ("unseen31", DATA / "unseen31_notes", DATA / "lookup_unseen31.jsonl",
     [(DATA / "abstain_unseen31.jsonl", None)]),
    ("unseen32", DATA / "unseen32_notes", DATA / "lookup_unseen32.jsonl",
     [(DATA / "abstain_unseen32.jsonl", None)]),
    ("unseen33", DATA / "unseen33_notes", DATA / "lookup_unseen33.jsonl",
     [(DATA / "abstain_unseen33.jsonl", None)]),
    ("unseen34", DATA / "unseen34_notes", DATA / "lookup_unseen34.jsonl",
     [(DATA / "abstain_unseen34.jsonl", None)]),
    ("unseen35", DATA / "unseen35_notes", DATA / "lookup_unseen35.jsonl",
     [(DATA / "abstain_unseen35.jsonl", None)]),
    ("unseen36", DATA / "unseen36_notes", DATA / "lookup_unseen36.jsonl",
     [(DATA / "abstain_unseen36.jsonl", None)]),
    ("unseen37", DATA / "unseen37_notes", DATA / "lookup_unseen37.jsonl",
     [(DATA / "abstain_unseen37.jsonl", None)]),
    ("unseen38", DATA / "unseen38_notes", DATA / "lookup_unseen38.jsonl",
     [(DATA / "abstain_unseen38.jsonl", None)]),
    ("unseen39", DATA / "unseen39_notes", DATA / "lookup_unseen39.jsonl",
     [(DATA / "abstain_unseen39.jsonl", None)]),
    ("unseen40", DATA / "unseen40_notes", DATA / "lookup_unseen40.jsonl",
     [(DATA / "abstain_unseen40.jsonl", None)]),
    ("unseen41", DATA / "unseen41_notes", DATA / "lookup_unseen41.jsonl",
     [(DATA / "abstain_unseen41.jsonl", None)]),
    ("unseen42", DATA / "unseen42_notes", DATA / "lookup_unseen42.jsonl",
     [(DATA / "abstain_unseen42.jsonl", None)]),
    ("unseen43", DATA / "unseen43_notes", DATA / "lookup_unseen43.jsonl",
     [(DATA / "abstain_unseen43.jsonl", None)]),
    ("unseen47", DATA / "unseen47_notes", DATA / "lookup_unseen47.jsonl",
     [(DATA / "abstain_unseen47.jsonl", None)]),
    ("unseen48", DATA / "unseen48_notes", DATA / "lookup_unseen48.jsonl",
     [(DATA / "abstain_unseen48.jsonl", None)]),
    ("unseen49", DATA / "unseen49_notes", DATA / "lookup_unseen49.jsonl",
     [(DATA / "abstain_unseen49.jsonl", None)]),
    ("unseen50", DATA / "unseen50_notes", DATA / "lookup_unseen50.jsonl",
     [(DATA / "abstain_unseen50.jsonl", None)]),
    ("unseen51", DATA / "unseen51_notes", DATA / "lookup_unseen51.jsonl",
     [(DATA / "abstain_unseen51.jsonl", None)]),
    ("unseen52", DATA / "unseen52_notes", DATA / "lookup_unseen52.jsonl",
     [(DATA / "abstain_unseen52.jsonl", None)]),
    ("unseen53", DATA / "unseen53_notes", DATA / "lookup_unseen53.jsonl",
     [(DATA / "abstain_unseen53.jsonl", None)]),
    ("unseen54", DATA / "unseen54_notes", DATA / "lookup_unseen54.jsonl",
     [(DATA / "abstain_unseen54.jsonl", None)]),
    ("unseen55", DATA / "unseen55_notes", DATA / "lookup_unseen55.jsonl",
     [(DATA / "abstain_unseen55.jsonl", None)]),
    ("unseen56", DATA / "unseen56_notes", DATA / "lookup_unseen56.jsonl",
     [(DATA / "abstain_unseen56.jsonl", None)]),
    ("unseen57", DATA / "unseen57_notes", DATA / "lookup_unseen57.jsonl",
     [(DATA / "abstain_unseen57.jsonl", None)]),
    ("unseen58", DATA / "unseen58_notes", DATA / "lookup_unseen58.jsonl",
     [(DATA / "abstain_unseen58.jsonl", None)]),
    ("unseen59", DATA / "unseen59_notes", DATA / "lookup_unseen59.jsonl",
     [(DATA / "abstain_unseen59.jsonl", None)]),
    ("unseen60", DATA / "unseen60_notes", DATA / "lookup_unseen60.jsonl",
     [(DATA / "abstain_unseen60.jsonl", None)]),
    ("unseen61", DATA / "unseen61_notes", DATA / "lookup_unseen61.jsonl",
     [(DATA / "abstain_unseen61.jsonl", None)]),
    ("unseen62", DATA / "unseen62_notes", DATA / "lookup_unseen62.jsonl",
     [(DATA / "abstain_unseen62.jsonl", None)]),
    ("unseen63", DATA / "unseen63_notes", DATA / "lookup_unseen63.jsonl",
     [(DATA / "abstain_unseen63.jsonl", None)]),
    ("unseen64", DATA / "unseen64_notes", DATA / "lookup_unseen64.jsonl",
     [(DATA / "abstain_unseen64.jsonl", None)]),
    ("unseen65", DATA / "unseen65_notes", DATA / "lookup_unseen65.jsonl",
     [(DATA / "abstain_unseen65.jsonl", None)]),
    ("unseen66", DATA / "unseen66_notes", DATA / "lookup_unseen66.jsonl",
     [(DATA / "abstain_unseen66.jsonl", None)]),
    ("unseen67", DATA / "unseen67_notes", DATA / "lookup_unseen67.jsonl",
     [(DATA / "abstain_unseen67.jsonl", None)]),
    ("unseen68", DATA / "unseen68_notes", DATA / "lookup_unseen68.jsonl",
     [(DATA / "abstain_unseen68.jsonl", None)]),
    ("unseen69", DATA / "unseen69_notes", DATA / "lookup_unseen69.jsonl",
     [(DATA / "abstain_unseen69.jsonl", None)]),
    ("unseen70", DATA / "unseen70_notes", DATA / "lookup_unseen70.jsonl",
     [(DATA / "abstain_unseen70.jsonl", None)]),
    ("unseen74", DATA / "unseen74_notes", DATA / "lookup_unseen74.jsonl",
     [(DATA / "abstain_unseen74.jsonl", None)]),
    ("unseen75", DATA / "unseen75_notes", DATA / "lookup_unseen75.jsonl",
     [(DATA / "abstain_unseen75.jsonl", None)]),
    ("unseen76", DATA / "unseen76_notes", DATA / "lookup_unseen76.jsonl",
     [(DATA / "abstain_unseen76.jsonl", None)]),
    ("unseen77", DATA / "unseen77_notes", DATA / "lookup_unseen77.jsonl",
     [(DATA / "abstain_unseen77.jsonl", None)]),
    ("unseen78", DATA / "unseen78_notes", DATA / "lookup_unseen78.jsonl",
     [(DATA / "abstain_unseen78.jsonl", None)]),
    ("unseen79", DATA / "unseen79_notes", DATA / "lookup_unseen79.jsonl",
     [(DATA / "abstain_unseen79.jsonl", None)]),
    ("unseen80", DATA / "unseen80_notes", DATA / "lookup_unseen80.jsonl",
     [(DATA / "abstain_unseen80.jsonl", None)]),
    ("unseen81", DATA / "unseen81_notes", DATA / "lookup_unseen81.jsonl",
     [(DATA / "abstain_unseen81.jsonl", None)]),
    ("unseen82", DATA / "unseen82_notes", DATA / "lookup_unseen82.jsonl",
     [(DATA / "abstain_unseen82.jsonl", None)]),
    ("unseen83", DATA / "unseen83_notes", DATA / "lookup_unseen83.jsonl",
     [(DATA / "abstain_unseen83.jsonl", None)]),
    ("unseen84", DATA / "unseen84_notes", DATA / "lookup_unseen84.jsonl",
     [(DATA / "abstain_unseen84.jsonl", None)]),
    ("unseen85", DATA / "unseen85_notes", DATA / "lookup_unseen85.jsonl",
     [(DATA / "abstain_unseen85.jsonl", None)]),
    ("unseen86", DATA / "unseen86_notes", DATA / "lookup_unseen86.jsonl",
     [(DATA / "abstain_unseen86.jsonl", None)]),
    ("unseen87", DATA / "unseen87_notes", DATA / "lookup_unseen87.jsonl",
     [(DATA / "abstain_unseen87.jsonl", None)]),
    ("unseen88", DATA / "unseen88_notes", DATA / "lookup_unseen88.jsonl",
     [(DATA / "abstain_unseen88.jsonl", None)]),
    ("unseen89", DATA / "unseen89_notes", DATA / "lookup_unseen89.jsonl",
     [(DATA / "abstain_unseen89.jsonl", None)]),
    ("unseen90", DATA / "unseen90_notes", DATA / "lookup_unseen90.jsonl",
     [(DATA / "abstain_unseen90.jsonl", None)]),
    ("unseen91", DATA / "unseen91_notes", DATA / "lookup_unseen91.jsonl",
     [(DATA / "abstain_unseen91.jsonl", None)]),
    ("unseen92", DATA / "unseen92_notes", DATA / "lookup_unseen92.jsonl",
     [(DATA / "abstain_unseen92.jsonl", None)]),
    ("unseen93", DATA / "unseen93_notes", DATA / "lookup_unseen93.jsonl",
     [(DATA / "abstain_unseen93.jsonl", None)]),
    ("unseen94", DATA / "unseen94_notes", DATA / "lookup_unseen94.jsonl",
     [(DATA / "abstain_unseen94.jsonl", None)]),
    ("unseen95", DATA / "unseen95_notes", DATA / "lookup_unseen95.jsonl",
     [(DATA / "abstain_unseen95.jsonl", None)]),
    ("unseen96", DATA / "unseen96_notes", DATA / "lookup_unseen96.jsonl",
     [(DATA / "abstain_unseen96.jsonl", None)]),
    ("unseen97", DATA / "unseen97_notes", DATA / "lookup_unseen97.jsonl",
     [(DATA / "abstain_unseen97.jsonl", None)]),
    ("unseen98", DATA / "unseen98_notes", DATA / "lookup_unseen98.jsonl",
     [(DATA / "abstain_unseen98.jsonl", None)]),
    ("unseen99", DATA / "unseen99_notes", DATA / "lookup_unseen99.jsonl",
     [(DATA / "abstain_unseen99.jsonl", None)]),
    ("unseen100", DATA / "unseen100_notes", DATA / "lookup_unseen100.jsonl",
     [(DATA / "abstain_unseen100.jsonl", None)]),
    ("unseen101", DATA / "unseen101_notes", DATA / "lookup_unseen101.jsonl",
     [(DATA / "abstain_unseen101.jsonl", None)]),
    ("unseen102", DATA / "unseen102_notes", DATA / "lookup_unseen102.jsonl",
     [(DATA / "abstain_unseen102.jsonl", None)]),
    ("unseen103", DATA / "unseen103_notes", DATA / "lookup_unseen103.jsonl",
     [(DATA / "abstain_unseen103.jsonl", None)]),
    ("unseen104", DATA / "unseen104_notes", DATA / "lookup_unseen104.jsonl",
     [(DATA / "abstain_unseen104.jsonl", None)]),
    ("unseen105", DATA / "unseen105_notes", DATA / "lookup_unseen105.jsonl",
     [(DATA / "abstain_unseen105.jsonl", None)]),
    ("unseen106", DATA / "unseen106_notes", DATA / "lookup_unseen106.jsonl",
     [(DATA / "abstain_unseen106.jsonl", None)]),
    ("unseen107", DATA / "unseen107_notes", DATA / "lookup_unseen107.jsonl",
     [(DATA / "abstain_unseen107.jsonl", None)]),
    ("unseen108", DATA / "unseen108_notes", DATA / "lookup_unseen108.jsonl",
     [(DATA / "abstain_unseen108.jsonl", None)]),
    ("unseen109", DATA / "unseen109_notes", DATA / "lookup_unseen109.jsonl",
     [(DATA / "abstain_unseen109.jsonl", None)]),
    ("unseen110", DATA / "unseen110_notes", DATA / "lookup_unseen110.jsonl",
     [(DATA / "abstain_unseen110.jsonl", None)]),
    ("unseen111", DATA / "unseen111_notes", DATA / "lookup_unseen111.jsonl",
     [(DATA / "abstain_unseen111.jsonl", None)]),
    ("unseen112", DATA / "unseen112_notes", DATA / "lookup_unseen112.jsonl",
     [(DATA / "abstain_unseen112.jsonl", None)]),
    ("unseen113", DATA / "unseen113_notes", DATA / "lookup_unseen113.jsonl",
     [(DATA / "abstain_unseen113.jsonl", None)]),
    ("unseen114", DATA / "unseen114_notes", DATA / "lookup_unseen114.jsonl",
     [(DATA / "abstain_unseen114.jsonl", None)]),
    ("unseen115", DATA / "unseen115_notes", DATA / "lookup_unseen115.jsonl",
     [(DATA / "abstain_unseen115.jsonl", None)]),
    ("unseen116", DATA / "unseen116_notes", DATA / "lookup_unseen116.jsonl",
     [(DATA / "abstain_unseen116.jsonl", None)]),
    ("unseen117", DATA / "unseen117_notes", DATA / "lookup_unseen117.jsonl",
     [(DATA / "abstain_unseen117.jsonl", None)]),
    ("unseen118", DATA / "unseen118_notes", DATA / "lookup_unseen118.jsonl",
     [(DATA / "abstain_unseen118.jsonl", None)]),
    ("unseen119", DATA / "unseen119_notes", DATA / "lookup_unseen119.jsonl",
     [(DATA / "abstain_unseen119.jsonl", None)]),
    ("unseen120", DATA / "unseen120_notes", DATA / "lookup_unseen120.jsonl",
     [(DATA / "abstain_unseen120.jsonl", None)]),
    ("unseen121", DATA / "unseen121_notes", DATA / "lookup_unseen121.jsonl",
     [(DATA / "abstain_unseen121.jsonl", None)]),
    ("unseen122", DATA / "unseen122_notes", DATA / "lookup_unseen122.jsonl",
     [(DATA / "abstain_unseen122.jsonl", None)]),
    ("unseen123", DATA / "unseen123_notes", DATA / "lookup_unseen123.jsonl",
     [(DATA / "abstain_unseen123.jsonl", None)]),
    ("unseen124", DATA / "unseen124_notes", DATA / "lookup_unseen124.jsonl",
     [(DATA / "abstain_unseen124.jsonl", None)]),
    ("unseen125", DATA / "unseen125_notes", DATA / "lookup_unseen125.jsonl",
     [(DATA / "abstain_unseen125.jsonl", None)]),
    ("unseen126", DATA / "unseen126_notes", DATA / "lookup_unseen126.jsonl",
     [(DATA / "abstain_unseen126.jsonl", None)]),
    ("unseen127", DATA / "unseen127_notes", DATA / "lookup_unseen127.jsonl",
     [(DATA / "abstain_unseen127.jsonl", None)]),
    ("unseen128", DATA / "unseen128_notes", DATA / "lookup_unseen128.jsonl",
     [(DATA / "abstain_unseen128.jsonl", None)]),
    ("unseen129", DATA / "unseen129_notes", DATA / "lookup_unseen129.jsonl",
     [(DATA / "abstain_unseen129.jsonl", None)]),
    ("unseen130", DATA / "unseen130_notes", DATA / "lookup_unseen130.jsonl",
     [(DATA / "abstain_unseen130.jsonl", None)]),
    ("unseen131", DATA / "unseen131_notes", DATA / "lookup_unseen131.jsonl",
     [(DATA / "abstain_unseen131.jsonl", None)]),
    ("unseen132", DATA / "unseen132_notes", DATA / "lookup_unseen132.jsonl",
     [(DATA / "abstain_unseen132.jsonl", None)]),
    ("unseen133", DATA / "unseen133_notes", DATA / "lookup_unseen133.jsonl",
     [(DATA / "abstain_unseen133.jsonl", None)]),
    ("unseen134", DATA / "unseen134_notes", DATA / "lookup_unseen134.jsonl",
     [(DATA / "abstain_unseen134.jsonl", None)]),
    ("unseen135", DATA / "unseen135_notes", DATA / "lookup_unseen135.jsonl",
     [(DATA / "abstain_unseen135.jsonl", None)]),
    ("unseen136", DATA / "unseen136_notes", DATA / "lookup_unseen136.jsonl",
     [(DATA / "abstain_unseen136.jsonl", None)]),
    ("unseen137", DATA / "unseen137_notes", DATA / "lookup_unseen137.jsonl",
     [(DATA / "abstain_unseen137.jsonl", None)]),
    ("unseen138", DATA / "unseen138_notes", DATA / "lookup_unseen138.jsonl",
     [(DATA / "abstain_unseen138.jsonl", None)]),
    ("unseen139", DATA / "unseen139_notes", DATA / "lookup_unseen139.jsonl",
     [(DATA / "abstain_unseen139.jsonl", None)]),
    ("unseen140", DATA / "unseen140_notes", DATA / "lookup_unseen140.jsonl",
     [(DATA / "abstain_unseen140.jsonl", None)]),
    ("unseen141", DATA / "unseen141_notes", DATA / "lookup_unseen141.jsonl",
     [(DATA / "abstain_unseen141.jsonl", None)]),
    ("unseen142", DATA / "unseen142_notes", DATA / "lookup_unseen142.jsonl",
     [(DATA / "abstain_unseen142.jsonl", None)]),
    ("unseen143", DATA / "unseen143_notes", DATA / "lookup_unseen143.jsonl",
     [(DATA / "abstain_unseen143.jsonl", None)]),
    ("unseen144", DATA / "unseen144_notes", DATA / "lookup_unseen144.jsonl",
     [(DATA / "abstain_unseen144.jsonl", None)]),
    ("unseen145", DATA / "unseen145_notes", DATA / "lookup_unseen145.jsonl",
     [(DATA / "abstain_unseen145.jsonl", None)]),
    ("unseen146", DATA / "unseen146_notes", DATA / "lookup_unseen146.jsonl",
     [(DATA / "abstain_unseen146.jsonl", None)]),
    ("unseen147", DATA / "unseen147_notes", DATA / "lookup_unseen147.jsonl",
     [(DATA / "abstain_unseen147.jsonl", None)]),
    ("unseen148", DATA / "unseen148_notes", DATA / "lookup_unseen148.jsonl",
     [(DATA / "abstain_unseen148.jsonl", None)]),
    ("unseen149", DATA / "unseen149_notes", DATA / "lookup_unseen149.jsonl",
     [(DATA / "abstain_unseen149.jsonl", None)]),
    ("unseen150", DATA / "unseen150_notes", DATA / "lookup_unseen150.jsonl",
     [(DATA / "abstain_unseen150.jsonl", None)]),
    ("unseen151", DATA / "unseen151_notes", DATA / "lookup_unseen151.jsonl",
     [(DATA / "abstain_unseen151.jsonl", None)]),
    ("unseen161", DATA / "unseen161_notes", DATA / "lookup_unseen161.jsonl",
     [(DATA / "abstain_unseen161.jsonl", None)]),
    ("unseen152", DATA / "unseen152_notes", DATA / "lookup_unseen152.jsonl",
     [(DATA / "abstain_unseen152.jsonl", None)]),
    ("unseen153", DATA / "unseen153_notes", DATA / "lookup_unseen153.jsonl",
     [(DATA / "abstain_unseen153.jsonl", None)]),
    ("unseen154", DATA / "unseen154_notes", DATA / "lookup_unseen154.jsonl",
     [(DATA / "abstain_unseen154.jsonl", None)]),
    ("unseen155", DATA / "unseen155_notes", DATA / "lookup_unseen155.jsonl",
     [(DATA / "abstain_unseen155.jsonl", None)]),
    ("unseen156", DATA / "unseen156_notes", DATA / "lookup_unseen156.jsonl",
     [(DATA / "abstain_unseen156.jsonl", None)]),
    ("unseen157", DATA / "unseen157_notes", DATA / "lookup_unseen157.jsonl",
     [(DATA / "abstain_unseen157.jsonl", None)]),
    ("unseen158", DATA / "unseen158_notes", DATA / "lookup_unseen158.jsonl",
     [(DATA / "abstain_unseen158.jsonl", None)]),
    ("unseen159", DATA / "unseen159_notes", DATA / "lookup_unseen159.jsonl",
     [(DATA / "abstain_unseen159.jsonl", None)]),
    ("unseen160", DATA / "unseen160_notes", DATA / "lookup_unseen160.jsonl",
     [(DATA / "abstain_unseen160.jsonl", None)]),
    ("unseen162", DATA / "unseen162_notes", DATA / "lookup_unseen162.jsonl",
     [(DATA / "abstain_unseen162.jsonl", None)]),
    ("unseen163", DATA / "unseen163_notes", DATA / "lookup_unseen163.jsonl",
     [(DATA / "abstain_unseen163.jsonl", None)]),
    ("unseen164", DATA / "unseen164_notes", DATA / "lookup_unseen164.jsonl",
     [(DATA / "abstain_unseen164.jsonl", None)]),
    ("unseen165", DATA / "unseen165_notes", DATA / "lookup_unseen165.jsonl",
     [(DATA / "abstain_unseen165.jsonl", None)]),
    ("unseen166", DATA / "unseen166_notes", DATA / "lookup_unseen166.jsonl",
     [(DATA / "abstain_unseen166.jsonl", None)]),
    ("unseen167", DATA / "unseen167_notes", DATA / "lookup_unseen167.jsonl",
     [(DATA / "abstain_unseen167.jsonl", None)]),
    ("unseen168", DATA / "unseen168_notes", DATA / "lookup_unseen168.jsonl",
     [(DATA / "abstain_unseen168.jsonl", None)]),
    ("unseen169", DATA / "unseen169_notes", DATA / "lookup_unseen169.jsonl",
     [(DATA / "abstain_unseen169.jsonl", None)]),
    ("unseen170", DATA / "unseen170_notes", DATA / "lookup_unseen170.jsonl",
     [(DATA / "abstain_unseen170.jsonl", None)]),
    ("unseen171", DATA / "unseen171_notes", DATA / "lookup_unseen171.jsonl",
     [(DATA / "abstain_unseen171.jsonl", None)]),
    ("unseen172", DATA / "unseen172_notes", DATA / "lookup_unseen172.jsonl",
     [(DATA / "abstain_unseen172.jsonl", None)]),
    ("unseen173", DATA / "unseen173_notes", DATA / "lookup_unseen173.jsonl",
     [(DATA / "abstain_unseen173.jsonl", None)]),
    ("unseen174", DATA / "unseen174_notes", DATA / "lookup_unseen174.jsonl",
     [(DATA / "abstain_unseen174.jsonl", None)]),
    ("unseen175", DATA / "unseen175_notes", DATA / "lookup_unseen175.jsonl",
     [(DATA / "abstain_unseen175.jsonl", None)]),
    ("unseen176", DATA / "unseen176_notes", DATA / "lookup_unseen176.jsonl",
     [(DATA / "abstain_unseen176.jsonl", None)]),
    ("unseen177", DATA / "unseen177_notes", DATA / "lookup_unseen177.jsonl",
     [(DATA / "abstain_unseen177.jsonl", None)]),
    ("unseen178", DATA / "unseen178_notes", DATA / "lookup_unseen178.jsonl",
     [(DATA / "abstain_unseen178.jsonl", None)]),
    ("unseen179", DATA / "unseen179_notes", DATA / "lookup_unseen179.jsonl",
     [(DATA / "abstain_unseen179.jsonl", None)]),
    ("unseen180", DATA / "unseen180_notes", DATA / "lookup_unseen180.jsonl",
     [(DATA / "abstain_unseen180.jsonl", None)]),
    ("unseen181", DATA / "unseen181_notes", DATA / "lookup_unseen181.jsonl",
     [(DATA / "abstain_unseen181.jsonl", None)]),
    ("unseen182", DATA / "unseen182_notes", DATA / "lookup_unseen182.jsonl",
     [(DATA / "abstain_unseen182.jsonl", None)]),
    ("unseen183", DATA / "unseen183_notes", DATA / "lookup_unseen183.jsonl",
     [(DATA / "abstain_unseen183.jsonl", None)]),
    ("unseen184", DATA / "unseen184_notes", DATA / "lookup_unseen184.jsonl",
     [(DATA / "abstain_unseen184.jsonl", None)]),
    ("unseen185", DATA / "unseen185_notes", DATA / "lookup_unseen185.jsonl",
     [(DATA / "abstain_unseen185.jsonl", None)]),
    ("unseen186", DATA / "unseen186_notes", DATA / "lookup_unseen186.jsonl",
     [(DATA / "abstain_unseen186.jsonl", None)]),
    ("unseen187", DATA / "unseen187_notes", DATA / "lookup_unseen187.jsonl",
     [(DATA / "abstain_unseen187.jsonl", None)]),
    ("unseen188", DATA / "unseen188_notes", DATA / "lookup_unseen188.jsonl",
     [(DATA / "abstain_unseen188.jsonl", None)]),
    ("unseen189", DATA / "unseen189_notes", DATA / "lookup_unseen189.jsonl",
     [(DATA / "abstain_unseen189.jsonl", None)]),
    ("unseen190", DATA / "unseen190_notes", DATA / "lookup_unseen190.jsonl",
     [(DATA / "abstain_unseen190.jsonl", None)]),
    ("unseen191", DATA / "unseen191_notes", DATA / "lookup_unseen191.jsonl",
     [(DATA / "abstain_unseen191.jsonl", None)]),
    ("unseen192", DATA / "unseen192_notes", DATA / "lookup_unseen192.jsonl",
     [(DATA / "abstain_unseen192.jsonl", None)]),
    ("unseen193", DATA / "unseen193_notes", DATA / "lookup_unseen193.jsonl",
     [(DATA / "abstain_unseen193.jsonl", None)]),
    ("unseen194", DATA / "unseen194_notes", DATA / "lookup_unseen194.jsonl",
     [(DATA / "abstain_unseen194.jsonl", None)]),
    ("unseen195", DATA / "unseen195_notes", DATA / "lookup_unseen195.jsonl",
     [(DATA / "abstain_unseen195.jsonl", None)]),
    ("unseen196", DATA / "unseen196_notes", DATA / "lookup_unseen196.jsonl",
     [(DATA / "abstain_unseen196.jsonl", None)]),
    ("unseen197", DATA / "unseen197_notes", DATA / "lookup_unseen197.jsonl",
     [(DATA / "abstain_unseen197.jsonl", None)]),
    ("unseen198", DATA / "unseen198_notes", DATA / "lookup_unseen198.jsonl",
     [(DATA / "abstain_unseen198.jsonl", None)]),
    ("unseen199", DATA / "unseen199_notes", DATA / "lookup_unseen199.jsonl",
     [(DATA / "abstain_unseen199.jsonl", None)]),
    ("unseen200", DATA / "unseen200_notes", DATA / "lookup_unseen200.jsonl",
     [(DATA / "abstain_unseen200.jsonl", None)]),
    ("unseen201", DATA / "unseen201_notes", DATA / "lookup_unseen201.jsonl",
     [(DATA / "abstain_unseen201.jsonl", None)]),
    ("unseen202", DATA / "unseen202_notes", DATA / "lookup_unseen202.jsonl",
     [(DATA / "abstain_unseen202.jsonl", None)]),
    ("unseen203", DATA / "unseen203_notes", DATA / "lookup_unseen203.jsonl",
     [(DATA / "abstain_unseen203.jsonl", None)]),
    ("unseen204", DATA / "unseen204_notes", DATA / "lookup_unseen204.jsonl",
     [(DATA / "abstain_unseen204.jsonl", None)]),
    ("unseen205", DATA / "unseen205_notes", DATA / "lookup_unseen205.jsonl",
     [(DATA / "abstain_unseen205.jsonl", None)]),
    ("unseen206", DATA / "unseen206_notes", DATA / "lookup_unseen206.jsonl",
     [(DATA / "abstain_unseen206.jsonl", None)]),
    ("unseen207", DATA / "unseen207_notes", DATA / "lookup_unseen207.jsonl",
     [(DATA / "abstain_unseen207.jsonl", None)]),
    ("unseen208", DATA / "unseen208_notes", DATA / "lookup_unseen208.jsonl",
     [(DATA / "abstain_unseen208.jsonl", None)]),
    ("unseen209", DATA / "unseen209_notes", DATA / "lookup_unseen209.jsonl",
     [(DATA / "abstain_unseen209.jsonl", None)]),
    ("unseen210", DATA / "unseen210_notes", DATA / "lookup_unseen210.jsonl",
     [(DATA / "abstain_unseen210.jsonl", None)]),
    ("unseen211", DATA / "unseen211_notes", DATA / "lookup_unseen211.jsonl",
     [(DATA / "abstain_unseen211.jsonl", None)]),
    ("unseen212", DATA / "unseen212_notes", DATA / "lookup_unseen212.jsonl",
     [(DATA / "abstain_unseen212.jsonl", None)]),
    ("unseen213", DATA / "unseen213_notes", DATA / "lookup_unseen213.jsonl",
     [(DATA / "abstain_unseen213.jsonl", None)]),
    ("unseen214", DATA / "unseen214_notes", DATA / "lookup_unseen214.jsonl",
     [(DATA / "abstain_unseen214.jsonl", None)]),
    ("unseen215", DATA / "unseen215_notes", DATA / "lookup_unseen215.jsonl",
     [(DATA / "abstain_unseen215.jsonl", None)]),
    ("unseen216", DATA / "unseen216_notes", DATA / "lookup_unseen216.jsonl",
     [(DATA / "abstain_unseen216.jsonl", None)]),
    ("unseen217", DATA / "unseen217_notes", DATA / "lookup_unseen217.jsonl",
     [(DATA / "abstain_unseen217.jsonl", None)]),
    ("unseen218", DATA / "unseen218_notes", DATA / "lookup_unseen218.jsonl",
     [(DATA / "abstain_unseen218.jsonl", None)]),
    ("unseen219", DATA / "unseen219_notes", DATA / "lookup_unseen219.jsonl",
     [(DATA / "abstain_unseen219.jsonl", None)]),
    ("unseen220", DATA / "unseen220_notes", DATA / "lookup_unseen220.jsonl",
     [(DATA / "abstain_unseen220.jsonl", None)]),
    ("unseen221", DATA / "unseen221_notes", DATA / "lookup_unseen221.jsonl",
     [(DATA / "abstain_unseen221.jsonl", None)]),
    ("unseen222", DATA / "unseen222_notes", DATA / "lookup_unseen222.jsonl",
     [(DATA / "abstain_unseen222.jsonl", None)]),
    ("unseen223", DATA / "unseen223_notes", DATA / "lookup_unseen223.jsonl",
     [(DATA / "abstain_unseen223.jsonl", None)]),
    ("unseen224", DATA / "unseen224_notes", DATA / "lookup_unseen224.jsonl",
     [(DATA / "abstain_unseen224.jsonl", None)]),
    ("unseen225", DATA / "unseen225_notes", DATA / "lookup_unseen225.jsonl",
     [(DATA / "abstain_unseen225.jsonl", None)]),
    ("unseen226", DATA / "unseen226_notes", DATA / "lookup_unseen226.jsonl",
     [(DATA / "abstain_unseen226.jsonl", None)]),
    ("unseen227", DATA / "unseen227_notes", DATA / "lookup_unseen227.jsonl",
     [(DATA / "abstain_unseen227.jsonl", None)]),
    ("unseen228", DATA / "unseen228_notes", DATA / "lookup_unseen228.jsonl",
     [(DATA / "abstain_unseen228.jsonl", None)]),
    ("unseen229", DATA / "unseen229_notes", DATA / "lookup_unseen229.jsonl",
     [(DATA / "abstain_unseen229.jsonl", None)]),
    ("unseen230", DATA / "unseen230_notes", DATA / "lookup_unseen230.jsonl",
     [(DATA / "abstain_unseen230.jsonl", None)]),
    ("unseen231", DATA / "unseen231_notes", DATA / "lookup_unseen231.jsonl",
     [(DATA / "abstain_unseen231.jsonl", None)]),
    ("unseen232", DATA / "unseen232_notes", DATA / "lookup_unseen232.jsonl",
     [(DATA / "abstain_unseen232.jsonl", None)]),
    ("unseen233", DATA / "unseen233_notes", DATA / "lookup_unseen233.jsonl",
     [(DATA / "abstain_unseen233.jsonl", None)]),
    ("unseen234", DATA / "unseen234_notes", DATA / "lookup_unseen234.jsonl",
     [(DATA / "abstain_unseen234.jsonl", None)]),
    ("unseen235", DATA / "unseen235_notes", DATA / "lookup_unseen235.jsonl",
     [(DATA / "abstain_unseen235.jsonl", None)]),
    ("unseen236", DATA / "unseen236_notes", DATA / "lookup_unseen236.jsonl",
     [(DATA / "abstain_unseen236.jsonl", None)]),
    ("unseen237", DATA / "unseen237_notes", DATA / "lookup_unseen237.jsonl",
     [(DATA / "abstain_unseen237.jsonl", None)]),
    ("unseen238", DATA / "unseen238_notes", DATA / "lookup_unseen238.jsonl",
     [(DATA / "abstain_unseen238.jsonl", None)]),
    ("unseen239", DATA / "unseen239_notes", DATA / "lookup_unseen239.jsonl",
     [(DATA / "abstain_unseen239.jsonl", None)]),
    ("unseen240", DATA / "unseen240_notes", DATA / "lookup_unseen240.jsonl",
     [(DATA / "abstain_unseen240.jsonl", None)]),
    ("unseen241", DATA / "unseen241_notes", DATA / "lookup_unseen241.jsonl",
     [(DATA / "abstain_unseen241.jsonl", None)]),
    ("unseen242", DATA / "unseen242_notes", DATA / "lookup_unseen242.jsonl",
     [(DATA / "abstain_unseen242.jsonl", None)]),
    ("unseen243", DATA / "unseen243_notes", DATA / "lookup_unseen243.jsonl",
     [(DATA / "abstain_unseen243.jsonl", None)]),
    ("unseen244", DATA / "unseen244_notes", DATA / "lookup_unseen244.jsonl",
     [(DATA / "abstain_unseen244.jsonl", None)]),
    ("unseen245", DATA / "unseen245_notes", DATA / "lookup_unseen245.jsonl",
     [(DATA / "abstain_unseen245.jsonl", None)]),
    ("unseen246", DATA / "unseen246_notes", DATA / "lookup_unseen246.jsonl",
     [(DATA / "abstain_unseen246.jsonl", None)]),
    ("unseen247", DATA / "unseen247_notes", DATA / "lookup_unseen247.jsonl",
     [(DATA / "abstain_unseen247.jsonl", None)]),
    ("unseen248", DATA / "unseen248_notes", DATA / "lookup_unseen248.jsonl",
     [(DATA / "abstain_unseen248.jsonl", None)]),
    ("unseen249", DATA / "unseen249_notes", DATA / "lookup_unseen249.jsonl",
     [(DATA / "abstain_unseen249.jsonl", None)]),
    ("unseen250", DATA / "unseen250_notes", DATA / "lookup_unseen250.jsonl",
     [(DATA / "abstain_unseen250.jsonl", None)]),
    ("unseen251", DATA / "unseen251_notes", DATA / "lookup_unseen251.jsonl",
     [(DATA / "abstain_unseen251.jsonl", None)]),
    ("unseen252", DATA / "unseen252_notes", DATA / "lookup_unseen252.jsonl",
     [(DATA / "abstain_unseen252.jsonl", None)]),
    ("unseen253", DATA / "unseen253_notes", DATA / "lookup_unseen253.jsonl",
     [(DATA / "abstain_unseen253.jsonl", None)]),
    ("unseen254", DATA / "unseen254_notes", DATA / "lookup_unseen254.jsonl",
     [(DATA / "abstain_unseen254.jsonl", None)]),
    ("unseen255", DATA / "unseen255_notes", DATA / "lookup_unseen255.jsonl",
     [(DATA / "abstain_unseen255.jsonl", None)]),
    ("unseen256", DATA / "unseen256_notes", DATA / "lookup_unseen256.jsonl",
     [(DATA / "abstain_unseen256.jsonl", None)]),
    ("unseen257", DATA / "unseen257_notes", DATA / "lookup_unseen257.jsonl",
     [(DATA / "abstain_unseen257.jsonl", None)]),
    ("unseen258", DATA / "unseen258_notes", DATA / "lookup_unseen258.jsonl",
     [(DATA / "abstain_unseen258.jsonl", None)]),
    ("unseen259", DATA / "unseen259_notes", DATA / "lookup_unseen259.jsonl",
     [(DATA / "abstain_unseen259.jsonl", None)]),
    ("unseen260", DATA / "unseen260_notes", DATA / "lookup_unseen260.jsonl",
     [(DATA / "abstain_unseen260.jsonl", None)]),
    ("unseen261", DATA / "unseen261_notes", DATA / "lookup_unseen261.jsonl",
     [(DATA / "abstain_unseen261.jsonl", None)]),
    ("unseen262", DATA / "unseen262_notes", DATA / "lookup_unseen262.jsonl",
     [(DATA / "abstain_unseen262.jsonl", None)]),
    ("unseen263", DATA / "unseen263_notes", DATA / "lookup_unseen263.jsonl",
     [(DATA / "abstain_unseen263.jsonl", None)]),
    ("unseen264", DATA / "unseen264_notes", DATA / "lookup_unseen264.jsonl",
     [(DATA / "abstain_unseen264.jsonl", None)]),
    ("unseen265", DATA / "unseen265_notes", DATA / "lookup_unseen265.jsonl",
     [(DATA / "abstain_unseen265.jsonl", None)]),
    ("unseen266", DATA / "unseen266_notes", DATA / "lookup_unseen266.jsonl",
     [(DATA / "abstain_unseen266.jsonl", None)]),
    ("unseen267", DATA / "unseen267_notes", DATA / "lookup_unseen267.jsonl",
     [(DATA / "abstain_unseen267.jsonl", None)]),
    ("unseen268", DATA / "unseen268_notes", DATA / "lookup_unseen268.jsonl",
     [(DATA / "abstain_unseen268.jsonl", None)]),
    ("unseen269", DATA / "unseen269_notes", DATA / "lookup_unseen269.jsonl",
     [(DATA / "abstain_unseen269.jsonl", None)]),
    ("unseen270", DATA / "unseen270_notes", DATA / "lookup_unseen270.jsonl",
     [(DATA / "abstain_unseen270.jsonl", None)]),
    ("unseen271", DATA / "unseen271_notes", DATA / "lookup_unseen271.jsonl",
     [(DATA / "abstain_unseen271.jsonl", None)]),
    ("unseen272", DATA / "unseen272_notes", DATA / "lookup_unseen272.jsonl",
     [(DATA / "abstain_unseen272.jsonl", None)]),
    ("unseen273", DATA / "unseen273_notes", DATA / "lookup_unseen273.jsonl",
     [(DATA / "abstain_unseen273.jsonl", None)]),
    ("unseen274", DATA / "unseen274_notes", DATA / "lookup_unseen274.jsonl",
     [(DATA / "abstain_unseen274.jsonl", None)]),
    ("unseen275", DATA / "unseen275_notes", DATA / "lookup_unseen275.jsonl",
     [(DATA / "abstain_unseen275.jsonl", None)]),
    ("unseen276", DATA / "unseen276_notes", DATA / "lookup_unseen276.jsonl",
     [(DATA / "abstain_unseen276.jsonl", None)]),
    ("unseen277", DATA / "unseen277_notes", DATA / "lookup_unseen277.jsonl",
     [(DATA / "abstain_unseen277.jsonl", None)]),
    ("unseen278", DATA / "unseen278_notes", DATA / "lookup_unseen278.jsonl",
     [(DATA / "abstain_unseen278.jsonl", None)]),
    ("unseen279", DATA / "unseen279_notes", DATA / "lookup_unseen279.jsonl",
     [(DATA / "abstain_unseen279.jsonl", None)]),
    ("unseen280", DATA / "unseen280_notes", DATA / "lookup_unseen280.jsonl",
     [(DATA / "abstain_unseen280.jsonl", None)]),
    ("unseen281", DATA / "unseen281_notes", DATA / "lookup_unseen281.jsonl",
     [(DATA / "abstain_unseen281.jsonl", None)]),
    ("unseen282", DATA / "unseen282_notes", DATA / "lookup_unseen282.jsonl",
     [(DATA / "abstain_unseen282.jsonl", None)]),
    ("unseen283", DATA / "unseen283_notes", DATA / "lookup_unseen283.jsonl",
     [(DATA / "abstain_unseen283.jsonl", None)]),
    ("unseen284", DATA / "unseen284_notes", DATA / "lookup_unseen284.jsonl",
     [(DATA / "abstain_unseen284.jsonl", None)]),
    ("unseen285", DATA / "unseen285_notes", DATA / "lookup_unseen285.jsonl",
     [(DATA / "abstain_unseen285.jsonl", None)]),
    ("unseen286", DATA / "unseen286_notes", DATA / "lookup_unseen286.jsonl",
     [(DATA / "abstain_unseen286.jsonl", None)]),
    ("unseen287", DATA / "unseen287_notes", DATA / "lookup_unseen287.jsonl",
     [(DATA / "abstain_unseen287.jsonl", None)]),
    ("unseen288", DATA / "unseen288_notes", DATA / "lookup_unseen288.jsonl",
     [(DATA / "abstain_unseen288.jsonl", None)]),
    ("unseen289", DATA / "unseen289_notes", DATA / "lookup_unseen289.jsonl",
     [(DATA / "abstain_unseen289.jsonl", None)]),
    ("unseen290", DATA / "unseen290_notes", DATA / "lookup_unseen290.jsonl",
     [(DATA / "abstain_unseen290.jsonl", None)]),
    ("unseen291", DATA / "unseen291_notes", DATA / "lookup_unseen291.jsonl",
     [(DATA / "abstain_unseen291.jsonl", None)]),
    ("unseen292", DATA / "unseen292_notes", DATA / "lookup_unseen292.jsonl",
     [(DATA / "abstain_unseen292.jsonl", None)]),
    ("unseen293", DATA / "unseen293_notes", DATA / "lookup_unseen293.jsonl",
     [(DATA / "abstain_unseen293.jsonl", None)]),
    ("unseen294", DATA / "unseen294_notes", DATA / "lookup_unseen294.jsonl",
     [(DATA / "abstain_unseen294.jsonl", None)]),
    ("unseen295", DATA / "unseen295_notes", DATA / "lookup_unseen295.jsonl",
     [(DATA / "abstain_unseen295.jsonl", None)]),
    ("unseen296", DATA / "unseen296_notes", DATA / "lookup_unseen296.jsonl",
     [(DATA / "abstain_unseen296.jsonl", None)]),
    ("unseen297", DATA / "unseen297_notes", DATA / "lookup_unseen297.jsonl",
     [(DATA / "abstain_unseen297.jsonl", None)]),
]


def load(path: Path, notes: str | None = None) -> list[dict]:
    if not path.exists():
        return []
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return [c for c in cases if notes is None or c.get("notes") == notes]


def database(db_dir: Path, notes: Path | None):
    """A read-only connection to `notes` ingested (built once per db_dir)."""
    path = db_dir / f"{notes.name if notes else 'shipped'}.db"
    if not path.exists():
        from studycli.ingest import ingest_paths
        from studycli.paths import content_dir

        db = connect(path)
        # the folder, as `studycli ingest FOLDER` walks it (its files named one by one were
        # read even where the walk passes one over: unseen123's XML deck counted here, not
        # in the CLI's figure)
        ingest_paths(db, [notes if notes else content_dir()])
        db.conn.close()
    return connect(path, readonly=True).conn


def _describe(hit: dict) -> str:
    feats = hit.get("answer_features") or {}
    return (f"{hit['value'][:50]!r} [{hit['service']}/{(hit['subject'] or '')[:15]}/"
            f"{hit['attribute'][:25]} {hit['kind']} sc={hit.get('score', 0):.2f} "
            f"ans={hit.get('answer', 0):.2f} "
            + " ".join(f"{k[:2]}={v:.2f}" for k, v in feats.items()) + "]")


def run_set(conn, cases: list[dict], unanswerable: list[dict], threshold: float = THRESHOLD
            ) -> tuple[dict, list[str]]:
    top1 = top3 = abstained = 0
    misses: list[str] = []
    for c in cases:
        result = lookup(conn, c["query"], limit=3, threshold=threshold)
        hits = result.to_json()
        first = bool(hits) and holds(hits[0], c["expect_any"])
        any3 = any(holds(h, c["expect_any"]) for h in hits[:3])
        top1, top3 = top1 + first, top3 + any3
        if not first:
            tag = "top3" if any3 else ("ABSTAIN" if not hits else "MISS")
            shown = result.hits or result.related
            misses.append(f"{tag} {c['id']}: {c['query']!r} want {c['expect_any']}\n"
                          + "".join(f"    {'R ' if not result.hits else ''}{_describe(h)}\n"
                                    for h in shown[:3]))
    for c in unanswerable:
        result = lookup(conn, c["query"], limit=3, threshold=threshold)
        if result.hits:
            misses.append(f"ANSWERED {c['id']}: {c['query']!r}\n    {_describe(result.hits[0])}\n")
        else:
            abstained += 1
    n, m = len(cases), len(unanswerable)
    return {"n": n, "top1": top1, "top3": top3, "m": m, "abstained": abstained}, misses


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path)
    ap.add_argument("--misses", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--kind", default="",
                    help="only the queries of this kind (e.g. comparison); no unanswerable ones")
    ap.add_argument("--threshold", type=float, default=THRESHOLD,
                    help="the answer score a fact needs (default: lookup's own)")
    args = ap.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    db_dir = args.db_dir or Path(tempfile.mkdtemp())
    db_dir.mkdir(parents=True, exist_ok=True)
    if args.misses:
        args.misses.mkdir(parents=True, exist_ok=True)
    totals = {"n": 0, "top1": 0, "top3": 0, "m": 0, "abstained": 0}
    for name, notes, queries, abstain in SETS:
        if only and name not in only:
            continue
        conn = database(db_dir, notes)
        unanswerable = [c for path, folder in abstain for c in load(path, folder)]
        cases = load(queries)
        if args.kind:  # one kind's figures ("comparison": the "X vs Y" queries)
            cases = [c for c in cases if c.get("kind") == args.kind]
            unanswerable = []
        figures, misses = run_set(conn, cases, unanswerable, args.threshold)
        conn.close()
        for k in totals:
            totals[k] += figures[k]
        print(_line(name, figures))
        if args.misses:
            (args.misses / f"{name}.miss").write_text("".join(misses), encoding="utf-8")
    print(_line("total", totals))
    return 0


def _line(name: str, f: dict) -> str:
    n, m = f["n"] or 1, f["m"] or 1
    return (f"{name:8} n={f['n']:4} top-1 {f['top1']:4} {f['top1'] / n:.3f}  top-3 {f['top3']:4} "
            f"{f['top3'] / n:.3f}  abstain {f['abstained']:3}/{f['m']:3} {f['abstained'] / m:.3f}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

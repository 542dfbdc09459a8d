"""The chat and worksheet gates every markdown or plain note goes through (formats/__init__.py:
may_chat, may_answer) give the answers the case-blind alternations they replace gave, without
scanning an ordinary note's every character with them (issue 12, speed: ~0.1 ms a KB each,
the chat gate twice a note)."""

from __future__ import annotations

import re
import time

import studycli.formats as formats
from studycli.match_key import match_key
from tests.helpers import REPO

# the gates as they were: one alternation each, searched case-blind over the text
_OLD_ANSWER = re.compile(
    r"_{3}|\bT\s*/\s*F\b|\bTrue\s*/\s*False\b|^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:the\s+)?"
    r"(?:answer\s+key|answers?|keys?|solutions?)\b", re.IGNORECASE | re.MULTILINE)
_OLD_CHAT = re.compile(r"said:|assistant\b|chat ?gpt|claude|gemini|copilot", re.IGNORECASE)

# each branch, near misses, and the four letters other than ASCII that a case-blind pattern
# reads as ASCII ones (İ ı ſ and the Kelvin sign)
_LINES = ["ChatGPT said:", "chat gpt", "CHATGPT", "chatgtp", "You ſaid: hi", "Aſſiſtant",
          "ASSİSTANT", "assistants", "Gemını", "GEMİNİ", "copılot", "Claude", "c1aude",
          "said :", "T / F  NACL is stateful", "t/f", "TF", "True/ False", "true / falsey",
          "  ** The Answer Key", "answerkey", "### Solutions", "keys", "a key", "x ___ y",
          "__ _", "\u212aeys", "ſolutions", "- SQS max message size 256 KB"]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "content").iterdir())]
    for notes in sorted((REPO / "tests" / "data").glob("unseen17*_notes")):
        texts += [p.read_text(encoding="utf-8", errors="replace")
                  for p in sorted(notes.rglob("*")) if p.is_file()]
    plain = "# SQS\n- max message size 256 KB\n- retention 4 days by default\n"
    texts += [plain + line + "\n" + plain for line in _LINES] + _LINES
    return texts


def test_gates_answer_as_the_alternations_did():
    texts = _texts()
    assert any(formats.may_chat(t) for t in texts) and any(formats.may_answer(t) for t in texts)
    for text in texts:
        assert formats.may_answer(text) == (_OLD_ANSWER.search(text) is not None), text[:80]
        assert formats.may_chat(text) == (
            _OLD_CHAT.search(text, 0, formats.SNIFF_CHARS) is not None), text[:80]


def test_a_chat_label_past_the_sniffed_head_is_not_read():
    assert not formats.may_chat("x" * formats.SNIFF_CHARS + "\nChatGPT said:\n")
    assert formats.may_chat("x" * (formats.SNIFF_CHARS - 20) + "\nChatGPT said:\n")


class _Counting:
    """A pattern's stand-in that counts its searches."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)


def test_an_ordinary_note_is_not_scanned_by_the_chat_alternation(monkeypatch):
    counting = _Counting(formats._CHAT_LABEL)
    monkeypatch.setattr(formats, "_CHAT_LABEL", counting)
    note = "# SQS\n- max message size 256 KB\n- a said b\n" * 2000
    assert not formats.may_chat(note)
    assert counting.searches == 0  # ruled out by its words alone
    assert formats.may_chat(note + "ChatGPT said:\n256 KB\n")
    assert counting.searches == 1


def test_every_branch_of_the_chat_label_holds_a_word_the_gate_looks_for():
    # a name added to the label but not to the gate's words would leave its chats unread
    # (review of speed44, finding 3): the label is built from the same table as the words
    branches = formats._CHAT_LABEL.pattern.split("|")
    assert branches == [branch for _, branch in formats._CHAT_BRANCHES]
    assert formats._CHAT_WORDS == tuple(word for word, _ in formats._CHAT_BRANCHES)
    for word, branch in formats._CHAT_BRANCHES:
        assert branch.startswith(word) and word == word.lower(), branch
    # the equivalence test's lines meet every branch
    for branch in branches:
        assert any(re.search(branch, line, re.IGNORECASE) for line in _LINES), branch


def test_a_note_with_letters_other_than_ascii_is_ruled_out_at_c_speed():
    # Half of real notes hold a "•", a dash or a curly quote: the gate's match_key of their
    # 200 KB head went through str.translate with a table (~50x str.lower, ~0.1 s), slower
    # than the alternation it stands in front of (review of speed44, finding 1). It costs a
    # few str.lower's now; the best of five runs each, so a loaded machine does not decide.
    # Test fails without (about 50x).
    head = ("# SQS\n- max message size \u2264 256 KB \u2014 \u2022 \u201cFIFO\u201d\n"
            * 6000)[:formats.SNIFF_CHARS]
    assert not head.isascii()

    def best(work) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return min(times)

    assert best(lambda: match_key(head)) < 10 * best(head.lower)
    assert not formats.may_chat(head) and formats.may_chat("Claude said:\n" + head)
    # the four letters IGNORECASE reads as ASCII ones are still read so, beside the others
    assert match_key("F\u0130FO \u2022 repl\u0131ca\u017f \u212aMS") == "fifo \u2022 replicas kms"

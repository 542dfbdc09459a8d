"""The words for a bound and the units of time in many languages at once, one list per concept,
for the scripts no language table of its own covers (Sinhala, Burmese, Amharic in Ge'ez,
Khmer, Lao, Armenian, Georgian): "storage උපරිම 64 TiB", "timeout အများဆုံး 5 မိနစ်", "retention ነባሪ 4
ቀን". Each script's words are read wherever that script is written, as Thai's are
(languages_scripts.SCRIPTS, notes/gloss.py): no telling of the language first, and a word that
is English nowhere. What this holds is the few concepts a figure in AWS notes needs (a
maximum, a minimum, a default, its unit of time); the rest of a line in these languages is
left to notes/any_script.py (its words no topic, its digits read).

Rules for adding a word are languages.py's: only a word whose meaning beside a figure is
certain in that language. A unit written before its figure (Sinhala "දින 7", "පැය 6ක්") is read
after it ("7 days"): UNIT_FIRST. Stdlib only.
"""

from __future__ import annotations

import unicodedata

# concept (the English the parser reads) -> its words, each language's in turn: Sinhala,
# Burmese, Amharic, Khmer, Lao, Armenian, Georgian (whose cases are endings: each form a
# figure takes is listed, "7 დღე", "3 600 წამი", "24 საათის", as a unit glued to its ending
# would be read as neither)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "max": ("උපරිම", "အများဆုံး", "ከፍተኛ", "អតិបរមា", "ສູງສຸດ", "առավելագույն",
            "მაქსიმალური", "მაქსიმალურად", "მაქსიმუმ", "მაქსიმუმი", "მაქს"),
    "min": ("අවම", "အနည်းဆုံး", "ዝቅተኛ", "អប្បបរមា", "ຕ່ຳສຸດ", "նվազագույն",
            "მინიმალური", "მინიმალურად", "მინიმუმ", "მინიმუმი"),
    "default": ("පෙරනිමිය", "පෙරනිමි", "ነባሪ", "លំនាំដើម", "ຄ່າເລີ່ມຕົ້ນ", "լռելյայն",
                "ნაგულისხმევი", "ნაგულისხმევად", "ნაგულისხმევით"),
    "seconds": ("තත්පර", "စက္ကန့်", "ሰከንድ", "វិនាទី", "ວິນາທີ", "վայրկյան",
                "წამი", "წამის", "წამში", "წამით", "წამს"),
    "minutes": ("විනාඩි", "මිනිත්තු", "မိနစ်", "ደቂቃ", "នាទី", "ນາທີ", "րոպե",
                "წუთი", "წუთის", "წუთში", "წუთით", "წუთს"),
    "hours": ("පැය", "နာရီ", "ሰዓት", "ម៉ោង", "ຊົ່ວໂມງ", "ժամ",
              "საათი", "საათის", "საათში", "საათით", "საათს"),
    "days": ("දින", "ရက်", "ቀናት", "ቀን", "ថ្ងៃ", "ມື້", "օր",
             "დღე", "დღის", "დღეში", "დღით"),
    "weeks": ("සති", "ሳምንት", "សប្តាហ៍", "ອາທິດ", "շաբաթ", "კვირა", "კვირის", "კვირით"),
    "months": ("මාස", "ወራት", "ወር", "ខែ", "ເດືອນ", "ամիս", "თვე", "თვის", "თვეში", "თვით"),
    "years": ("අවුරුදු", "වසර", "နှစ်", "ዓመታት", "ዓመት", "ឆ្នាំ", "ປີ", "տարի",
              "წელი", "წლის", "წელიწადი", "წლით"),
}

# each script's letters (its Unicode block), by the first word of its letters' names
BLOCKS = {"SINHALA": "\u0d80-\u0dff", "MYANMAR": "\u1000-\u109f", "ETHIOPIC": "\u1200-\u137f",
          "KHMER": "\u1780-\u17ff", "LAO": "\u0e80-\u0eff", "ARMENIAN": "\u0530-\u058f",
          "GEORGIAN": "\u10a0-\u10ff\u1c90-\u1cbf"}
# scripts whose languages write a unit before its figure
UNIT_FIRST = frozenset(("SINHALA",))


def _script(word: str) -> str:
    return unicodedata.name(word[0], "").split(" ")[0]


def tables() -> tuple[tuple[str, dict[str, str]], ...]:
    """(the script's letters, its words -> English) for each script of BLOCKS."""
    by_script: dict[str, dict[str, str]] = {name: {} for name in BLOCKS}
    for english, words in CONCEPTS.items():
        for word in words:
            by_script[_script(word)][word] = english
    return tuple((BLOCKS[name], table) for name, table in by_script.items())


def unit_first_letters() -> str:
    """The letters of the scripts whose units come before their figure."""
    return "".join(BLOCKS[name] for name in sorted(UNIT_FIRST))


def concept_letters() -> tuple[str, ...]:
    """The letters of each script of BLOCKS (as tables() gives them)."""
    return tuple(BLOCKS.values())

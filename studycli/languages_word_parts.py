"""How each language of studycli/languages.py builds words from the words its glossary holds.

A glossary lists a word as a dictionary does ("størrelse", "soubor", "viesti"); a note writes
it inflected ("velikost souboru": a file's size, "viestin koko", "μέγεθος αρχείου") or glued
into a compound ("meldingsstørrelse": message size, "Objektgröße", "berichtgrootte",
"üzenetméret"). notes/word_parts.py reads such a word as the glossary's words it is made of,
with these two tables:

- ENDINGS: the endings a language puts on a noun or adjective (case, number, a definite
  article: Norwegian "størrelsen", Czech "souboru", Finnish "viestin"), so that a word is
  the glossary's word with an ending added ("souboru" is "soubor"), or, in a language of
  ENDINGS_REPLACE, one ending put for another ("poruke" is "poruka"). Only endings; a stem
  must keep MIN_STEM letters, so short words are never read as another word.
- LINKS: the letters a language puts between the parts of a compound (German "Nachricht-
  en-größe", "Verbindung-s-dauer"; Norwegian and Swedish "melding-s-størrelse"; Dutch
  "bericht-en-..."), "" (parts written straight together) first.

Languages that write no compounds have no LINKS; languages whose nouns take no endings that
matter here (Vietnamese, Indonesian ...) none of either. Stdlib only, nothing imported.
"""

from __future__ import annotations

MIN_STEM = 4  # letters a stem keeps: "cen-a" (price) stays whole; "soubor-u" is read

ENDINGS: dict[str, tuple[str, ...]] = {
    # Germanic: plurals, the definite article glued on (Nordic), the genitive's s
    "de": ("e", "en", "n", "s", "es", "er", "ern"),
    "nl": ("en", "s", "n", "e"),
    "sv": ("en", "et", "n", "t", "er", "ar", "or", "na", "erna", "arna", "orna", "ens", "ets"),
    # (no "e": on a noun it makes a verb's infinitive, "forsøke" to try, "tegne" to draw;
    # the adjectives' "-e" forms, "gyldige", are glossary words of languages_nordic.py)
    "no_da": ("en", "et", "a", "n", "er", "ene", "erne", "ne", "s", "ens", "ets"),
    # Romance: plurals (and Romanian's article, glued on)
    "fr": ("s", "x"),
    "es": ("s", "es"),
    "pt": ("s", "es"),
    # (not "a", "o": "funziona" is "it works", no "funzione")
    "it": ("i", "e"),
    "ro": ("ul", "ului", "a", "ei", "ii", "ile", "lor", "ele", "elor", "e", "i", "le", "uri",
           "urile", "urilor"),
    # Slavic: the cases of nouns and adjectives
    "pl": ("a", "u", "y", "i", "e", "ę", "ą", "ów", "om", "ami", "ach", "em", "ie", "owi",
           "ego", "emu", "ym", "ymi", "ych", "ej", "iu", "o"),
    "cs": ("a", "u", "y", "ě", "e", "i", "í", "ů", "ou", "em", "ám", "ách", "ami", "ech",
           "ích", "ím", "ové", "ého", "ému", "ým", "ými", "ých", "é", "o", "ý"),
    "ru": ("а", "я", "ы", "и", "у", "ю", "е", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ами",
           "ями", "ах", "ях", "ов", "ев", "ий", "ый", "ая", "ое", "ые", "ого", "его", "ому",
           "ему", "ых", "их", "ую", "ь"),
    "uk": ("а", "я", "и", "і", "у", "ю", "е", "о", "ою", "ею", "ом", "ем", "ам", "ям", "ами",
           "ями", "ах", "ях", "ів", "їв", "ий", "ій", "ого", "ому", "их", "ими", "ь"),
    "el": ("ος", "ου", "ο", "α", "ων", "ης", "η", "ες", "οι", "ους", "ας", "ι", "ιου", "ια",
           "ιών", "εις", "ού", "ός", "ό", "ά", "ή", "ής"),
    # Finnic, Hungarian, Turkish: cases and possessives put after the stem
    "fi": ("n", "a", "ä", "ta", "tä", "t", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta",
           "ltä", "lle", "ksi", "na", "nä", "en", "in", "iin", "ien", "ja", "jä", "ihin",
           "issa", "issä", "ista", "istä", "illa", "illä", "ille", "aan", "ään", "seen"),
    "hu": ("ban", "ben", "ból", "ből", "ba", "be", "ra", "re", "nak", "nek", "hoz", "hez",
           "val", "vel", "ról", "ről", "tól", "től", "nál", "nél", "ig", "t", "ot", "et",
           "öt", "at", "on", "en", "ön", "n", "k", "ek", "ok", "ök", "ak", "a", "e", "je",
           "ja"),
    "tr": ("ı", "i", "u", "ü", "a", "e", "ın", "in", "un", "ün", "da", "de", "ta", "te",
           "dan", "den", "tan", "ten", "lar", "ler", "ları", "leri", "nın", "nin", "sı", "si",
           "su", "sü", "ya", "ye"),
    "id": ("nya",),
    # Baltic and the Slavic languages of languages_baltic_slavic.py: case endings
    "lv": ("s", "a", "u", "i", "as", "ai", "ā", "ām", "ās", "ē", "es", "ei", "is", "os",
           "us", "ie", "iem", "ī", "ēm", "ēs", "šu", "ju", "am"),
    "lt": ("as", "is", "ys", "us", "a", "ė", "ų", "ai", "ams", "ą", "ę", "į", "ui", "oje",
           "ose", "ėje", "ių", "iai", "ims", "os", "ės", "es", "o", "e", "i", "ei"),
    "et": ("d", "t", "i", "s", "ks", "st", "le", "l", "lt", "ga", "na", "ni", "sse", "de",
           "te", "id", "ist", "ile", "il", "ilt", "is"),
    "sr_hr": ("a", "e", "i", "u", "o", "om", "em", "ama", "ima", "ih", "og", "oj", "im",
              "а", "е", "и", "у", "о", "ом", "ем", "ама", "има", "их", "ог", "ој", "им"),
    "sk": ("a", "u", "y", "e", "i", "í", "ov", "om", "ami", "ách", "och", "iek", "ie", "é",
           "ého", "ému", "ým", "ými", "ých", "o", "ý", "á"),
    "sl": ("a", "e", "i", "u", "o", "om", "em", "ih", "ov", "ev", "ami", "ah", "ega", "emu"),
    "bg": ("а", "я", "и", "е", "о", "ове", "ът", "ят", "та", "то", "те", "ата", "ите",
           "ото", "ия"),
}

# Languages whose endings replace a word's own last letters ("zpráva", "zprávy"; "regione",
# "regioni"): two words with one stem are one word, whichever ending each has. Elsewhere an
# ending is put after the whole word ("størrelse-n", "Nachricht-en", "üzenet-et"): one word
# is the other with an ending added, so "größer" (bigger) is no "Größe" (size).
ENDINGS_REPLACE = frozenset(("pl", "cs", "ru", "uk", "el", "it", "lv", "lt", "sr_hr", "sk",
                             "sl", "bg"))

LINKS: dict[str, tuple[str, ...]] = {
    "de": ("", "s", "es", "n", "en", "er", "e"),
    "nl": ("", "s", "en", "e"),
    "sv": ("", "s", "e", "a", "u", "o"),
    "no_da": ("", "s", "e"),
    "fi": ("",),
    "hu": ("",),
}

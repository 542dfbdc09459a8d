"""The scripts of India and its neighbours (Bengali, Devanagari for Hindi, Marathi and Nepali,
Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi for Punjabi): the words of notes in
them, with the English the parser reads.

Students write English service names and terms into sentences of their language ("hibernate RAM
সর্বোচ্চ ১৫০ GB", "retention: default 4 நாட்கள், max 14 நாட்கள்", "timeout 15 मिनट तक"), with
their own digits or ASCII ones (notes/gloss.py reads both). No English word is written in these
scripts, so, as Arabic, Hebrew and Thai (languages_scripts.py), each table is read wherever its
script is written. What these languages need besides (languages_scripts.py reads them for
every script):

- AFTER_FIGURE: their bounds are postpositions, written after the figure and its unit
  ("৭২% পর্যন্ত" up to 72 %, "7 நாட்கள் வரை" up to 7 days, "24 घंटे तक"): moved before it;
- BETWEEN_FIGURES: "from ... to" is a postposition after the first figure ("128 MB থেকে
  10,240 MB", "/16 முதல் /28 வரை", "1 से 10 तक"): the two figures a range;
- COUNTING_WORDS: a classifier glued to a count says nothing more ("৭টা instance" is 7).

Rules for adding a word are languages.py's: only a word whose meaning in notes about AWS is
certain (Hindi "कमाल" is Marathi's maximum and Hindi's "amazing": left out). A letter with a
nukta ("ড়", "য়") or a vowel of two parts ("ொ") is typed precomposed or in two characters: the
tables are kept in Unicode's composed form (NFC), as notes/gloss.py reads these scripts.
Stdlib only.
"""

from __future__ import annotations

import unicodedata

BENGALI: dict[str, str] = {
    "সর্বোচ্চ": "max", "সর্বাধিক": "max", "ম্যাক্সিমাম": "max", "সর্বনিম্ন": "min",
    "ন্যূনতম": "min", "মিনিমাম": "min", "কমপক্ষে": "at least", "অন্তত": "at least",
    "ডিফল্টভাবে": "by default", "ডিফল্ট": "default", "সাইজ": "size", "আকার": "size",
    "রিটেনশন": "retention", "সংরক্ষণ": "retention", "টাইমআউট": "timeout",
    "মেমরি": "memory", "মেমোরি": "memory", "বিনামূল্যে": "free", "ফ্রি": "free",
    "দাম": "price", "খরচ": "cost", "ছাড়": "discount", "প্রতি": "per",
    "প্রতি সেকেন্ডে": "per second", "প্রতি মিনিটে": "per minute", "প্রতি ঘণ্টায়": "per hour",
    "প্রতি দিনে": "per day", "প্রতি মাসে": "per month", "প্রতি বছরে": "per year",
    "মিলিসেকেন্ড": "ms", "সেকেন্ড": "seconds", "মিনিট": "minutes", "ঘণ্টা": "hours",
    "ঘন্টা": "hours", "দিন": "days", "সপ্তাহ": "weeks", "মাস": "months", "বছর": "years",
}

DEVANAGARI: dict[str, str] = {  # Hindi, Marathi, Nepali
    "अधिकतम": "max", "ज़्यादा से ज़्यादा": "max", "ज्यादा से ज्यादा": "max",
    "न्यूनतम": "min", "किमान": "min", "कम से कम": "at least", "कम्तीमा": "at least",
    "बढीमा": "at most", "बढ़ीमा": "at most",
    "डिफ़ॉल्ट रूप से": "by default", "डिफॉल्ट रूप से": "by default", "डिफ़ॉल्ट": "default",
    "डिफॉल्ट": "default", "पूर्वनिर्धारित": "default", "आकार": "size", "साइज़": "size",
    "साइज": "size", "रिटेंशन": "retention", "टाइमआउट": "timeout", "मेमोरी": "memory",
    "मुफ़्त": "free", "मुफ्त": "free", "निःशुल्क": "free", "कीमत": "price", "लागत": "cost",
    "प्रति": "per", "हर": "every",
    "मिलीसेकंड": "ms", "सेकंड": "seconds", "सेकेंड": "seconds", "सेकेन्ड": "seconds",
    "सेकंद": "seconds", "मिनट": "minutes", "मिनिटे": "minutes", "मिनिट": "minutes",
    "मिनेट": "minutes", "घंटे": "hours", "घंटा": "hours", "घंटों": "hours",
    "घण्टा": "hours", "तास": "hours", "दिन": "days", "दिनों": "days", "दिवस": "days",
    "सप्ताह": "weeks", "हफ्ते": "weeks", "हफ़्ते": "weeks", "आठवडे": "weeks",
    "महीने": "months", "महीना": "months", "महिने": "months", "महिना": "months",
    "साल": "years", "वर्ष": "years", "वर्षे": "years",
}

TAMIL: dict[str, str] = {
    "அதிகபட்சம்": "max", "அதிகபட்ச": "max", "குறைந்தபட்சம்": "min", "குறைந்தபட்ச": "min",
    "குறைந்தது": "at least", "இயல்புநிலை": "default", "இயல்பாக": "by default",
    "அளவு": "size", "இலவசம்": "free", "இலவச": "free", "விலை": "price", "செலவு": "cost",
    "ஒவ்வொரு": "every",
    "மில்லிவினாடி": "ms", "வினாடிகள்": "seconds", "வினாடி": "seconds", "நொடிகள்": "seconds",
    "நொடி": "seconds", "நிமிடங்கள்": "minutes", "நிமிடம்": "minutes", "மணி நேரம்": "hours",
    "மணிநேரம்": "hours", "நாட்கள்": "days", "நாள்கள்": "days",
    "நாள்": "days", "வாரங்கள்": "weeks", "வாரம்": "weeks", "மாதங்கள்": "months",
    "மாதம்": "months", "வருடங்கள்": "years", "வருடம்": "years", "ஆண்டுகள்": "years",
    "ஆண்டு": "years",
}

TELUGU: dict[str, str] = {
    "గరిష్ఠం": "max", "గరిష్టం": "max", "గరిష్ఠ": "max", "గరిష్ట": "max", "కనిష్ఠ": "min",
    "కనిష్ట": "min", "కనీసం": "at least", "డిఫాల్ట్": "default", "పరిమాణం": "size",
    "ఉచితం": "free", "ఉచిత": "free",
    "సెకన్లు": "seconds", "సెకను": "seconds", "నిమిషాలు": "minutes", "నిమిషం": "minutes",
    "గంటలు": "hours", "గంట": "hours", "రోజులు": "days", "రోజు": "days", "వారాలు": "weeks",
    "వారం": "weeks", "నెలలు": "months", "నెల": "months", "సంవత్సరాలు": "years",
    "సంవత్సరం": "years",
}

KANNADA: dict[str, str] = {
    "ಗರಿಷ್ಠ": "max", "ಕನಿಷ್ಠ": "min", "ಡೀಫಾಲ್ಟ್": "default", "ಗಾತ್ರ": "size", "ಉಚಿತ": "free",
    "ಸೆಕೆಂಡುಗಳು": "seconds", "ಸೆಕೆಂಡ್": "seconds", "ನಿಮಿಷಗಳು": "minutes", "ನಿಮಿಷ": "minutes",
    "ಗಂಟೆಗಳು": "hours", "ಗಂಟೆ": "hours", "ದಿನಗಳು": "days", "ದಿನ": "days", "ವಾರಗಳು": "weeks",
    "ವಾರ": "weeks", "ತಿಂಗಳುಗಳು": "months", "ತಿಂಗಳು": "months", "ವರ್ಷಗಳು": "years",
    "ವರ್ಷ": "years",
}

MALAYALAM: dict[str, str] = {
    "പരമാവധി": "max", "കുറഞ്ഞത്": "at least", "ഡിഫോൾട്ട്": "default", "വലുപ്പം": "size",
    "സൗജന്യം": "free", "സൗജന്യ": "free",
    "സെക്കൻഡ്": "seconds", "സെക്കന്റ്": "seconds", "മിനിറ്റ്": "minutes",
    "മണിക്കൂർ": "hours", "ദിവസങ്ങൾ": "days", "ദിവസം": "days", "ആഴ്ച": "weeks",
    "മാസങ്ങൾ": "months", "മാസം": "months", "വർഷങ്ങൾ": "years", "വർഷം": "years",
}

GUJARATI: dict[str, str] = {
    "મહત્તમ": "max", "વધુમાં વધુ": "max", "ન્યૂનતમ": "min", "ઓછામાં ઓછું": "at least",
    "ઓછામાં ઓછા": "at least", "ડિફૉલ્ટ": "default", "ડિફોલ્ટ": "default", "મફત": "free",
    "પ્રતિ": "per", "દીઠ": "per",
    "સેકન્ડ": "seconds", "મિનિટ": "minutes", "કલાક": "hours", "દિવસો": "days",
    "દિવસ": "days", "અઠવાડિયા": "weeks", "અઠવાડિયું": "weeks", "મહિના": "months",
    "મહિનો": "months", "વર્ષો": "years", "વર્ષ": "years",
}

GURMUKHI: dict[str, str] = {  # Punjabi
    "ਵੱਧ ਤੋਂ ਵੱਧ": "max", "ਅਧਿਕਤਮ": "max", "ਘੱਟੋ-ਘੱਟ": "at least", "ਘੱਟੋ ਘੱਟ": "at least",
    "ਡਿਫਾਲਟ": "default", "ਡਿਫ਼ਾਲਟ": "default", "ਮੁਫ਼ਤ": "free", "ਮੁਫਤ": "free",
    "ਪ੍ਰਤੀ": "per",
    "ਸਕਿੰਟ": "seconds", "ਮਿੰਟ": "minutes", "ਘੰਟੇ": "hours", "ਘੰਟਾ": "hours", "ਦਿਨ": "days",
    "ਹਫ਼ਤੇ": "weeks", "ਹਫ਼ਤਾ": "weeks", "ਮਹੀਨੇ": "months", "ਮਹੀਨਾ": "months",
    "ਸਾਲ": "years",
}

# bounds written after their figure and its unit, each moved before it
AFTER_FIGURE: dict[str, str] = {
    "পর্যন্ত": "up to", "வரை": "up to", "तक": "up to", "पर्यंत": "up to", "सम्म": "up to",
    "వరకు": "up to", "ವರೆಗೆ": "up to", "വരെ": "up to", "સુધી": "up to", "ਤੱਕ": "up to",
}

# "from X to Y" said by a word after X: the two figures a range
BETWEEN_FIGURES: tuple[str, ...] = ("থেকে", "முதல்", "से", "ते", "देखि", "నుండి")

# a figure's clock word: "இரவு 2 மணி" is 2 o'clock at night, "ರಾತ್ರಿ 2 ಗಂಟೆಗೆ" at 2 o'clock
# (Tamil's hours are "மணி நேரம்"; the dative of an hour word after a figure is a time of day):
# a figure they follow is a time, no duration, range or bound ("2 மணி முதல் 3 மணி வரை" is
# from 2 to 3 o'clock: a backup window of one hour, not of 2 to 3 hours)
CLOCK_AFTER: tuple[str, ...] = ("மணி", "மணிக்கு", "ಗಂಟೆಗೆ", "గంటలకు", "గంటకు", "മണിക്ക്",
                                "बजे", "টায়")
# (Tamil's "மணி நேரம்", "N hours", is no clock time)
CLOCK_NOT_BEFORE = ("நேரம்",)

# a classifier glued to (or right after) a count: Bengali "৭টা", "৫টি"
COUNTING_WORDS = ("টা", "টি")



def _composed(table: dict[str, str]) -> dict[str, str]:
    return {unicodedata.normalize("NFC", k): v for k, v in table.items()}


AFTER_FIGURE = _composed(AFTER_FIGURE)
BETWEEN_FIGURES = tuple(unicodedata.normalize("NFC", w) for w in BETWEEN_FIGURES)
CLOCK_AFTER = tuple(unicodedata.normalize("NFC", w) for w in CLOCK_AFTER)

# the letters of all these scripts: a note writing one is read in composed form (NFC)
LETTERS = "\u0900-\u0d7f"

SCRIPTS: tuple[tuple[str, dict[str, str]], ...] = tuple(
    (letters, _composed(table)) for letters, table in (
        ("\u0980-\u09ff", BENGALI), ("\u0900-\u097f", DEVANAGARI), ("\u0b80-\u0bff", TAMIL),
        ("\u0c00-\u0c7f", TELUGU), ("\u0c80-\u0cff", KANNADA), ("\u0d00-\u0d7f", MALAYALAM),
        ("\u0a80-\u0aff", GUJARATI), ("\u0a00-\u0a7f", GURMUKHI)))

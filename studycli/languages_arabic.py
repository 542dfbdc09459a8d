"""Arabic: the words of notes written in it, with the English the parser reads.

Arabic-speaking students write English service names and terms into Arabic sentences
("الحد الأقصى للـ IAM users في الحساب: 5000 user", "AssumeRole: مدة الجلسة الافتراضية ساعة
واحدة"), numbers in either digit set ("٣٠٠ group"). No English word is written in this
script, so, as Chinese, Japanese and Korean (languages.CJK), the table is read wherever the
script is written, with no telling of the language first (notes/gloss.py): a phrase anywhere
in a word (the article and prepositions are joined to the word: "الافتراضية", "للـ").
Digits of every script are read by notes/gloss.py itself.

Rules for adding a word are languages.py's: only a word whose meaning in notes about AWS is
certain; the English is the word the parser and lookup already use. Longer phrases are matched
before the words in them. Stdlib only, nothing imported.
"""

from __future__ import annotations

# Arabic punctuation and number signs, read as English writes them
PUNCTUATION = {"،": ", ", "؛": "; ", "؟": "? ", "٪": "%", "٫": ".", "٬": ","}

ARABIC: dict[str, str] = {
    # bounds and settings ("كحد أقصى" after its figure: at most)
    "الحد الأقصى": "max", "الحد الأدنى": "min", "كحد أقصى": "max", "كحد أدنى": "min",
    "بحد أقصى": "max", "بحد أدنى": "min", "حد أقصى": "max", "حد أدنى": "min",
    "الأقصى": "max", "الأدنى": "min", "أقصى": "max", "أدنى": "min", "حتى": "up to",
    "على الأقل": "at least", "الافتراضية": "default", "الافتراضي": "default",
    "افتراضياً": "by default", "افتراضيا": "by default", "افتراضي": "default",
    # attributes
    "فترة الاحتفاظ": "retention period", "مدة الاحتفاظ": "retention period", "الاحتفاظ":
    "retention", "فترة الانتظار": "waiting period", "مدة الجلسة": "session duration",
    # (not "صلاحية": a validity or, in IAM, a permission)
    "مهلة": "timeout", "حجم": "size", "مدة": "duration", "حرفاً": "characters",
    "أحرف": "characters", "حرف": "characters", "من": "from", "إلى": "to",
    "مجاناً": "free", "مجانا": "free", "مجاني": "free", "السعر": "price", "التكلفة": "cost",
    "التشفير": "encryption", "الذاكرة": "memory", "ذاكرة": "memory",
    "الحساب": "account", "حساب": "account", "المستخدمين": "users", "الرسائل": "messages",
    "الرسالة": "message", "رسالة": "message", "المفتاح": "key", "مفتاح": "key",
    "الحذف": "deletion", "حذف": "deletion", "لكل": "per", "كل": "every",
    "غير مدعوم": "not supported", "لا يدعم": "does not support",
    # units, and "one hour", "two days" said in words
    "ساعة واحدة": "1 hour", "يوم واحد": "1 day", "دقيقة واحدة": "1 minute",
    "ثانية واحدة": "1 second", "ساعتين": "2 hours", "يومين": "2 days", "ساعتان": "2 hours",
    "يومان": "2 days", "دقيقتين": "2 minutes", "سنة واحدة": "1 year",
    "ثواني": "seconds", "ثوانٍ": "seconds", "ثوان": "seconds", "ثانية": "seconds",
    "دقائق": "minutes", "دقيقة": "minutes", "ساعات": "hours", "ساعة": "hours",
    "أيام": "days", "يوم": "days", "أسابيع": "weeks", "أسبوع": "weeks", "أشهر": "months",
    "شهور": "months", "شهر": "months", "سنوات": "years", "سنة": "years",
    # the article or a preposition joined to an English word by a tatweel ("للـ IAM")
    "للـ": "for the", "بالـ": "with the", "الـ": "the", "بـ": "with",
}

"""Languages read wherever their script is written: Arabic (with Persian and Urdu, which write
it too), Hebrew and Thai, and the scripts of India (languages_indic.py); the words of notes
in them, with the English the parser reads.

Students write English service names and terms into sentences of their language ("الحد الأقصى
للـ IAM users في الحساب: 5000 user", "AssumeRole: مدة الجلسة الافتراضية ساعة واحدة",
"ขนาดสูงสุด 256 KB"), numbers in either digit set ("٣٠٠ group"). No English word is written
in these scripts, so, as Chinese, Japanese and Korean (languages.CJK), each table is read
wherever its script is written, with no telling of the language first (notes/gloss.py): a
phrase anywhere in a word (Arabic and Hebrew join the article and prepositions to the word:
"الافتراضية", "للـ", "בברירת מחדל"; Thai writes no space between words), a short one only as a
word of its own, and a bare unit ("ثانية", "วินาที") only after a figure or as a word of its own
(inside a word it is often another: "الثانية" is also "the second" attempt). Digits of every
script are read by notes/gloss.py itself.

Rules for adding a word are languages.py's: only a word whose meaning in notes about AWS is
certain; the English is the word the parser and lookup already use. Longer phrases are matched
before the words in them. Stdlib only.
"""

from __future__ import annotations

from studycli import languages_concepts, languages_indic

# Arabic and Hebrew punctuation and number signs, read as English writes them
PUNCTUATION = {"،": ", ", "؛": "; ", "؟": "? ", "٪": "%", "٫": ".", "٬": ",", "׳": "'",
               "״": '"', "\u200c": " "}  # (the Persian zero-width non-joiner: a word's gap)

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
    "بدون": "without", "مع": "with", "غير مدعوم": "not supported", "لا يدعم": "does not support",
    # units, and "one hour", "two days" said in words
    "ساعة واحدة": "1 hour", "يوم واحد": "1 day", "دقيقة واحدة": "1 minute",
    "ثانية واحدة": "1 second", "ساعتين": "2 hours", "يومين": "2 days", "ساعتان": "2 hours",
    "يومان": "2 days", "دقيقتين": "2 minutes", "سنة واحدة": "1 year",
    # a rate: "3000 رسالة في الثانية" (read as a word and its preposition, the figure would
    # be a count: "3000 message in the seconds" is a batch of 3000)
    "في الثانية": "per second", "في الدقيقة": "per minute", "في الساعة": "per hour",
    "في اليوم": "per day", "لكل ثانية": "per second", "لكل دقيقة": "per minute",
    "لكل ساعة": "per hour", "لكل يوم": "per day",
    # after 11 to 99 Arabic writes the singular with its accusative ending ("14 يوماً")
    "يوماً": "days", "يومًا": "days", "يوما": "days", "شهراً": "months", "شهرًا": "months",
    "شهرا": "months", "عاماً": "years", "عامًا": "years", "عاما": "years", "سنةً": "years",
    "أسبوعاً": "weeks", "أسبوعًا": "weeks", "أسبوعا": "weeks", "ساعةً": "hours",
    "دقيقةً": "minutes", "ثانيةً": "seconds",
    "ثواني": "seconds", "ثوانٍ": "seconds", "ثوان": "seconds", "ثانية": "seconds",
    "دقائق": "minutes", "دقيقة": "minutes", "ساعات": "hours", "ساعة": "hours",
    "أيام": "days", "يوم": "days", "أسابيع": "weeks", "أسبوع": "weeks", "أشهر": "months",
    "شهور": "months", "شهر": "months", "سنوات": "years", "سنة": "years",
    # the article or a preposition joined to an English word by a tatweel ("للـ IAM")
    "للـ": "for the", "بالـ": "with the", "الـ": "the", "بـ": "with",
    # Persian ("حداکثر ۱۵ دقیقه", "پیش فرض") and Urdu ("زیادہ سے زیادہ")
    "حداکثر": "max", "حداقل": "min", "پیش فرض": "default", "پیشفرض": "default",
    "به طور پیش فرض": "by default", "اندازه": "size", "نگهداری": "retention",
    "مهلت زمانی": "timeout", "رایگان": "free", "قیمت": "price", "هزینه": "cost",
    "ثانیه": "seconds", "دقیقه": "minutes", "ساعت": "hours", "روز": "days",
    "هفته": "weeks", "ماه": "months", "سال": "years", "هر": "every", "در هر": "per",
    "برای هر": "per", "پیام ها": "messages", "پیام": "message", "فایل": "file",
    "آبجکت": "object", "کاربران": "users", "کاربر": "user", "بیشترین": "max",
    "کمترین": "min", "مدت نگهداری": "retention period", "زمان نگهداری": "retention period",
    "ملف": "file", "الملف": "file", "كائن": "object", "الكائن": "object",
    "پیغام": "message", "فائل": "file",
    # "تا" before a figure is "up to" ("تا ۱۴ روز"); after one it counts ("۵ تا VPC" is
    # 5 VPCs): gloss drops it there first (COUNTING_WORDS)
    "تا": "up to",
    "زیادہ سے زیادہ": "max", "کم از کم": "at least", "ڈیفالٹ": "default", "سیکنڈ": "seconds",
    "منٹ": "minutes", "گھنٹے": "hours", "گھنٹہ": "hours", "دن": "days",
}

HEBREW: dict[str, str] = {
    "ברירת המחדל": "default", "ברירת מחדל": "default", "כברירת מחדל": "by default",
    "מקסימום": "max", "מקסימלי": "max", "מקסימלית": "max", "מינימום": "min",
    "מינימלי": "min", "לכל היותר": "at most", "לפחות": "at least", "עד": "up to",
    "גודל": "size", "זמן שמירה": "retention period", "שמירה": "retention", "משך": "duration",
    "זמן קצוב": "timeout", "חינם": "free", "מחיר": "price", "עלות": "cost", "לכל": "per",
    "שניות": "seconds", "שנייה": "seconds", "שניה": "seconds", "דקות": "minutes",
    "דקה": "minutes", "שעות": "hours", "שעה": "hours", "ימים": "days", "יום": "days",
    # a rate: the preposition joined to the unit ("300 הודעות לשנייה", "בשנייה")
    "לשנייה": "per second", "בשנייה": "per second", "לשניה": "per second",
    "בשניה": "per second", "לדקה": "per minute", "בדקה": "per minute", "לשעה": "per hour",
    "ליום": "per day",
    "שבועות": "weeks", "שבוע": "weeks", "חודשים": "months", "חודש": "months",
    "שנים": "years", "שנה": "years", "הודעה": "message", "הודעות": "messages",
    "תור": "queue", "מפתח": "key", "קובץ": "file", "אובייקט": "object",
    "משתמשים": "users", "משתמש": "user", "ללא": "without", "בלי": "without", "מחיקה": "deletion",
    "לא נתמך": "not supported",
}

THAI: dict[str, str] = {
    "ค่าเริ่มต้น": "default", "ค่าดีฟอลต์": "default", "โดยค่าเริ่มต้น": "by default",
    "สูงสุด": "max", "มากสุด": "max", "ต่ำสุด": "min", "น้อยสุด": "min",
    "อย่างน้อย": "at least", "ไม่เกิน": "at most", "ได้ถึง": "up to", "ถึง": "to",
    "ขนาด": "size", "ระยะเวลาการเก็บรักษา": "retention period", "การเก็บรักษา": "retention",
    "เก็บไว้": "retention", "ระยะเวลา": "duration", "หมดเวลา": "timeout", "ฟรี": "free",
    "ราคา": "price", "ค่าใช้จ่าย": "cost", "ต่อ": "per", "ทุก": "every",
    "มิลลิวินาที": "ms", "วินาที": "seconds", "นาที": "minutes", "ชั่วโมง": "hours",
    "สัปดาห์": "weeks", "เดือน": "months", "วัน": "days", "ปี": "years",
    # a period (ระยะเวลา) of keeping (เก็บ, การเก็บ) is a retention period, not a bare
    # duration ("ระยะเวลาเก็บ log ค่าเริ่มต้น 30 วัน"); a keeping without end is forever
    "ระยะเวลาการเก็บ": "retention period", "ระยะเวลาเก็บ": "retention period",
    "ระยะเวลาในการเก็บ": "retention period", "เก็บรักษา": "retention",
    "ไม่มีวันหมดอายุ": "never expire", "ไม่หมดอายุ": "never expire", "ตลอดไป": "forever",
    "เก็บข้อมูล": "retention", "หน่วยความจำ": "memory", "การเขียน": "write",
    "การอ่าน": "read", "รองรับ": "supports",
    "ข้อความ": "message", "คิว": "queue", "คีย์": "key", "ไม่รองรับ": "not supported",
}

# words that count after a figure and mean something else elsewhere (Persian "۵ تا VPC"):
# dropped right after a figure unless a figure follows ("از ۱ دقیقه تا ۱۴ روز" is a range)
COUNTING_WORDS = ("تا", *languages_indic.COUNTING_WORDS)

# a word between two figures that makes them a range (Persian "۶۰ تا ۹۰۰ ثانیه" is 60 to 900
# seconds, no "60 up to 900"), and bounds written after their figure (languages_indic.py)
BETWEEN_FIGURES = ("تا", *languages_indic.BETWEEN_FIGURES)
AFTER_FIGURE = languages_indic.AFTER_FIGURE

# (the script's letters, its table): each read wherever a note writes that script
SCRIPTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("\u0600-\u06ff\u0750-\u077f", ARABIC), ("\u0590-\u05ff", HEBREW),
    ("\u0e00-\u0e7f", THAI), *languages_indic.SCRIPTS,
    # and the scripts of no table of their own: their bounds and units (languages_concepts)
    *languages_concepts.tables())

"""Russian, Ukrainian, Vietnamese and Turkish: the words of notes in them, in the parser's English.

The same tables studycli/languages.py keeps for its languages (MARKERS, GLOSSARY,
BEFORE_NUMBER, AFTER_NUMBER, number formats; see there), and what these four need besides:

- UNITS: the language's unit words, read as the English unit only right after a number (or
  after "/": "300 msg/giây") and only in a note in the language, so that a Turkish "saat" or
  a Vietnamese "giờ" never changes an English note: "7 gün" -> "7 days", "5 Гбит/с" ->
  "5 Gbps", "128 МБ" -> "128 MB";
- BOUND_AFTER: words that bound the number before them (Turkish "1.000'e kadar" is up to
  1,000, "12 saat içinde" within 12 hours), read as the English bound put before it;
- POSTPOSITIONS: words written after the noun they govern (Turkish "prefix başına" is per
  prefix), read as the English word before it;
- percent_before: the sign written before the number (Turkish "%99,9" is 99.9%);
- apostrophe_suffixes: case endings after an apostrophe (Turkish "IOPS'a", "1.000'e",
  "Standard'da") left out, so the name or number reads bare.

Rules for adding a word are languages.py's: only a word whose meaning in notes about AWS is
certain (Turkish "eşzamanlı" is synchronous or concurrent, Russian "задержка" a delay or a
latency: left out); the English is the word the parser and lookup already use.
Stdlib only, nothing imported: the quantity readers load it on lookup's fast path.
"""

from __future__ import annotations

# English units every language's UNITS maps to (the spellings unit_spellings.py reads)
_S, _MS, _MIN, _H, _DAY, _WEEK, _MONTH, _YEAR = (
    "s", "ms", "min", "hours", "days", "weeks", "months", "years")

MORE_LANGUAGES: dict[str, dict[str, object]] = {
    "ru": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"до": "up to", "не более": "at most", "не больше": "at most",
                          "не менее": "at least", "не меньше": "at least",
                          "больше": "more than", "меньше": "less than",
                          "около": "about", "примерно": "about",
                          "в течение": "within"},
        # "на" is per before a thing counted ("5 зон на аккаунт"), onto before a place ("5 ГБ
        # на S3"): per only before a word of the glossary
        "AFTER_NUMBER": {"на": "per", "за": "per"}, "AFTER_NUMBER_BEFORE_GLOSSARY": ("на",),
        # "users на account: 5000" (on a line with a figure: "агент на instance" is on one)
        "PER_BEFORE_NOUN": ("на",),
        "RANGE_WORDS": ("до",),
        "MARKERS": ("и", "в", "не", "на", "для", "по", "с", "это", "что", "или", "только",
                    "можно", "нужно", "если", "при", "от", "до", "но", "через", "как", "все",
                    "всё", "так", "уже", "нельзя", "есть"),
        "UNITS": {
            _MS: ("мс", "миллисекунд", "миллисекунды"),
            _S: ("сек", "секунд", "секунды", "секунда", "секунду"),
            _MIN: ("мин", "минут", "минуты", "минута", "минуту"),
            _H: ("ч", "час", "часа", "часов"),
            _DAY: ("день", "дня", "дней", "дн", "сут", "суток", "сутки"),
            _WEEK: ("неделя", "недели", "недель", "неделю"),
            _MONTH: ("мес", "месяц", "месяца", "месяцев"),
            _YEAR: ("год", "года", "лет"),
            "bytes": ("байт", "байта", "байтов", "байтах"),
            "KB": ("КБ", "Кб", "кб"), "MB": ("МБ", "Мб", "мб"), "GB": ("ГБ", "Гб", "гб"),
            "TB": ("ТБ", "Тб", "тб"), "PB": ("ПБ", "Пб"), "KiB": ("КиБ",), "MiB": ("МиБ",),
            "GiB": ("ГиБ",), "TiB": ("ТиБ",),
            "Kbps": ("Кбит/с",), "Mbps": ("Мбит/с",), "Gbps": ("Гбит/с",),
            "KB/s": ("КБ/с",), "MB/s": ("МБ/с",), "GB/s": ("ГБ/с",),
        },
        "GLOSSARY": {
            "по умолчанию": "default", "активных": "active",
            "максимум": "max", "макс": "max", "максимальный": "max",
            "максимальная": "max", "максимальное": "max", "максимальные": "max",
            "максимально": "max", "минимум": "min", "минимальный": "min",
            "минимальная": "min", "минимальное": "min", "как минимум": "at least",
            "размер": "size", "размера": "size", "таймаут": "timeout", "тайм-аут": "timeout",
            "срок хранения": "retention period", "хранение": "retention", "хранения":
            "retention", "лимит": "limit", "лимита": "limit", "квота": "quota",
            "память": "memory", "памяти": "memory", "шифрование": "encryption",
            "шифрования": "encryption", "не шифруется": "not encrypted", "шифруется":
            "encrypted", "бесплатно": "free", "бесплатный": "free",
            "бесплатные": "free", "бесплатная": "free", "стоимость": "cost", "цена": "price",
            "асинхронный": "asynchronous", "асинхронная": "asynchronous", "асинхронное":
            "asynchronous", "асинхронно": "asynchronously", "асинхронные": "asynchronous",
            "синхронный": "synchronous", "синхронная": "synchronous", "синхронное":
            "synchronous", "синхронно": "synchronously", "синхронные": "synchronous",
            "в месяц": "per month", "в секунду": "per second", "в час": "per hour",
            "в день": "per day", "регион": "region", "регионе": "region", "аккаунт":
            "account", "аккаунте": "account", "очередь": "queue", "очереди": "queue",
            "сообщение": "message", "сообщения": "messages", "сообщений": "messages",
            "запрос": "request", "запросы": "requests", "запросов": "requests",
            "таблица": "table", "таблицы": "table", "функция": "function", "функции":
            "function", "на функцию": "per function", "функцию": "function",
            "подсеть": "subnet", "подсети": "subnet", "подсетей": "subnets",
            "правило": "rule", "правила": "rules", "правил": "rules", "соединение":
            "connection", "соединения": "connections", "соединений": "connections",
            "туннель": "tunnel", "туннеля": "tunnel", "туннелей": "tunnels",
            "записи": "records", "записей": "records", "файл": "file", "файла": "file",
            "файлу": "file", "файлы": "files", "файлов": "files", "объект": "object",
            "объекта": "object", "объекты": "objects", "объектов": "objects",
            "одного объекта": "single object", "одного файла": "single file",
            "за раз": "per call", "бакет": "bucket", "бакета": "bucket", "бакетов": "buckets",
            "ключ": "key", "ключа": "key", "ключей": "keys",
            "инстанс": "instance", "инстанса": "instance", "инстансов": "instances",
            "интервал": "interval",
            "порог": "threshold", "полоса пропускания": "bandwidth", "пропускная способность":
            "throughput", "время жизни": "TTL", "период": "period", "срок действия":
            "validity", "повторные попытки": "retries", "повторов": "retries",
            # negation: "FIFO не поддерживается" is no support, "нельзя" no permission
            "не поддерживается": "is not supported", "не поддерживаются": "are not supported",
            "не поддерживает": "does not support", "поддерживается": "is supported",
            "поддерживаются": "are supported", "поддерживает": "supports", "нельзя": "cannot",
            "не может": "cannot", "не могут": "cannot", "не работает": "does not work",
            # (before "не" alone: "не только Python" is no negation, "не проблема" no fact)
            "не только": "not only", "не проблема": "fine", "не": "not", "нет": "no",
            "никогда": "never",
        },
    },
    "uk": {  # Ukrainian: its own function words ("і", "що", "це", "або"), Russian's alphabet
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"до": "up to", "не більше": "at most", "не менше": "at least",
                          "близько": "about", "протягом": "within"},
        "AFTER_NUMBER": {"на": "per"}, "AFTER_NUMBER_BEFORE_GLOSSARY": ("на",),
        "PER_BEFORE_NOUN": ("на",),  # "users на account: 5000" (on a line with a figure)
        "RANGE_WORDS": ("до",),
        "MARKERS": ("і", "й", "та", "що", "це", "або", "для", "не", "на", "від", "лише",
                    "тільки", "можна", "потрібно", "якщо", "коли", "також", "який", "яка",
                    "які", "після", "через", "є", "без", "при"),
        "UNITS": {
            _MS: ("мс", "мілісекунд"), _S: ("с", "сек", "секунд", "секунди", "секунда"),
            _MIN: ("хв", "хвилин", "хвилини", "хвилина"),
            _H: ("год", "година", "години", "годин"), _DAY: ("день", "дні", "днів", "дн", "доба",
                                                          "доби", "діб"),
            _WEEK: ("тиждень", "тижні", "тижнів"), _MONTH: ("місяць", "місяці", "місяців"),
            _YEAR: ("рік", "роки", "років"),
            "KB": ("КБ", "Кб"), "MB": ("МБ", "Мб"), "GB": ("ГБ", "Гб"), "TB": ("ТБ", "Тб"),
        },
        "GLOSSARY": {
            "за замовчуванням": "default", "типово": "by default", "максимум": "max",
            "макс": "max", "максимальний": "max", "максимальна": "max", "максимальне": "max",
            "мінімум": "min", "мін": "min", "мінімальний": "min", "мінімальна": "min", "щонайменше":
            "at least", "розмір": "size", "розміру": "size", "тайм-аут": "timeout",
            "таймаут": "timeout", "термін зберігання": "retention period", "зберігання":
            "retention", "ліміт": "limit", "квота": "quota", "пам'ять": "memory",
            "пам’ять": "memory", "шифрування": "encryption", "безкоштовно": "free",
            "безкоштовний": "free", "вартість": "cost", "ціна": "price", "на місяць":
            "per month", "на секунду": "per second", "регіон": "region", "акаунт": "account",
            "обліковий запис": "account", "черга": "queue", "черги": "queue",
            "повідомлення": "message", "запит": "request", "запити": "requests",
            # (a noun's cases: "розмір одного об'єкта" is a single object's size)
            "одного об'єкта": "single object", "одного файлу": "single file",
            "об'єкта": "object", "об'єкти": "objects", "об'єктів": "objects", "файл": "file",
            "файлу": "file", "файли": "files", "файлів": "files", "таблицю": "table",
            "таблиці": "table", "користувачів": "users", "користувач": "user",
            "повертає": "returns", "за раз": "per call",
            "запитів": "requests", "таблиця": "table", "функція": "function", "функції":
            "function", "ключ": "key", "ключа": "key", "об'єкт": "object", "об’єкт": "object",
            "видалення": "deletion", "період очікування": "waiting period", "термін дії":
            "validity", "повторні спроби": "retries", "спроби": "attempts",
            "асинхронний": "asynchronous", "синхронний": "synchronous",
            "не підтримується": "is not supported", "не підтримує": "does not support",
            "підтримується": "is supported", "ніколи": "never",
        },
    },
    "vi": {
        "comma_decimals": True,
        "BEFORE_NUMBER": {"tới": "up to", "đến": "up to", "khoảng": "about",
                          "trong vòng": "within", "ít nhất": "at least"},
        "RANGE_WORDS": ("đến",),
        "MARKERS": ("là", "của", "và", "không", "được", "có", "cho", "với", "trong", "khi",
                    "thì", "này", "các", "những", "một", "phải", "cũng", "để", "nếu", "hoặc",
                    "nhưng", "bị", "đã", "sẽ", "mỗi", "theo", "từ"),
        "UNITS": {
            _MS: ("mili-giây", "mili giây"), _S: ("giây",), _MIN: ("phút",),
            _H: ("giờ", "tiếng"), _DAY: ("ngày",), _WEEK: ("tuần",), _MONTH: ("tháng",),
            _YEAR: ("năm",),
        },
        "GLOSSARY": {
            "tối đa": "max", "tối thiểu": "min", "mặc định": "default", "kích thước": "size",
            "dung lượng": "size", "giới hạn": "limit", "thời gian chờ": "timeout",
            "thời gian lưu": "retention period", "thời gian lưu giữ": "retention period",
            "lưu giữ": "retention", "thời gian": "time", "thời hạn": "period",
            "miễn phí": "free", "giá trị": "value", "giá": "price", "chi phí": "cost",
            "bộ nhớ": "memory",
            "mỗi tháng": "per month", "mỗi ngày": "per day", "mỗi giờ": "per hour",
            "mỗi phút": "per minute", "mỗi giây": "per second", "ghi chú": "notes",
            "mã hóa": "encryption", "mã hoá": "encryption", "bất đồng bộ": "asynchronous",
            "không đồng bộ": "asynchronous", "đồng bộ": "synchronous", "mỗi": "per",
            "tin nhắn": "message", "hàng đợi": "queue", "bảng": "table", "yêu cầu":
            "request", "tài khoản": "account", "vùng": "region", "thử lại": "retry",
            "số lần thử lại": "retries", "hàm": "function", "độ bền": "durability",
            "tính sẵn sàng": "availability", "sao lưu": "backup", "bản sao": "replica",
            "xóa": "delete", "xoá": "delete", "đọc": "read", "ghi": "write",
            "số lượng": "number", "tệp": "file",
            # negation ("không" before what it negates, as English "not")
            "không được hỗ trợ": "is not supported", "không hỗ trợ": "does not support",
            "được hỗ trợ": "is supported", "hỗ trợ": "supports", "không thể": "cannot",
            "không cần": "no need", "không có": "has no", "không bao giờ": "never",
            # (before "không" alone: "không chỉ" is no negation, "không quá 15 phút" a
            # bound, "không giới hạn" none; "...cho Lambda không?" asks, negates nothing)
            "không chỉ": "not only", "không quá": "at most", "không giới hạn": "no limit",
            "không?": "?", "không": "not",
        },
    },
    "tr": {
        "comma_decimals": True, "percent_before": True, "apostrophe_suffixes": True,
        # ("15 dakika değil" is not 15 minutes: the number and its unit stay together)
        "BOUND_AFTER": {"kadar": "up to", "içinde": "within",
                        "üstü": "over", "üzeri": "over", "değil": "not"},
        # ("değil" and "yok" negate the word before them: "okunabilir değil" is not
        # readable, "şifreleme yok" no encryption)
        "POSTPOSITIONS": {"başına": "per", "değil": "not", "yok": "no"},
        "BEFORE_NUMBER": {"en fazla": "at most", "en az": "at least", "en çok": "at most"},
        # "ile" between two numbers is mostly "with" ("3 AZ ile 6 kopya"): a range only when
        # "arası" closes it ("1 ile 10 arası") or both numbers carry the same unit
        "RANGE_WORDS": ("ile",), "RANGE_CLOSERS": ("arası", "arasında"),
        "MARKERS": ("ve", "bir", "için", "ile", "bu", "değil", "olarak", "veya", "gibi",
                    "kadar", "sonra", "çok", "yok", "sadece", "daha", "ise", "olan", "önce",
                    "şu", "diğer", "içinde", "olur"),
        "UNITS": {
            _MS: ("milisaniye",), _S: ("saniye", "saniyede", "sn"),
            _MIN: ("dakika", "dakikada", "dk"),
            _H: ("saat", "saatte"), _DAY: ("gün", "günlük", "günde"), _WEEK: ("hafta",),
            _MONTH: ("ay",),
            _YEAR: ("yıl", "sene"),
        },
        "GLOSSARY": {
            "maksimum": "max", "azami": "max", "asgari": "min", "varsayılan olarak":
            "by default", "varsayılan": "default", "boyutu": "size", "boyut": "size",
            "boyutları": "size", "zaman aşımı": "timeout", "saklama süresi":
            "retention period", "saklama": "retention", "tutma süresi": "retention period",
            "süresi": "duration", "süre": "duration", "limiti": "limit", "sınırı": "limit",
            "sınır": "limit", "kota": "quota", "kotası": "quota", "ücretsiz": "free",
            "bedava": "free", "ücret": "price", "ücreti": "price", "fiyat": "price",
            "maliyet": "cost", "bellek": "memory", "şifreleme": "encryption",
            "asenkron": "asynchronous", "eşzamansız": "asynchronous", "senkron":
            "synchronous", "saniyede": "per second", "dakikada": "per minute",
            "saatte": "per hour", "günde": "per day", "ayda": "per month", "aylık":
            "monthly", "saatlik": "hourly", "hesap": "account", "hesabı": "account",
            "obje": "object", "objenin": "object", "objeler": "objects", "objeleri": "objects",
            "nesne": "object", "nesnenin": "object", "dosya": "file", "tablo": "table",
            "dosyası": "file", "dosyalar": "files", "kuyruk": "queue", "mesaj": "message",
            "istek": "request", "isteği": "request",
            "sayısı": "count", "sayı": "count", "dayanıklılık": "durability",
            "erişilebilirlik": "availability", "yedekleme": "backup", "yedek": "backup",
            "geri yükleme": "restore", "silme": "deletion",
            "desteklenmiyor": "is not supported", "desteklenmez": "is not supported",
            "desteklemiyor": "does not support", "desteklemez": "does not support",
            "destekleniyor": "is supported", "desteklenir": "is supported",
            "destekler": "supports", "asla": "never",
            # "sorun değil", "sorun yok" (no problem) negate no fact (before "değil", "yok")
            "sorun değil": "fine", "sorun yok": "fine",
        },
    },
}

"""Issue 10, item 5 (review of lang20): words of Russian, Vietnamese and Turkish notes that
read as a wrong fact ("altı" six read as under, "ile" with read as a range, "Route 53 500"
read as 53,500) are left as written; units, bounds and "from ... to" read as they mean; a
query is read in a language only for its glossary or unit words, its numbers as typed."""

from __future__ import annotations

from studycli.notes.gloss import gloss, gloss_query

_TR = "# S3 notlarım\n\n- Bu bir not ve sadece S3 için, diğer servisler için değil; sonra oku.\n"
_RU = ("# SQS\n\n- Это очередь, и сообщения не удаляются сами: только после обработки, если "
       "всё ок.\n")
_VI = ("# Ghi chú SQS\n\n- Đây là hàng đợi của SQS, và message không bị xóa khi đọc; phải gọi "
       "DeleteMessage để xóa.\n")


def _line(note: str, line: str) -> str:
    return gloss(note + line + "\n").splitlines()[-1]


def test_turkish_six_and_with_are_no_bound_and_no_range():
    # "altı" is six as often as under; "ile" between two numbers mostly with
    assert _line(_TR, "- Aurora verileri 3 AZ'de altı kopya olarak tutar") == (
        "- Aurora verileri 3 AZ altı kopya olarak tutar")
    assert _line(_TR, "- Aurora 3 AZ ile 6 kopya tutar") == "- Aurora 3 AZ ile 6 kopya tutar"
    assert " to " not in _line(_TR, "- Kinesis 1 shard ile 1 MB/sn")
    # a range when "arası" closes it or both numbers carry one unit
    assert "1 to 10 arası" in _line(_TR, "- 1 ile 10 arası")
    assert "1 GB to 5 GB" in _line(_TR, "- 1 GB ile 5 GB")


def test_a_number_after_a_name_ending_in_digits_is_not_joined_to_it():
    # (a name: the note writes "Route 53" elsewhere with no group after it)
    note = _RU + "- DNS: Route 53.\n"
    assert "Route 53 500 hosted zones" in _line(note, "- Route 53 500 hosted zones на аккаунт")
    assert "EC2 500" in _line(_RU, "- EC2 500 штук")
    assert "up to 10240 MB" in _line(_RU, "- до 10 240 МБ")  # thousands as before
    assert "Lambda 10240 MB" in _line(_RU, "- Lambda 10 240 МБ")


def test_units_after_a_slash_are_one_and_phrases_read_whole():
    assert "$0.023/GB/month, $0.10/hour" in _line(_TR, "- $0,023/GB/ay, $0,10/saat")
    assert "1 MB/s" in _line(_RU, "- 1 МБ/с")
    assert "within 5 min" in _line(_RU, "- в течение 5 минут")
    assert "5 GB per month" in _line(_VI, "- 5 GB mỗi tháng")
    assert _line(_VI, "## Ghi chú") == "## notes"


def test_turkish_from_to_keeps_the_two_names_apart():
    assert "from Standard to Glacier 90 days" in _line(_TR, "- Standard'dan Glacier'a 90 gün")
    assert "from Standard to IA" in _line(_TR, "- Standard'dan IA'ya 30 gün")
    assert "up to 1000" in _line(_TR, "- destek talebiyle 1.000'e kadar")


def test_russian_na_is_per_only_before_a_thing_counted():
    assert "5 GB на S3" in _line(_RU, "- Загрузить 5 ГБ на S3")
    assert "10000 per account" in _line(_RU, "- до 10 000 на аккаунт")


def test_a_query_keeps_its_numbers_and_a_name_does_not_tell_a_language():
    query = "sa-east-1 são paulo data transfer 1.500 GB a 2 AZ"
    assert gloss_query(query) == query
    assert gloss_query("sqs tối đa 1,5 giờ") == "sqs max 1,5 hours"
    # Chinese, Japanese, Korean: glossary words read, the number as typed
    assert gloss_query("lambda 1,5 GB 最大").split() == ["lambda", "1,5", "GB", "max"]
    assert gloss_query("lambda 최대 메모리").split() == ["lambda", "max", "memory"]


"""A number at the head of a bullet is a status code only when HTTP has that code and no
unit follows it: mind-map notes put sizes first ("250 MB unzipped incl layers")."""

from studycli.extract import parse_note
from studycli.model import Kind


def _codes(text: str) -> dict[str, str]:
    note = parse_note(text, "n.md")
    return {f.attribute: f.value for f in note.facts if f.kind == Kind.ERROR_CODE}


MIND_MAP = """# Lambda and API Gateway
- AWS Lambda
    - limits
        - memory
            - 128 MB -> 10,240 MB, 1 MB increments
        - /tmp
            - 512 MB default, can go up to 10 GB
        - deployment package
            - 250 MB unzipped incl layers
- API Gateway errors
    - 429 Too many requests (throttled)
    - 504 Integration timeout
"""


def test_sizes_at_the_head_of_a_bullet_are_not_status_codes():
    codes = _codes(MIND_MAP)
    assert "250" not in codes and "512" not in codes and "128" not in codes
    assert codes["429"].startswith("Too many requests") and "504" in codes


def test_codes_http_does_not_have_are_not_codes_even_with_error_words():
    codes = _codes("## API Gateway errors\n- 299 = weird error, 503 = service unavailable\n"
                   "- 431 = request header fields too large\n")
    assert "299" not in codes
    assert codes["503"] == "Service unavailable" and "431" in codes


def test_the_load_balancers_own_codes_stay_codes():
    codes = _codes("## ALB errors\n- 460 = client closed the connection, 463 = too many IPs "
                   "in X-Forwarded-For, 561 = unauthorized by the IdP\n")
    assert set(codes) >= {"460", "463", "561"}

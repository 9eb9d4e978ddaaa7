"""legal_notice: a form's terms of consent and a privacy policy's own sentences are chrome."""

from __future__ import annotations

import pytest
from helpers import first_vote, line, page

from cleaner.heuristics.legal_notice import LegalNotice

TERMS = "By clicking Post Your Answer, you agree to our terms of service and acknowledge our privacy policy."


@pytest.mark.parametrize(
    "text",
    [
        TERMS,
        "By submitting this form, you authorize the university to contact you by phone.",
        "By signing up, you agree to receive recurring marketing messages.",
        "By continuing to use this site, you accept the use of cookies.",
        "By providing your email, you're consenting to our newsletter terms and you acknowledge them.",
        "By pressing Submit I agree to receive phone, email, or text messages from the firm.",
        "By continuing, I agree to the cancellation policy.",
        "Terms of submitting this form: I agree that Bryan University may contact me by email.",
        "En cliquant sur « S'inscrire », vous acceptez nos conditions d'utilisation.",
        "Mit dem Absenden des Formulars stimmen Sie der Datenschutzerklärung zu.",
        "Al enviar este formulario aceptas la política de privacidad.",
        "In general, we process personal information for our legitimate purposes of running our business.",
        "The personal data that we collect depends on how you use the store.",
        "This Privacy Policy applies to everyone who interacts with us as a customer.",
        "Acme, Inc. as a controller endeavors to protect data which directly identifies you.",
        "Please review our Privacy Policy. It contains details about the data we hold.",
        "We are committed to protecting your personal information.",
        "If you do not want us to continue processing your data, please delete your account.",
        "Exercise your privacy rights",
    ],
)
def test_a_legal_notice_is_voted_surely_chrome(text: str) -> None:
    vote = first_vote(LegalNotice(), text)

    assert vote is not None and vote.value == -1.0 and vote.reason == "legal_notice"


@pytest.mark.parametrize(
    "text",
    [
        "By clicking the link, readers reach the archive. You agree it is worth it.",  # two sentences
        "You agree to the plan, the minister told the union leaders.",  # no act of the visitor's
        "By continuing the talks, the parties hope to reach a deal by spring.",  # no consent
        "I agree that the coach may call me a stubborn player, she laughed.",  # no "contact me"
        "Regulators said the company shared personal data of millions of users.",  # not "we"
        "The phone keeps processing your data overnight, the researchers found.",  # not "we" or "us"
        line(12, stopwords=4, end="."),
    ],
)
def test_a_line_that_only_speaks_of_terms_or_data_is_left_alone(text: str) -> None:
    assert first_vote(LegalNotice(), text) is None


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("https://shop.example/pages/privacy-policy", None),
        ("https://shop.example/legal/", None),
        ("https://shop.example/p/12", "Privacy Policy"),
    ],
)
def test_a_page_about_the_policy_keeps_its_notices(url: str, title: str | None) -> None:
    policy = page(TERMS, url).model_copy(update={"title_hint": title})

    assert LegalNotice().vote(policy) == [None]


def test_a_page_about_something_else_has_its_notices_voted() -> None:
    shop = page(TERMS, "https://shop.example/products/wool-runners").model_copy(update={"title_hint": "Wool Runners"})

    assert LegalNotice().vote(shop)[0] is not None

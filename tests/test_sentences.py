"""The sentence splitter: a table of texts and the sentences they must give."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.documents.sentences import split, split_spans

EXAMPLES = [
    ("Deaths rose c. 1960. Then they fell.", ["Deaths rose c. 1960.", "Then they fell."]),
    ("See vol. 52, pp. 51–73. Next.", ["See vol. 52, pp. 51–73.", "Next."]),
    ("Dr. Smith met the U.S. envoy. He left.", ["Dr. Smith met the U.S. envoy.", "He left."]),
    ("Some, e.g. Peng, disagree. Others agree.", ["Some, e.g. Peng, disagree.", "Others agree."]),
    ("Kung, J. K. S. and Lin argued so. Yes.", ["Kung, J. K. S. and Lin argued so.", "Yes."]),
    ('He said, "Famine killed millions." Then he left.', ['He said, "Famine killed millions."', "Then he left."]),
    ("He wrote “It was man-made.” Others agreed.", ["He wrote “It was man-made.”", "Others agreed."]),
    ("It ended in Jan. 1961 after three years. Good.", ["It ended in Jan. 1961 after three years.", "Good."]),
    ("Ashton et al. (1984) put it at 30 million. Fine!", ["Ashton et al. (1984) put it at 30 million.", "Fine!"]),
    ("Is it? Yes. Really.", ["Is it?", "Yes.", "Really."]),
    ("C. Ó Gráda reviewed the books. He agreed.", ["C. Ó Gráda reviewed the books.", "He agreed."]),
    ("No stop at the end", ["No stop at the end"]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", EXAMPLES)
def test_split(text, expected):
    assert split(text) == expected


def test_spans_are_offsets_into_the_text():
    text = "  First one.  Second one. "
    assert [text[a:b] for a, b in split_spans(text)] == ["First one.", "Second one."]


def test_word_before_a_stop_is_the_word_that_ends_there() -> None:
    import re

    from glfcheck.documents.sentences import _WORD_WINDOW, _word_before

    def whole(text: str, stop: int) -> str:
        m = re.search(r"([\w.'’\-]+)$", text[:stop])
        return m.group(1)[-_WORD_WINDOW:] if m else ""

    texts = ["Famine " * 40 + "in the U.S.", "x" * 150 + "y.", "a " * 80 + "b-c'd’e.f\n.", " " * 120 + ".", ""]
    for text in texts:
        for stop in range(len(text) + 1):
            assert _word_before(text, stop) == whole(text, stop), (text, stop)


@settings(max_examples=500)
@given(st.text(alphabet="ab C.D'’-_ \n1é?!“”()", max_size=90), st.integers(min_value=0, max_value=90))
def test_the_word_before_a_stop_is_what_the_word_pattern_finds(text, stop):
    r"""_word_before reads backwards for speed; it must find what `[\w.'’\-]+$` found in the same
    64-character window."""
    import re

    from glfcheck.documents.sentences import _WORD_WINDOW, _word_before

    stop = min(stop, len(text))
    m = re.compile(r"[\w.'’\-]+$").search(text, max(0, stop - _WORD_WINDOW), stop)
    assert _word_before(text, stop) == (m.group(0) if m else "")

"""Table-driven tests for the mechanisms that make the gate generalise beyond the dev corpus.

Every review, name and detail here is invented. Reviews are written with inline markup ([[HEALTH:...]]) so the
review findings are fixed by the test, not by whatever the PHI detector currently finds: the echo rule must work
with a broad scanner (long phrases such as "speech delay" or "contact lens") as well as with a narrow one.
"""

from __future__ import annotations

import re

import pytest

from app.phi.types import PhiFinding
from app.replycheck.checker import check_reply
from app.replycheck.rules import CONFIRMS_PATIENT, DEFENSIVE, ECHO_PHI, GUARANTEE, INCENTIVE, MEDICAL_ADVICE, NEW_PHI
from app.replycheck.types import PracticeContact, ReplyCheckInput

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def _parse(marked: str) -> tuple[str, tuple[PhiFinding, ...]]:
    out: list[str] = []
    found: list[PhiFinding] = []
    pos = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(s) for s in out)
        out.append(m.group(2))
        found.append(PhiFinding(m.group(1), start, start + len(m.group(2)), 1.0, "test"))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), tuple(found)


@pytest.fixture(scope="module")
def run(detector):
    def _run(marked_review: str, draft: str, *, name: str = "Pat Placeholder", practice: PracticeContact | None = None):
        review, found = _parse(marked_review)
        if not found:  # an empty tuple makes the checker scan the review; keep the test's own (empty) view
            found = (PhiFinding("PROVIDER", 0, 0, 1.0, "test"),)
        inp = ReplyCheckInput(
            review_text=review,
            reviewer_name=name,
            draft=draft,
            review_findings=found,
            practice=practice or PracticeContact(),
            rating=2,
        )
        return check_reply(inp, detector=detector)

    return _run


def _flagged(findings, draft: str, rule: str) -> list[str]:
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


# --- ECHO_PHI: soft words never echo alone; the phrase's core must come back ---------------------------------

SOFT_NOT_ECHO = [
    ("My son has a [[HEALTH:speech delay]] and they were great.", "We're sorry for any delays in reaching our office."),
    ("I came in for a [[HEALTH:contact lens]] fitting.", "Please contact our office manager at (555) 010-0111."),
    ("My [[HEALTH:hearing aids]] whistle constantly.", "We're sorry to hear this and would like to talk."),
    ("I have [[HEALTH:high blood pressure]] and nobody listened.", "We hold our whole team to high standards."),
    ("I [[HEALTH:tested positive]] and nobody called me.", "We're glad to know about the positives and negatives."),
    ("I was having [[HEALTH:suicidal thoughts]] and felt dismissed.", "Thank you for sharing your thoughts with us."),
    ("I have [[HEALTH:walking pneumonia]] now.", "Everyone who walks into our office deserves respect."),
    ("My kid was [[HEALTH:running a fever]] for days.", "We know running behind is frustrating for everyone."),
    ("I had a [[HEALTH:racing heart]] all night.", "We take feedback like this to heart."),
    ("I'm [[HEALTH:expecting]] and they were rude.", "Everyone should know what to expect when they call us."),
    ("They never explained my [[HEALTH:cholesterol numbers]].", "Please call our main number and ask for Sam."),
]


@pytest.mark.parametrize(("review", "draft"), SOFT_NOT_ECHO)
def test_soft_words_alone_are_not_an_echo(run, review, draft):
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


CORE_ECHO = [
    ("My son has a [[HEALTH:speech delay]] and they were great.", "Our speech team is the best in town.", "speech"),
    ("I have [[HEALTH:high blood pressure]] and nobody listened.", "Blood work is never rushed here.", "Blood"),
    ("My [[HEALTH:hearing aids]] whistle constantly.", "New aids can take time to settle.", "aids"),
    ("They never explained my [[HEALTH:cholesterol numbers]].", "Cholesterol questions are welcome.", "Cholesterol"),
    # a phrase of only soft words matches in the same form used as a noun
    ("I lost my [[HEALTH:hearing]] in one ear.", "We're sorry about the hearing loss.", "hearing"),
]


@pytest.mark.parametrize(("review", "draft", "expected"), CORE_ECHO)
def test_core_of_a_phrase_still_echoes(run, review, draft, expected):
    assert expected in _flagged(run(review, draft), draft, ECHO_PHI)


# --- ECHO_PHI: names ------------------------------------------------------------------------------------------

NAME_CASES = [
    # (review, reviewer name, draft, flagged substring or None)
    ("Waited a long time.", "Omar Al-Fakeh", "Por favor comuníquese al número principal.", None),
    ("Waited a long time.", "Omar Al-Fakeh", "Gracias, Sr. Al-Fakeh.", "Fakeh"),
    ("Waited a long time.", "Van Testperson", "We ride the van to work too.", None),
    ("[[PERSON:Priyanka]] took such good care of us.", "Ash Lorem", "We'll pass this along to Priyanka.", None),
    ("[[PERSON:Priyanka]] took such good care of us.", "Ash Lorem", "Priyanka and the rest of our team thank you!", None),
    ("[[PERSON:Priyanka]] took such good care of us.", "Ash Lorem", "We'll share your words with Ms. Priyanka.", None),
    ("My daughter [[PERSON:Priyanka]] loved it.", "Ash Lorem", "We'll pass this along to Priyanka.", "Priyanka"),
    ("My daughter [[PERSON:Priyanka]] loved it.", "Ash Lorem", "Priyanka was so brave!", "Priyanka"),
    ("La [[PROVIDER:Dra. Quintanilla]] fue muy amable.", "Ash Lorem", "Gracias, lo compartiremos con la Dra. Quintanilla.", None),
    ("Best office at Cedar Hollow Family Dental, hands down.", "Ash Lorem",
     "Thank you from all of us at Cedar Hollow Family Dental!", None),
    ("I moved here from Fakeburg and love it.", "Ash Lorem", "Fakeburg is lovely this time of year.", "Fakeburg"),
]


@pytest.mark.parametrize(("review", "name", "draft", "expected"), NAME_CASES)
def test_names(run, review, name, draft, expected):
    flagged = _flagged(run(review, draft, name=name), draft, ECHO_PHI)
    if expected is None:
        assert flagged == []
    else:
        assert any(expected in f for f in flagged), flagged


# --- ECHO_PHI: identifiers, dates, concept groups -------------------------------------------------------------

ECHO_MISC = [
    # identifiers compared verbatim even if the scanner missed them
    ("Write me at fake.person@mail.example, nobody answers.", "We replied to fake.person@mail.example today.",
     "fake.person@mail.example"),
    ("Claim #77310 is still open.", "Claim 77310 was reviewed.", "77310"),
    # a month that is also a stop word, written as a date
    ("We're due in [[DATE_TIME:May]]!", "We can't wait to hear the news in May.", "May"),
    # pointing back at the review's date
    ("They ignored me [[DATE_TIME:Saturday night]].", "We looked into what happened that weekend.", "that weekend"),
    # concept groups
    ("This was right after my divorce, so it hit hard.", "We're glad to help during a difficult personal chapter.",
     "difficult personal chapter"),
    ("I lost a day of pay at the warehouse over this.", "We know missing a shift is hard.", "shift"),
    ("Our first round of [[HEALTH:IVF]] worked!", "Helping families grow is why we do this.", "families grow"),
]


@pytest.mark.parametrize(("review", "draft", "expected"), ECHO_MISC)
def test_echo_misc(run, review, draft, expected):
    assert any(expected in f for f in _flagged(run(review, draft), draft, ECHO_PHI))


ECHO_MISC_NEGATIVE = [
    ("We're due in [[DATE_TIME:May]]!", "May we ask you to call our office?"),
    ("Front desk was rude.", "We looked into what happened that weekend."),  # no date in the review
    ("Front desk was rude.", "We're glad to help everyone through a difficult chapter."),  # no life event
]


@pytest.mark.parametrize(("review", "draft"), ECHO_MISC_NEGATIVE)
def test_echo_misc_negative(run, review, draft):
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


# --- Other rules: new patterns and narrowed ones --------------------------------------------------------------

NEUTRAL = "The lobby was cold and the music was loud."

RULE_CASES = [
    # (rule, draft, flagged?)
    (CONFIRMS_PATIENT, "We've reviewed the call logs from the front desk.", True),
    (CONFIRMS_PATIENT, "We listened to the recording of the call.", True),
    (CONFIRMS_PATIENT, "It was a pleasure to have you in the office.", True),
    (CONFIRMS_PATIENT, "We're glad our team could support you through this.", True),
    (CONFIRMS_PATIENT, "So glad you're loving the results!", True),
    (CONFIRMS_PATIENT, "Next time, please call ahead and ask for Sam.", True),
    (CONFIRMS_PATIENT, "We learned from this, and next time, every caller will get an answer.", False),
    (CONFIRMS_PATIENT, "Whatever happens, we've got your back.", False),
    (CONFIRMS_PATIENT, "We hope this puts a smile on your face.", False),
    (NEW_PHI, "The cholesterol was slightly high last time.", True),
    (NEW_PHI, "The labs came back normal.", True),
    (NEW_PHI, "Dr. Lee will call you this week about it.", True),
    (NEW_PHI, "We can go over the new dosage by phone.", True),
    (NEW_PHI, "The balance has been sent to collections.", True),
    (NEW_PHI, "The follow-up is on the 14th.", True),
    (NEW_PHI, "Orders that depend on outside labs can take longer than we'd like.", False),
    (NEW_PHI, "Response times are high on our list of priorities.", False),
    (DEFENSIVE, "A short appointment does not mean a rushed one.", True),
    (DEFENSIVE, "She has worked here for years without a single complaint.", True),
    (DEFENSIVE, "This was explained at the appointment.", True),
    (DEFENSIVE, "The consent form clearly covers this.", True),
    (DEFENSIVE, "Our provider documented every measurement.", True),
    (DEFENSIVE, "Our instruction sheet clearly states the timing.", True),
    (DEFENSIVE, "We're reviewing every instruction sheet we hand out.", False),
    (GUARANTEE, "This will not happen to any family again.", True),
    (GUARANTEE, "You have our word.", True),
    (GUARANTEE, "Laser results are permanent.", True),
    (GUARANTEE, "We're working hard so that fewer calls go unanswered.", False),
    (INCENTIVE, "We'd like to cover the lost wages for the day.", True),
    (INCENTIVE, "We can do it at half price.", True),
    (INCENTIVE, "Feel free to call our office manager.", False),
    (MEDICAL_ADVICE, "¡Gracias! Recuerde evitar alimentos duros.", True),
    (MEDICAL_ADVICE, "Le recomendamos tomar mucha agua.", True),
    (MEDICAL_ADVICE, "Touch-up sessions every few months help.", True),
    (MEDICAL_ADVICE, "A nightly routine will keep flare-ups away.", True),
    (MEDICAL_ADVICE, "Recuerde que puede llamarnos al (555) 010-0152.", False),
]


@pytest.mark.parametrize(("rule", "draft", "flagged"), RULE_CASES)
def test_rule_patterns(run, rule, draft, flagged):
    assert bool(_flagged(run(NEUTRAL, draft), draft, rule)) is flagged


def test_messages_never_quote_text(run):
    review = "My [[HEALTH:hearing aids]] whistle and [[PERSON:Zebulon]] my son agrees. Email me at zz.top@mail.example."
    draft = "Zebulon, new aids can take time; we emailed zz.top@mail.example and the labs came back normal."
    findings = run(review, draft)
    assert findings
    for f in findings:
        for fragment in ("Zebulon", "aids", "zz.top", "labs came back"):
            assert fragment not in f.message

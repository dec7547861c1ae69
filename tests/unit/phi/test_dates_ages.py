"""DateTimeRecognizer and AgeRecognizer, plus the spaCy DATE filters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I was seen on April 9th by the PA.", "April 9th"),
        ("The surgery was 11/02/2023 and went fine.", "11/02/2023"),
        ("Booked for 2024-05-17 online.", "2024-05-17"),
        ("Called Tuesday morning and again that night.", "Tuesday morning"),
        ("Called Tuesday morning and again that night.", "that night"),
        ("I was there yesterday and they were rude.", "yesterday"),
        ("Last Friday at 3:45pm the phones were down.", "Last Friday at 3:45pm"),
        ("Two weeks ago they lost my file.", "Two weeks ago"),
        ("The next morning the swelling was worse.", "The next morning"),
        ("We came in on Christmas Eve.", "Christmas Eve"),
        ("I have seen her since 2012.", "2012"),
        ("My biopsy was in May and nobody called.", "May"),
        ("Since last winter my knee hurts.", "last winter"),
        ("Llegamos el 3 de abril con fiebre.", "3 de abril"),
        ("She relapsed that same week.", "that same week"),
        ("I called on the 11th and again on the 14th, when nobody answered.", "the 11th"),
        ("I cancelled three days ahead and was still charged.", "three days ahead"),
        ("Nobody called the night my father passed.", "the night my father passed"),
        ("La semana siguiente me cobraron otra vez.", "La semana siguiente"),
    ],
)
def test_dates(finds, text, substring):
    assert "DATE_TIME" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Waited 2 hours in the lobby.", "2 hours"),
        ("I have been a patient for 11 years.", "11 years"),
        ("We go every week for therapy.", "every week"),
        ("10/10 would recommend.", "10/10"),
        ("They may call you back, they said.", "may"),
        ("Sat in the lobby forever.", "Sat"),
        ("Walk-ins welcome until 7pm on weekdays.", "7pm"),
        ("Then 20 minutes later they called my name.", "20 minutes later"),
    ],
)
def test_not_dates(finds, text, substring):
    assert "DATE_TIME" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The office is on the 4th floor, past the elevators.", "4th"),
        ("It was my 2nd visit and the wait was long.", "2nd"),
    ],
)
def test_ordinals_that_are_not_days(finds, text, substring):
    assert "DATE_TIME" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("My 8-year-old loved the dentist.", "8-year-old"),
        ("I'm 67 and they treated me like a kid.", "67"),
        ("She's 4 now and doing great.", "4"),
        ("At 52 I did not expect a heart attack.", "52"),
        ("Our 3yo screamed the whole time.", "3yo"),
        ("My son Theo (11) needed stitches.", "11"),
        ("Mi hijo de 6 años tenía fiebre.", "6 años"),
        ("Still 70 years young!", "70"),
        ("He was 2 weeks old at his first visit.", "2 weeks old"),
    ],
)
def test_ages(finds, text, substring):
    assert "AGE" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I'm 10 minutes away from the office.", "10"),
        ("They stop taking walk-ins at 6 sharp.", "6"),
        ("I was 15 minutes late once.", "15"),
    ],
)
def test_not_ages(finds, text, substring):
    assert "AGE" not in finds(text, substring)

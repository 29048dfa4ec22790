"""The client's words for the WGB start meeting follow seed 004: "Ten slotte volgt een formeel
startgesprek met vier partijen (klant/cliënt, behandelaar, arbeidsdeskundige,
re-integratiecoach)": the formal meeting after the preparation, not the first conversation
(that is the intake)."""

from __future__ import annotations

from werkpad.portal.selectors.words import MEETING_HELP, PHASE_HELP
from werkpad.trajectories.models import MeetingKind


def test_the_startgesprek_is_the_formal_meeting_after_the_preparation() -> None:
    meeting = str(MEETING_HELP[MeetingKind.STARTGESPREK])
    phase = str(PHASE_HELP["startgesprek"])
    assert meeting.startswith("Het officiële startgesprek, na de voorbereiding.")
    assert phase.startswith("De voorbereiding is klaar. In het officiële startgesprek")
    for text in (meeting, phase):
        assert "eerste gesprek" not in text
    # The first conversation is the intake.
    assert "eerste gesprek" in str(PHASE_HELP["intake"])

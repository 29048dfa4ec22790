"""The data category of what a professional writes without choosing one: after the writer's
role, and for a goal after its life domain (issue 11)."""

from __future__ import annotations

from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Role

# The data category of free text a professional writes without choosing one (a phase
# change's reason, a referral's or a decline's reason), after the writer's role: what a
# behandelaar writes is about treatment, what a verzekeringsarts writes about belastbaarheid,
# what a coach, klantmanager or arbeidsdeskundige writes about the route to work.
AUTHOR_CATEGORY = {
    Role.BEHANDELAAR: DataCategory.BEHANDELING,
    Role.VERZEKERINGSARTS: DataCategory.BELASTBAARHEID,
}


def author_category(role: str | None) -> str:
    return str(AUTHOR_CATEGORY.get(role or "", DataCategory.REINTEGRATIE))  # type: ignore[call-overload]


# The default data category of a goal, after its life domain and the author's role (issue 11,
# item 4): what is written about health by a behandelaar is treatment, by a verzekeringsarts
# belastbaarheid, by anyone else wellbeing; what a verzekeringsarts writes about work is
# belastbaarheid too. Income and daytime activity/education are steps on the route to work
# (reintegratie); housing and social life are wellbeing. A category that lets more people
# read than this default needs the author's confirmation (``_check_widening`` in
# services/_shared.py).
GOAL_CATEGORY: dict[str, str] = {
    "werk": DataCategory.WERK,
    "inkomen": DataCategory.REINTEGRATIE,
    "wonen": DataCategory.WELZIJN,
    "gezondheid": DataCategory.WELZIJN,
    "sociaal": DataCategory.WELZIJN,
    "dagbesteding": DataCategory.REINTEGRATIE,
}
GOAL_CATEGORY_BY_ROLE: dict[tuple[str, str], str] = {
    ("gezondheid", Role.BEHANDELAAR): DataCategory.BEHANDELING,
    ("gezondheid", Role.VERZEKERINGSARTS): DataCategory.BELASTBAARHEID,
    ("werk", Role.VERZEKERINGSARTS): DataCategory.BELASTBAARHEID,
}


def default_category(life_domain: str | None, role: str | None) -> str:
    """A goal's category when the author does not choose one; without a life domain (a
    note, an action without a goal) the author's role decides (``author_category``)."""
    if not life_domain:
        return author_category(role)
    found = GOAL_CATEGORY_BY_ROLE.get((life_domain, role or ""))
    return str(found or GOAL_CATEGORY.get(life_domain) or author_category(role))

"""What a client is told about who in a peer group sees what (decision 0030), as the group is
now: on every card, after joining and after offering to host. Words only: who may see what
is the policy's (``access/policy/rules/portal.py``); these sentences must say the same."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .models import PeerGroup


def who_sees_your_name(group: PeerGroup) -> str:
    """Who in ``group`` sees that a member takes part, and by which name: the host by first
    name, the facilitator by full name; with neither, only who offers to host is seen, by
    the organisation that started the group. Nothing of anyone's file."""
    told = [_("Wie ziet dat je meedoet?")]
    if group.host_id is not None:
        told.append(
            _(
                "%(host)s, de gastvrouw of gastheer van de groep, ziet je voornaam en sinds "
                "wanneer je meedoet."
            )
            % {"host": group.host_name}
        )
    facilitator = group.facilitator if group.facilitator_id is not None else None
    if facilitator is not None:
        told.append(
            _("%(name)s, de begeleider, ziet je naam en sinds wanneer je meedoet.")
            % {"name": facilitator.full_name}
        )
    if group.host_id is None and facilitator is None:
        told.append(
            _(
                "Niemand: de groep heeft nog geen gastvrouw of gastheer en geen begeleider. "
                "%(organisation)s, die de groep is gestart, ziet alleen de voornaam van wie "
                "aanbiedt gastvrouw of gastheer te zijn."
            )
            % {"organisation": group.organisation.name}
        )
    told.append(_("Je dossier ziet niemand van de groep."))
    return " ".join(told)


def who_sees_your_offer(group: PeerGroup) -> str:
    """Who sees that a member offered to host ``group``, by first name: the organisation
    that started it, the facilitator, and the host (who may hand it on)."""
    told = [
        _(
            "%(organisation)s, die de groep is gestart, ziet je voornaam en kan je gastvrouw "
            "of gastheer maken."
        )
        % {"organisation": group.organisation.name}
    ]
    facilitator = group.facilitator if group.facilitator_id is not None else None
    if facilitator is not None:
        told.append(_("Dat kan ook %(name)s, de begeleider.") % {"name": facilitator.full_name})
    if group.host_id is not None:
        told.append(
            _("%(host)s, nu gastvrouw of gastheer, ziet je aanbod ook en kan het aan je doorgeven.")
            % {"host": group.host_name}
        )
    return " ".join(told)

"""Every URL here is in the access-matrix test (werkpad/access/tests/test_access_matrix.py);
a pattern missing from its table fails the suite."""

from django.urls import include, path

from werkpad.accounts import views as account_views
from werkpad.api.urls import api_urls
from werkpad.core import views as core_views
from werkpad.organisations import views as organisation_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("health/", core_views.health, name="health"),
    path("taal/", account_views.set_language, name="set_language"),
    path("rol/", organisation_views.choose_membership, name="choose_membership"),
    path("profiel/", account_views.profile, name="profile"),
    path("sessies/", account_views.sessions, name="sessions"),
    path("sessie/verlengen/", account_views.session_renew, name="session_renew"),
    path("sessie/status/", account_views.session_status, name="session_status"),
    path("beheer/gebruikers/", include("werkpad.organisations.urls")),
    path("beheer/toegangslog/", include("werkpad.audit.urls")),
    path("clienten/", include("werkpad.clients.urls")),
    path("clienten/", include("werkpad.access.urls")),  # break the glass (decision 0033)
    path("", include("werkpad.trajectories.urls")),
    path("", include("werkpad.employment.urls")),
    path("", include("werkpad.portal.urls")),
    path("netwerk/", include("werkpad.network.urls")),
    path("api/", api_urls()),
    path("accounts/", include("allauth.urls")),
]

"""Every URL here is in the access-matrix test."""

from django.urls import path

from . import views

app_name = "employment"

urlpatterns = [
    # Job development (professionals)
    path("werk/", views.home, name="home"),
    path("werk/werkgevers/", views.employer_list, name="employers"),
    path("werk/werkgevers/nieuw/", views.employer_create, name="employer_create"),
    path("werk/werkgevers/<int:pk>/", views.employer_detail, name="employer_detail"),
    path("werk/werkgevers/<int:pk>/bewerken/", views.employer_update, name="employer_update"),
    path(
        "werk/werkgevers/<int:pk>/contactpersoon/",
        views.contact_person_add,
        name="contact_person_add",
    ),
    path(
        "werk/werkgevers/<int:pk>/contact/", views.employer_contact_log, name="employer_contact_log"
    ),
    path("werk/werkgevers/<int:pk>/vacature/", views.vacancy_create, name="vacancy_create"),
    path("werk/vacatures/", views.vacancy_list, name="vacancies"),
    path("werk/vacatures/<int:pk>/", views.vacancy_detail, name="vacancy_detail"),
    path("werk/vacatures/<int:pk>/bewerken/", views.vacancy_update, name="vacancy_update"),
    path("werk/ips-cijfers/", views.figures, name="figures"),
    path("werk/wegwijzer/", views.guide, name="guide"),
    # On a trajectory
    path("trajecten/<int:pk>/loopbaanprofiel/", views.profile, name="profile"),
    path(
        "trajecten/<int:pk>/loopbaanprofiel/werkervaring/",
        views.history_add,
        name="history_add",
    ),
    path("trajecten/<int:pk>/vacatures/", views.matches, name="matches"),
    path(
        "trajecten/<int:pk>/werkplekscan/",
        views.workplace_scan_record,
        name="workplace_scan_record",
    ),
    path("trajecten/<int:pk>/plaatsing/", views.placement_record, name="placement_record"),
    path("werkplekscans/<int:pk>/", views.scan_detail, name="scan_detail"),
    path("plaatsingen/<int:pk>/", views.placement_detail, name="placement_detail"),
    path("plaatsingen/<int:pk>/instrument/", views.instrument_apply, name="instrument_apply"),
    path("instrumenten/<int:pk>/besluit/", views.instrument_update, name="instrument_update"),
    path("instrumenten/<int:pk>/beeindigen/", views.instrument_end, name="instrument_end"),
    path("plaatsingen/<int:pk>/nazorg/", views.follow_up_add, name="follow_up_add"),
    path("nazorg/<int:pk>/verbeteren/", views.follow_up_correct, name="follow_up_correct"),
    path("nazorg/<int:pk>/terugtrekken/", views.follow_up_withdraw, name="follow_up_withdraw"),
    path(
        "werk/mijn-contact-voor-werkgevers/", views.my_employer_contact, name="my_employer_contact"
    ),
    path("plaatsingen/<int:pk>/checkin/", views.checkin_record, name="checkin_record"),
    path("plaatsingen/<int:pk>/beeindigen/", views.placement_end, name="placement_end"),
    path("signalen/<int:pk>/afhandelen/", views.signal_resolve, name="signal_resolve"),
    # The employer's own pages
    path("werkgever/", views.employer_home, name="employer_home"),
    path("werkgever/vacature/", views.employer_vacancy_create, name="employer_vacancy_create"),
    path("werkgever/vacatures/", views.employer_vacancies, name="employer_vacancies"),
    path(
        "werkgever/vacatures/<int:pk>/bewerken/",
        views.employer_vacancy_update,
        name="employer_vacancy_update",
    ),
    path(
        "werkgever/vacatures/<int:pk>/sluiten/",
        views.employer_vacancy_close,
        name="employer_vacancy_close",
    ),
    path(
        "werkgever/vacatures/<int:pk>/heropenen/",
        views.employer_vacancy_reopen,
        name="employer_vacancy_reopen",
    ),
    path("werkgever/plaatsingen/<int:pk>/", views.employer_placement, name="employer_placement"),
    path("werkgever/wegwijzer/", views.employer_guide, name="employer_guide"),
    # Regional sharing of employers (functioneel beheerder)
    path("beheer/werkgevers-delen/", views.sharing, name="sharing"),
    # The worker's check-in
    path("mijn-werk/checkin/", views.my_checkin, name="my_checkin"),
]

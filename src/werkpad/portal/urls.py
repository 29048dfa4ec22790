"""The client portal and the professional pages that serve it. Every URL is in the access
matrix (werkpad/portal/tests/matrix/, merged into the access-matrix test)."""

from django.urls import path

from .views import data, disclosure, groups, messages, my_path

app_name = "portal"

urlpatterns = [
    # Logging in: the team's invitation, the client's password and an optional second factor.
    path("clienten/<str:public_id>/uitnodigen/", my_path.invite, name="invite"),
    path("uitnodiging/<str:token>/", my_path.accept, name="accept"),
    path("mijn/tweede-stap/", my_path.second_factor, name="second_factor"),
    # My path, my pace, my ladder.
    path("mijn/", my_path.home, name="home"),
    path("mijn/doelen/nieuw/", my_path.goal_add, name="goal_add"),
    path("mijn/acties/<int:pk>/gedaan/", my_path.action_done, name="action_done"),
    path("mijn/acties/<int:pk>/terugzetten/", my_path.action_undo, name="action_undo"),
    path("mijn/tempo/", my_path.pace, name="pace"),
    path("mijn/ladder/", my_path.ladder, name="ladder"),
    # Openness at work: the private worksheet and what the employer may see.
    path("mijn/open-zijn/", disclosure.overview, name="disclosure"),
    path("mijn/open-zijn/stap/<int:step>/", disclosure.step, name="disclosure_step"),
    path("mijn/open-zijn/samenvatting/", disclosure.summary, name="disclosure_summary"),
    path("mijn/open-zijn/werkgever/", disclosure.employer_choices, name="disclosure_employers"),
    path(
        "mijn/open-zijn/werkgever/<int:employer>/",
        disclosure.employer_choice,
        name="disclosure_employer",
    ),
    # Income, consents, who saw my file, my data.
    path("mijn/inkomen/", data.income, name="income"),
    path("mijn/inkomen/voorbeeld/", data.income_example, name="income_example"),
    path("mijn/inkomen/vraag/", data.income_question, name="income_question"),
    path("mijn/toestemmingen/", data.consents, name="consents"),
    path("mijn/toestemmingen/<int:pk>/intrekken/", data.consent_withdraw, name="consent_withdraw"),
    path("mijn/toestemmingen/<int:pk>/bevestigen/", data.consent_confirm, name="consent_confirm"),
    path("mijn/toestemmingen/voorstel/<int:pk>/", data.proposal_decide, name="proposal_decide"),
    path(
        "clienten/<str:public_id>/toestemming-voorstellen/",
        data.consent_propose,
        name="consent_propose",
    ),
    path("mijn/wie-keek/", data.access_log, name="access_log"),
    path("mijn/gegevens/", data.my_data, name="my_data"),
    path("mijn/gegevens/werkpad.json", data.export_json, name="export_json"),
    path("mijn/gegevens/werkpad.pdf", data.export_pdf, name="export_pdf"),
    path("mijn/gegevens/verzoek/", data.data_request, name="data_request"),
    path("beheer/verzoeken/", data.data_requests, name="data_requests"),
    path("beheer/verzoeken/<int:pk>/", data.data_request_handle, name="data_request_handle"),
    # Messages with the team.
    path("mijn/berichten/", messages.threads, name="threads"),
    path("mijn/berichten/nieuw/", messages.thread_new, name="thread_new"),
    path("mijn/berichten/<int:pk>/", messages.thread, name="thread"),
    path("trajecten/<int:pk>/berichten/", messages.pro_threads, name="pro_threads"),
    path("berichten/<int:pk>/", messages.pro_thread, name="pro_thread"),
    # Peer-support groups.
    path("mijn/groepen/", groups.groups, name="groups"),
    path("mijn/groepen/<int:pk>/meedoen/", groups.join, name="group_join"),
    path("mijn/groepen/<int:pk>/stoppen/", groups.leave, name="group_leave"),
    path("mijn/groepen/<int:pk>/delen/", groups.share, name="group_share"),
    path("mijn/groepen/<int:pk>/hosten/", groups.volunteer, name="group_volunteer"),
    path("mijn/groepen/<int:pk>/gastheer/", groups.host, name="group_host"),
    path("mijn/groepen/<int:pk>/gastheer/overdragen/", groups.host_hand, name="group_host_hand"),
    path("mijn/groepen/<int:pk>/gastheer/stoppen/", groups.host_stop, name="group_host_stop"),
    path("groepen/", groups.facilitator_groups, name="facilitator_groups"),
    path("groepen/starten/", groups.start, name="group_start"),
    path("groepen/<int:pk>/", groups.facilitator_group, name="facilitator_group"),
    path("groepen/<int:pk>/gastheer/", groups.appoint_host, name="group_appoint_host"),
    path("groepen/<int:pk>/terugtreden/", groups.step_back, name="group_step_back"),
    path("groepen/<int:pk>/begeleiding/", groups.facilitator_set, name="group_facilitator"),
]

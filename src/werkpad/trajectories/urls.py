from django.urls import path

from . import views

app_name = "trajectories"

urlpatterns = [
    path("caseload/", views.caseload, name="caseload"),
    path("verwijzingen/", views.referral_list, name="referrals"),
    path("verwijzingen/<int:pk>/", views.referral_detail, name="referral"),
    path("intakes/cijfers/", views.intake_figures, name="intake_figures"),
    path("overdragen/", views.team_handover, name="team_handover"),
    path("clienten/<str:public_id>/intake/", views.intake_record, name="intake_record"),
    path("clienten/<str:public_id>/verwijzen/", views.referral_create, name="referral_create"),
    path("clienten/<str:public_id>/traject-starten/", views.start, name="start"),
    path("trajecten/<int:pk>/", views.detail, name="detail"),
    path("trajecten/<int:pk>/tijdlijn/", views.timeline, name="timeline"),
    path("trajecten/<int:pk>/fase/", views.phase_change, name="phase_change"),
    path("trajecten/<int:pk>/team/", views.team, name="team"),
    path("trajecten/<int:pk>/team/<int:member_id>/beeindigen/", views.team_end, name="team_end"),
    path("trajecten/<int:pk>/doelen/nieuw/", views.goal_create, name="goal_create"),
    path("trajecten/<int:pk>/doelen/<int:goal_id>/", views.goal_update, name="goal_update"),
    path("trajecten/<int:pk>/acties/nieuw/", views.action_create, name="action_create"),
    path(
        "trajecten/<int:pk>/acties/<int:action_id>/gedaan/",
        views.action_complete,
        name="action_complete",
    ),
    path("trajecten/<int:pk>/gesprekken/nieuw/", views.meeting_record, name="meeting_record"),
    path("trajecten/<int:pk>/gesprekken/plannen/", views.meeting_plan, name="meeting_plan"),
    path("trajecten/<int:pk>/gesprekken/<int:meeting_id>/", views.meeting, name="meeting"),
    path(
        "trajecten/<int:pk>/gesprekken/<int:meeting_id>/pdf/", views.meeting_pdf, name="meeting_pdf"
    ),
    path("trajecten/<int:pk>/ladder/", views.ladder_assess, name="ladder_assess"),
    path("trajecten/<int:pk>/notities/nieuw/", views.note_add, name="note_add"),
]

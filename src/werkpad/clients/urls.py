from django.urls import path

from . import views

app_name = "clients"

urlpatterns = [
    path("", views.client_list, name="list"),
    path("nieuw/", views.client_create, name="create"),
    path("<str:public_id>/", views.client_detail, name="detail"),
    path("<str:public_id>/wijzigen/", views.client_edit, name="edit"),
    path("<str:public_id>/toestemmingen/", views.consents, name="consents"),
    path(
        "<str:public_id>/toestemmingen/<int:consent_id>/formulier/",
        views.consent_document,
        name="consent_document",
    ),
    path(
        "<str:public_id>/toestemmingen/<int:consent_id>/intrekken/",
        views.consent_withdraw,
        name="consent_withdraw",
    ),
]

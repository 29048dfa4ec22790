"""Regional agreements (issue 15, item 6)."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import agreements as views

urlpatterns: list[URLPattern] = [
    path("afspraken/", views.agreements, name="agreements"),
    path("afspraken/<int:pk>/", views.agreement, name="agreement"),
    path("afspraken/<int:pk>/bewerken/", views.agreement_edit, name="agreement_edit"),
    path("afspraken/<int:pk>/doel/", views.target_add, name="agreement_target_add"),
    path("afspraken/<int:pk>/document/", views.document_attach, name="agreement_document_attach"),
    path("afspraken/<int:pk>/document.pdf", views.document, name="agreement_document"),
    path("afspraken/<int:pk>/partner/", views.partner_add, name="agreement_partner_add"),
    path("afspraken/partner/<int:pk>/", views.partner_edit, name="agreement_partner_edit"),
    path(
        "afspraken/partner/<int:pk>/verwijderen/",
        views.partner_remove,
        name="agreement_partner_remove",
    ),
    path("afspraken/doel/<int:pk>/", views.target_edit, name="agreement_target_edit"),
    path(
        "afspraken/doel/<int:pk>/verwijderen/", views.target_remove, name="agreement_target_remove"
    ),
]

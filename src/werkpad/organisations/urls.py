from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("", views.member_list, name="member_list"),
    path("nieuw/", views.member_invite, name="member_invite"),
    path("<int:pk>/", views.member_edit, name="member_edit"),
]

from django.urls import path

from . import views

app_name = "access"

urlpatterns = [
    path(
        "<str:public_id>/toegang-buiten-team/",
        views.break_the_glass,
        name="break_the_glass",
    ),
]

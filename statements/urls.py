from django.urls import path

from statements import views

app_name = "statements"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
]

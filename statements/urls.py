from django.urls import path

from statements import views

app_name = "statements"

urlpatterns = [
    path("", views.home, name="home"),
    path("quotes/", views.quote_list, name="quotes"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote"),
    path("quotes.csv", views.quotes_csv, name="quotes_csv"),
    path("quotes.json", views.quotes_json, name="quotes_json"),
    path("quotes.atom", views.quotes_atom, name="quotes_atom"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("topics/", views.topic_list, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("compare/", views.compare, name="compare"),
    path("healthz", views.healthz, name="healthz"),
]

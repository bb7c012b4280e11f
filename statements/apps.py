from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements archive"
    default_auto_field = "django.db.models.BigAutoField"

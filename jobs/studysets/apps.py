from django.apps import AppConfig


class StudySetsConfig(AppConfig):
    """Study sets, word lists and known words: built on jobs (its books and sentences); jobs never imports it."""

    name = "jobs.studysets"
    label = "studysets"
    verbose_name = "Study sets"
    default_auto_field = "django.db.models.BigAutoField"

from django.urls import path

from jobs.exports import views

urlpatterns = [
    # "sheets" and "options" first: the generic <fmt> route would otherwise swallow it.
    path("jobs/<uuid:job_id>/export/sheets/", views.job_export_sheets, name="job_export_sheets"),
    path("jobs/<uuid:job_id>/export/options/", views.job_export_panel, name="job_export_panel"),
    path("jobs/<uuid:job_id>/export/<str:fmt>/", views.job_export, name="job_export"),
]

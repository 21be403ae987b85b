from django.urls import path

from jobs.exports import api

urlpatterns = [
    path("jobs/<uuid:job_id>/export/sheets/", api.JobExportSheetsApi.as_view(), name="api-job-export-sheets"),
    path("jobs/<uuid:job_id>/export/<str:fmt>/", api.JobExportApi.as_view(), name="api-job-export"),
]

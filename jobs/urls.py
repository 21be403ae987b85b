from django.urls import include, path

from jobs import views
from jobs.web import editor, history, job, sentences, upload

urlpatterns = [
    path("", views.home, name="home"),
    path("upload/", upload.upload, name="upload"),
    path("history/", history.history, name="history"),
    path("jobs/<uuid:job_id>/", job.detail, name="job_detail"),
    path("jobs/<uuid:job_id>/status/", job.status, name="job_status"),
    path("jobs/<uuid:job_id>/cancel/", job.cancel, name="job_cancel"),
    path("jobs/<uuid:job_id>/retry/", job.retry, name="job_retry"),
    path("jobs/<uuid:job_id>/delete/", job.delete, name="job_delete"),
    path("jobs/<uuid:job_id>/confirm/", upload.confirm, name="job_confirm"),
    path("jobs/<uuid:job_id>/discard/", upload.discard, name="job_discard"),
    path("jobs/<uuid:job_id>/reuse/", upload.reuse, name="job_reuse"),
    path("jobs/<uuid:job_id>/sentences/", sentences.reader, name="job_sentences"),
    path("sentences/<int:sentence_id>/", editor.row, name="sentence_row"),
    path("sentences/<int:sentence_id>/edit/", editor.edit, name="sentence_edit"),
    path("sentences/<int:sentence_id>/undo/", editor.undo, name="sentence_undo"),
    path("sentences/<int:sentence_id>/merge/", editor.merge, name="sentence_merge"),
    path("sentences/<int:sentence_id>/split/", editor.split, name="sentence_split"),
    path("", include("jobs.exports.urls")),
]

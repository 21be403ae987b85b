from django.urls import path

from jobs.studysets import views

urlpatterns = [
    path("study-sets/", views.index, name="study_set_index"),
    path("jobs/<uuid:job_id>/study-sets/", views.for_job, name="job_study_sets"),
    path("study-sets/<uuid:set_id>/", views.detail, name="study_set_detail"),
    path("study-sets/<uuid:set_id>/status/", views.status, name="study_set_status"),
    path("study-sets/<uuid:set_id>/delete/", views.delete, name="study_set_delete"),
    path("study-sets/<uuid:set_id>/items/<int:item_id>/swap/", views.swap, name="study_set_swap"),
    path("study-sets/<uuid:set_id>/export/sheets/", views.export_sheets, name="study_set_export_sheets"),
    path("study-sets/<uuid:set_id>/export/<str:fmt>/", views.export_file, name="study_set_export"),
    path("word-lists/new/", views.word_list_new, name="word_list_new"),
    path("known-words/", views.known_page, name="known_words"),
    path("known-words/import/", views.known_import, name="known_words_import"),
    path("known-words/edit/", views.known_edit, name="known_words_edit"),
    path("known-words/export/", views.known_export, name="known_words_export"),
    path("word-lists/<int:list_id>/delete/", views.word_list_remove, name="word_list_delete"),
]

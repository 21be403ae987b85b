from django.urls import path

from jobs.studysets import api

urlpatterns = [
    path("word-lists/", api.WordListListApi.as_view(), name="api-word-list-list"),
    path("word-lists/<int:list_id>/", api.WordListDetailApi.as_view(), name="api-word-list-detail"),
    path("known-words/", api.KnownWordsApi.as_view(), name="api-known-words"),
    path("study-sets/", api.StudySetListApi.as_view(), name="api-study-set-list"),
    path("study-sets/<uuid:set_id>/", api.StudySetDetailApi.as_view(), name="api-study-set-detail"),
    path(
        "study-sets/<uuid:set_id>/items/<int:item_id>/alternatives/",
        api.StudySetAlternativesApi.as_view(),
        name="api-study-set-alternatives",
    ),
    path(
        "study-sets/<uuid:set_id>/items/<int:item_id>/swap/", api.StudySetSwapApi.as_view(), name="api-study-set-swap"
    ),
    path(
        "study-sets/<uuid:set_id>/export/sheets/",
        api.StudySetExportSheetsApi.as_view(),
        name="api-study-set-export-sheets",
    ),
    path("study-sets/<uuid:set_id>/export/<str:fmt>/", api.StudySetExportApi.as_view(), name="api-study-set-export"),
]

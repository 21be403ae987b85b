"""Study set and word list API views: thin adapters over services and selectors (another user's objects: 404)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from jobs.exports.api import FORMATS, SheetsOutput
from jobs.exports.responses import file_response
from jobs.exports.sheets import authorize_url
from jobs.selectors import job_get
from jobs.studysets import known_words, selectors, services
from jobs.studysets.export import study_set_export, study_set_export_sheets
from jobs.studysets.models import StudySet
from novelproc.api.errors import error_responses
from novelproc.api.negotiation import FileOrJsonErrors
from novelproc.api.throttles import ExportThrottled
from novelproc.errors import ProcessingError

SET_ID = OpenApiParameter("set_id", OpenApiTypes.UUID, OpenApiParameter.PATH)
ITEM_ID = OpenApiParameter("item_id", OpenApiTypes.INT, OpenApiParameter.PATH)
LIST_ID = OpenApiParameter("list_id", OpenApiTypes.INT, OpenApiParameter.PATH)
FMT = OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=FORMATS)
LIST_LIMIT = 200
MODE_CHOICES = StudySet.Mode.choices  # named StudySetModeEnum in the schema (settings)


class WordListSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    word_count = serializers.SerializerMethodField()
    words = serializers.ListField(child=serializers.CharField())
    created_at = serializers.DateTimeField()

    def get_word_count(self, obj) -> int:
        return len(obj.words)


class WordListInput(serializers.Serializer):
    name = serializers.CharField(required=False, allow_blank=True, default="", max_length=120)
    words = serializers.ListField(child=serializers.CharField(max_length=100), required=False)
    text = serializers.CharField(required=False, allow_blank=True, default="", help_text="Pasted words.")
    file = serializers.FileField(required=False, help_text="CSV (first column) or text, one word per line.")


class ItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    rank = serializers.IntegerField()
    sentence_id = serializers.IntegerField()
    text = serializers.CharField(source="sentence.display_text")
    page = serializers.IntegerField(source="sentence.page")
    word_count = serializers.IntegerField(source="sentence.word_count")
    words = serializers.ListField(child=serializers.CharField(), help_text="Lemmas this sentence brings.")
    matches = serializers.ListField(child=serializers.CharField(), help_text="Every list lemma it holds.")
    targets = serializers.ListField(
        child=serializers.CharField(), help_text="The sentence's own words for what it brings, in sentence order."
    )


class StudySetSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    job_id = serializers.UUIDField()
    mode = serializers.CharField()
    list_name = serializers.CharField()
    word_list_id = serializers.IntegerField(allow_null=True)
    max_words = serializers.IntegerField()
    target_percent = serializers.IntegerField(help_text="book: the share of the book's word tokens aimed at.")
    chapters = serializers.IntegerField(help_text="book: only the first chapters (0: the whole book).")
    form_count = serializers.IntegerField(help_text="Word forms in the list as entered.")
    known_count = serializers.IntegerField(help_text="List lemmas left out because the learner knows them.")
    reached_percent = serializers.FloatField(help_text="book: share of the book's word tokens understood with it.")
    marks = serializers.DictField(
        child=serializers.IntegerField(allow_null=True), help_text='book: sentences needed for "80", "90", "95"%.'
    )
    curve = serializers.ListField(
        child=serializers.ListField(child=serializers.FloatField()),
        help_text="book: [sentences, percent of the book's word tokens understood] points.",
    )
    status = serializers.CharField()
    progress_percent = serializers.IntegerField()
    current_step = serializers.CharField()
    error_code = serializers.CharField()
    error_message = serializers.CharField()
    word_count = serializers.IntegerField(help_text="Distinct lemmas the set was computed for.")
    covered_count = serializers.IntegerField()
    sentence_count = serializers.IntegerField()
    missing_words = serializers.ListField(child=serializers.CharField())
    over_limit_words = serializers.ListField(child=serializers.CharField())
    credits_reserved = serializers.IntegerField()
    credits_charged = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)


class StudySetDetailSerializer(StudySetSerializer):
    items = serializers.SerializerMethodField()

    @extend_schema_field(ItemSerializer(many=True))
    def get_items(self, obj) -> list[dict]:
        return ItemSerializer(selectors.study_set_items(study_set=obj), many=True).data


class StudySetInput(serializers.Serializer):
    job = serializers.UUIDField()
    mode = serializers.ChoiceField(choices=MODE_CHOICES, default=StudySet.Mode.COVER)
    word_list = serializers.IntegerField(required=False, allow_null=True, help_text="Empty: the default top-N list.")
    target_percent = serializers.IntegerField(default=90, help_text="book: share of the book's word tokens (10-99).")
    chapters = serializers.IntegerField(default=0, help_text="book: only the first chapters (0: the whole book).")


class AlternativeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField(source="display_text")
    page = serializers.IntegerField()
    word_count = serializers.IntegerField()
    list_words = serializers.ListField(child=serializers.CharField())


class AlternativesSerializer(serializers.Serializer):
    needed = serializers.ListField(child=serializers.CharField(), help_text="Words a replacement must hold.")
    alternatives = AlternativeSerializer(many=True)


class SwapInput(serializers.Serializer):
    sentence = serializers.IntegerField()


class SetSheetsInput(serializers.Serializer):
    mode = serializers.ChoiceField(choices=["new", "append"], default="new")
    spreadsheet_id = serializers.CharField(required=False, allow_blank=True, default="", max_length=500)
    sheet = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)


def _valid(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class WordListListApi(APIView):
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        operation_id="word_lists_list", responses={200: WordListSerializer(many=True), **error_responses(401)}
    )
    def get(self, request: Request) -> Response:
        lists = selectors.word_list_list(owner=request.user)[:LIST_LIMIT]
        return Response(WordListSerializer(lists, many=True).data)

    @extend_schema(
        operation_id="word_lists_create",
        request=WordListInput,
        responses={201: WordListSerializer, **error_responses(400, 401, 413, 415)},
        description="One of `words` (a JSON array), `text` (pasted) or `file` (multipart: CSV first column, or text).",
    )
    def post(self, request: Request) -> Response:
        v = _valid(WordListInput, request.data)
        word_list = services.word_list_create(
            owner=request.user, name=v["name"], text=v["text"], words=v.get("words"), upload=v.get("file")
        )
        return Response(WordListSerializer(word_list).data, status=status.HTTP_201_CREATED)


class WordListDetailApi(APIView):
    @extend_schema(
        operation_id="word_lists_retrieve",
        parameters=[LIST_ID],
        responses={200: WordListSerializer, **error_responses(401, 404)},
    )
    def get(self, request: Request, list_id: int) -> Response:
        return Response(WordListSerializer(selectors.word_list_get(owner=request.user, list_id=list_id)).data)

    @extend_schema(
        operation_id="word_lists_destroy", parameters=[LIST_ID], responses={204: None, **error_responses(401, 404)}
    )
    def delete(self, request: Request, list_id: int) -> Response:
        services.word_list_delete(word_list=selectors.word_list_get(owner=request.user, list_id=list_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class StudySetListApi(APIView):
    @extend_schema(
        operation_id="study_sets_list", responses={200: StudySetSerializer(many=True), **error_responses(401)}
    )
    def get(self, request: Request) -> Response:
        sets = selectors.study_set_list(owner=request.user)[:LIST_LIMIT]
        return Response(StudySetSerializer(sets, many=True).data)

    @extend_schema(
        operation_id="study_sets_create",
        request=StudySetInput,
        responses={201: StudySetSerializer, **error_responses(400, 401, 402, 404, 409, 429)},
        description="Reserve the price and compute the set in the background; poll the set until `completed`.",
    )
    def post(self, request: Request) -> Response:
        v = _valid(StudySetInput, request.data)
        job = job_get(owner=request.user, job_id=v["job"])
        word_list = None
        if v.get("word_list") is not None:
            word_list = selectors.word_list_get(owner=request.user, list_id=v["word_list"])
        study_set = services.study_set_create(
            owner=request.user,
            job=job,
            mode=v["mode"],
            word_list=word_list,
            target_percent=v["target_percent"],
            chapters=v["chapters"],
        )
        return Response(StudySetSerializer(study_set).data, status=status.HTTP_201_CREATED)


class StudySetDetailApi(APIView):
    @extend_schema(
        operation_id="study_sets_retrieve",
        parameters=[SET_ID],
        responses={200: StudySetDetailSerializer, **error_responses(401, 404)},
    )
    def get(self, request: Request, set_id) -> Response:
        study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
        return Response(StudySetDetailSerializer(study_set).data)

    @extend_schema(
        operation_id="study_sets_destroy", parameters=[SET_ID], responses={204: None, **error_responses(401, 404, 409)}
    )
    def delete(self, request: Request, set_id) -> Response:
        services.study_set_delete(study_set=selectors.study_set_get(owner=request.user, set_id=set_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class StudySetAlternativesApi(APIView):
    @extend_schema(
        operation_id="study_sets_item_alternatives",
        parameters=[SET_ID, ITEM_ID],
        responses={200: AlternativesSerializer, **error_responses(401, 404)},
    )
    def get(self, request: Request, set_id, item_id: int) -> Response:
        study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
        item = selectors.study_set_item_get(study_set=study_set, item_id=item_id)
        needed, sentences = selectors.swap_alternatives(
            study_set=study_set, item=item, limit=settings.STUDYSET_SWAP_CHOICES
        )
        return Response(AlternativesSerializer({"needed": needed, "alternatives": sentences}).data)


class StudySetSwapApi(APIView):
    @extend_schema(
        operation_id="study_sets_item_swap",
        parameters=[SET_ID, ITEM_ID],
        request=SwapInput,
        responses={200: ItemSerializer, **error_responses(400, 401, 404, 409)},
        description="Replace the item's sentence by one of its alternatives (400 `swap_loses_coverage`).",
    )
    def post(self, request: Request, set_id, item_id: int) -> Response:
        study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
        item = selectors.study_set_item_get(study_set=study_set, item_id=item_id)
        v = _valid(SwapInput, request.data)
        item = services.study_set_swap(study_set=study_set, item=item, sentence_id=v["sentence"])
        return Response(ItemSerializer(selectors.study_set_item_get(study_set=study_set, item_id=item.pk)).data)


class StudySetExportApi(ExportThrottled):
    content_negotiation_class = FileOrJsonErrors

    @extend_schema(
        operation_id="study_sets_export",
        parameters=[
            SET_ID,
            FMT,
            OpenApiParameter("bom", OpenApiTypes.STR, enum=["0", "1"]),
            OpenApiParameter("subdecks", OpenApiTypes.STR, enum=["0", "1"], description="apkg: a subdeck per chapter"),
        ],
        responses={
            (200, "application/octet-stream"): OpenApiResponse(OpenApiTypes.BINARY),
            **error_responses(400, 401, 404, 409, 429),
        },
        description="The set's sentences (book order) as csv, tsv, txt or apkg, through the job exporters.",
    )
    def get(self, request: Request, set_id, fmt: str):
        study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
        filename, content_type, body = study_set_export(
            study_set=study_set,
            fmt=fmt,
            bom=request.query_params.get("bom") == "1",
            subdecks=request.query_params.get("subdecks") == "1",
        )
        return file_response(filename, content_type, body)


class StudySetExportSheetsApi(ExportThrottled):
    @extend_schema(
        operation_id="study_sets_export_sheets",
        parameters=[SET_ID],
        request=SetSheetsInput,
        responses={200: SheetsOutput, **error_responses(400, 401, 403, 404, 409, 422, 429)},
    )
    def post(self, request: Request, set_id) -> Response:
        study_set = selectors.study_set_get(owner=request.user, set_id=set_id)
        v = _valid(SetSheetsInput, request.data)
        try:
            result = study_set_export_sheets(study_set=study_set, user=request.user, **v)
        except ProcessingError as exc:
            if exc.code == "google_authorization_required":
                next_url = reverse("study_set_detail", args=[study_set.pk])
                exc.fields = {"authorize_url": [authorize_url(next_url=next_url)]}
            raise
        return Response(SheetsOutput(result).data)


class KnownWordsSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    words = serializers.ListField(child=serializers.CharField())


class KnownWordsInput(serializers.Serializer):
    words = serializers.ListField(child=serializers.CharField(max_length=100), required=False)
    text = serializers.CharField(required=False, allow_blank=True, default="", help_text="Pasted words.")
    file = serializers.FileField(
        required=False, help_text="A word list, a CSV (first column), an Anki notes-as-text export or an .apkg."
    )


class KnownWordsAdded(KnownWordsSerializer):
    added = serializers.IntegerField()
    found = serializers.IntegerField()


class KnownWordsReplace(serializers.Serializer):
    text = serializers.CharField(allow_blank=True, help_text="The whole list, one word per line.")


def _known(user) -> dict:
    words = list(known_words.known_word_list(owner=user).values_list("word", flat=True))
    return {"count": len(words), "words": words}


class KnownWordsApi(APIView):
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(operation_id="known_words_list", responses={200: KnownWordsSerializer, **error_responses(401)})
    def get(self, request: Request) -> Response:
        return Response(KnownWordsSerializer(_known(request.user)).data)

    @extend_schema(
        operation_id="known_words_add",
        request=KnownWordsInput,
        responses={200: KnownWordsAdded, **error_responses(400, 401, 413, 415)},
        description="Add words: `words` (JSON array), `text` (pasted) or `file` (multipart).",
    )
    def post(self, request: Request) -> Response:
        v = _valid(KnownWordsInput, request.data)
        added, found = known_words.known_words_add(
            owner=request.user, words=v.get("words"), text=v["text"], upload=v.get("file")
        )
        return Response(KnownWordsAdded({**_known(request.user), "added": added, "found": found}).data)

    @extend_schema(
        operation_id="known_words_replace",
        request=KnownWordsReplace,
        responses={200: KnownWordsSerializer, **error_responses(400, 401, 415)},
    )
    def put(self, request: Request) -> Response:
        known_words.known_words_replace(owner=request.user, text=_valid(KnownWordsReplace, request.data)["text"])
        return Response(KnownWordsSerializer(_known(request.user)).data)

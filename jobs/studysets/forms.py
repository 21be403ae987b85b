from __future__ import annotations

from django import forms

from jobs.studysets.models import StudySet


class StudySetForm(forms.Form):
    mode = forms.ChoiceField(choices=StudySet.Mode.choices, initial=StudySet.Mode.COVER, widget=forms.RadioSelect)
    word_list = forms.TypedChoiceField(coerce=int, empty_value=None, required=False, label="Word list")
    target_percent = forms.IntegerField(
        min_value=10,
        max_value=99,
        initial=90,
        required=False,
        label="Book vocabulary: share of the book to understand (%)",
        help_text="Of the book's word tokens (names and numbers apart), your known words included.",
    )
    chapters = forms.IntegerField(
        min_value=0,
        initial=0,
        required=False,
        label="Book vocabulary: first chapters only",
        help_text="0: the whole book.",
    )

    def __init__(self, *args, lists=(), default_name: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["word_list"].choices = [("", default_name)] + [(wl.pk, wl.name) for wl in lists]


class WordListForm(forms.Form):
    name = forms.CharField(max_length=120, required=False)
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        label="Paste words",
        help_text="One per line, or separated by commas.",
    )
    file = forms.FileField(required=False, label="…or upload a file", help_text="CSV (first column) or text.")


class KnownWordsImportForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "lang": "fr"}),
        required=False,
        label="Paste words",
        help_text="One per line.",
    )
    file = forms.FileField(
        required=False,
        label="…or import a file",
        help_text="A word list (.txt), a CSV (first column), or an Anki export: notes as plain text, or an .apkg.",
    )


class KnownWordsEditForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12, "lang": "fr"}),
        required=False,
        label="Your known words",
        help_text="One per line; remove a line to forget a word.",
    )

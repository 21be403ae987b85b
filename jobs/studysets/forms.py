from __future__ import annotations

from django import forms

from jobs.models import StudySet


class StudySetForm(forms.Form):
    mode = forms.ChoiceField(choices=StudySet.Mode.choices, initial=StudySet.Mode.COVER, widget=forms.RadioSelect)
    word_list = forms.TypedChoiceField(coerce=int, empty_value=None, required=False, label="Word list")

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

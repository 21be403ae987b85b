"""Forms for the job pages; the services do the real validation."""

from __future__ import annotations

from django import forms

from jobs.engine.processors.registry import TIERS
from jobs.engine.types import MAX_LIMIT, MIN_LIMIT, ProcessorSettings
from jobs.options import STYLE_CHOICES, available_processors, processor_available

DEFAULTS = ProcessorSettings()
STATUS_CHOICES = [
    ("", "Any status"),
    ("pending", "Pending"),
    ("splitting", "Splitting"),
    ("processing", "Processing"),
    ("merging", "Merging"),
    ("completed", "Completed"),
    ("completed_with_errors", "Completed with errors"),
    ("failed", "Failed"),
    ("cancelled", "Cancelled"),
]


class UploadForm(forms.Form):
    file = forms.FileField(label="PDF file", widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}))
    # Ranges are checked by the service (jobs.options), so the page shows the API's messages.
    style = forms.ChoiceField(
        label="How sentences are shortened",
        choices=STYLE_CHOICES,
        initial=DEFAULTS.style,
        widget=forms.RadioSelect,
        required=False,  # left out, as the API leaves it out: the default style
    )
    max_words = forms.IntegerField(
        label="Sentence length limit (words)",
        initial=DEFAULTS.max_words,
        widget=forms.NumberInput(attrs={"min": MIN_LIMIT, "max": MAX_LIMIT}),
        help_text=f"Between {MIN_LIMIT} and {MAX_LIMIT}.",
    )
    min_words = forms.IntegerField(
        label="Minimum length (words)", initial=DEFAULTS.min_words, widget=forms.NumberInput(attrs={"min": 1})
    )
    keep_dialogue_whole = forms.BooleanField(
        label="Keep dialogue lines whole", required=False, initial=DEFAULTS.keep_dialogue_whole
    )
    keep_punctuation = forms.BooleanField(label="Keep punctuation", required=False, initial=DEFAULTS.keep_punctuation)
    processor = forms.ChoiceField(label="Processor", initial=DEFAULTS.processor)
    tier = forms.ChoiceField(label="Tier (Gemini)", initial=DEFAULTS.tier, choices=[(t, t.title()) for t in TIERS])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Only what this server can run is offered: a processor that is not set up would fail after the upload.
        self.fields["processor"].choices = [(name, name.title()) for name in available_processors()]
        self.fields["processor"].error_messages["invalid_choice"] = (
            "That processor is not available on this server; choose the local processor."
        )
        if not processor_available("gemini"):
            del self.fields["tier"]

    def clean_style(self) -> str:
        return self.cleaned_data["style"] or DEFAULTS.style

    def options(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in DEFAULTS.as_dict() if name in data}


class HistoryFilterForm(forms.Form):
    q = forms.CharField(label="File name", required=False, max_length=200)
    status = forms.ChoiceField(label="Status", required=False, choices=STATUS_CHOICES)


class SentenceEditForm(forms.Form):
    text = forms.CharField(label="Sentence", widget=forms.Textarea(attrs={"rows": 2}), required=False)

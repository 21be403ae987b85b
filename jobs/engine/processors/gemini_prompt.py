"""What we ask Gemini: instructions, the sentences as JSON, the answer's schema.

The instructions go in the system instruction; the user turn is a JSON
object (context, limits, numbered sentences), so the request is unambiguous
and the fake server in the tests can read it the way the model does.
"""

from __future__ import annotations

import json

from google.genai import types

from jobs.engine.types import ProcessorSettings

BASE_RULES = """\
You rewrite sentences from a French novel into short French sentences for learners of French.

Input: a JSON object with "context" (the sentence just before, for understanding only), \
"max_words", "min_words" and "sentences", a list of {{"source": index, "text": sentence}}.
Output: a JSON array of {{"source": index, "text": short sentence}}, in reading order.

Rules:
1. Every output sentence has at most {max_words} words, and at least {min_words} words where the text allows. \
A word is anything between spaces that holds a letter or a digit ("l'homme" is one word, "—" is none).
2. Every output sentence stands alone: its own subject, a conjugated verb, and end punctuation \
(. ! ? or …). Repeat or restore the subject where a clause lacks one: \
« Il ouvrit la porte et sortit dans la rue. » -> « Il ouvrit la porte. » « Il sortit dans la rue. »
3. Keep the meaning, the order of events, the tenses, the register and the tone. Use the author's words \
wherever you can. Do not summarise, explain, translate, or add anything. Write in French.
4. {dialogue}
5. {punctuation}
6. "context" is there only to tell who speaks or what a pronoun stands for; never rewrite it.
7. Every source index appears, in ascending order; the items of one source are consecutive. \
A sentence that is already short enough is copied unchanged.
"""

DIALOGUE_WHOLE = (
    "Spoken lines (inside « » or after a dialogue dash —) stay whole in one sentence even if longer than "
    "the limit; shorten only the narration around them."
)
DIALOGUE_SPLIT = (
    "Spoken lines (inside « » or after a dialogue dash —) may be split like narration; each piece of a "
    "spoken line keeps its own guillemets « » or its leading dash —, so the reader still sees who speaks."
)
PUNCT_KEEP = (
    "Keep the original punctuation and typography: French guillemets « » with their spaces, dialogue dashes, "
    "ellipses, apostrophes as written in the source."
)
PUNCT_DROP = (
    "Punctuation is removed afterwards, so meaning must not depend on it; still end each sentence with end punctuation."
)


def system_instruction(settings: ProcessorSettings) -> str:
    return BASE_RULES.format(
        max_words=settings.max_words,
        min_words=settings.min_words,
        dialogue=DIALOGUE_WHOLE if settings.keep_dialogue_whole else DIALOGUE_SPLIT,
        punctuation=PUNCT_KEEP if settings.keep_punctuation else PUNCT_DROP,
    )


def user_payload(texts: list[str], *, context: str, settings: ProcessorSettings) -> str:
    """The sentences to rewrite, numbered 0..n-1 within this request."""
    return json.dumps(
        {
            "context": context,
            "max_words": settings.max_words,
            "min_words": settings.min_words,
            "sentences": [{"source": i, "text": text} for i, text in enumerate(texts)],
        },
        ensure_ascii=False,
    )


ANSWER_SCHEMA = types.Schema(
    type=types.Type.ARRAY,
    items=types.Schema(
        type=types.Type.OBJECT,
        properties={
            "source": types.Schema(type=types.Type.INTEGER, description="Index of the source sentence."),
            "text": types.Schema(type=types.Type.STRING, description="One short standalone French sentence."),
        },
        required=["source", "text"],
        property_ordering=["source", "text"],
    ),
)


def generate_config(settings: ProcessorSettings) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=system_instruction(settings),
        response_mime_type="application/json",
        response_schema=ANSWER_SCHEMA,
        temperature=0.2,
        automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
    )

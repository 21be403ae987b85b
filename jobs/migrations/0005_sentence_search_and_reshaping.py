from django.db import migrations, models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from jobs.engine.text.fold import fold


def fill_search(apps, schema_editor):
    Sentence = apps.get_model("jobs", "Sentence")
    batch = []
    for s in Sentence.objects.only("pk", "text", "edited_text", "source_text").iterator(chunk_size=2000):
        s.search_text = fold(s.edited_text or s.text)
        s.search_source = fold(s.source_text)
        batch.append(s)
        if len(batch) >= 2000:
            Sentence.objects.bulk_update(batch, ["search_text", "search_source"])
            batch = []
    if batch:
        Sentence.objects.bulk_update(batch, ["search_text", "search_source"])


def count_headings_apart(apps, schema_editor):
    """A job's "sentences" become its body pieces; headings are counted apart."""
    Job = apps.get_model("jobs", "Job")
    Sentence = apps.get_model("jobs", "Sentence")

    def count(kind):
        rows = (
            Sentence.objects.filter(job=OuterRef("pk"), kind=kind, position__isnull=False)
            .order_by()
            .values("job")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(rows), 0)

    Job.objects.filter(sentences__isnull=False).distinct().update(
        sentence_count=count("sentence"), heading_count=count("heading")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0004_sentence_kind_stands_alone"),
    ]

    operations = [
        migrations.AddField(
            model_name="job",
            name="heading_count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="sentence",
            name="generated",
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="sentence",
            name="search_source",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="sentence",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill_search, migrations.RunPython.noop),
        migrations.RunPython(count_headings_apart, migrations.RunPython.noop),
    ]

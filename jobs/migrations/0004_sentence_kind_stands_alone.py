from django.db import migrations, models


def backfill(apps, schema_editor):
    """Headings get their kind; jobs made before styles existed were cut in the exact-words style."""
    Sentence = apps.get_model("jobs", "Sentence")
    Job = apps.get_model("jobs", "Job")
    Sentence.objects.filter(flags__0="heading").update(kind="heading")
    for job in Job.objects.exclude(settings={}).only("settings").iterator():
        if "style" not in job.settings:
            job.settings["style"] = "exact"
            Job.objects.filter(pk=job.pk).update(settings=job.settings)


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0003_study_set_book_terms"),
    ]

    operations = [
        migrations.AddField(
            model_name="sentence",
            name="kind",
            field=models.CharField(
                choices=[("sentence", "Sentence"), ("heading", "Heading")], default="sentence", max_length=12
            ),
        ),
        migrations.AddField(
            model_name="sentence",
            name="stands_alone",
            field=models.BooleanField(blank=True, null=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]

"""Study sets became their own app (jobs.studysets, label "studysets"): jobs forgets their models.

State only: the tables stay where they are, under their names; studysets' 0001 takes the models over.
"""

from django.db import migrations

# Each model after the ones that point at it.
STUDY_SET_MODELS = ["StudySetItem", "StudySetIndex", "StudySet", "WordList", "KnownWord"]


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0008_job_lease_covered_pages"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name=name) for name in STUDY_SET_MODELS],
            database_operations=[],
        ),
    ]

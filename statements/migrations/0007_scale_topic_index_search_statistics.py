"""Two changes for a million quotes.

1. Planner statistics for the search vector.  For a tsvector column
   PostgreSQL keeps the most common lexemes and their frequencies, ten per
   point of the statistics target.  With the server's default of 200 it
   knows about 2,000 lexemes: every word outside that list then looks
   equally rare, so the planner cannot tell a word that matches 50 quotes
   from one that matches 5,000 and picks the wrong plan for one of them (a
   GIN bitmap scan that reads and sorts every match of a common word, or a
   walk down the date index that filters out almost every row for a rare
   one).  At 1,000 it knows 10,000 lexemes, for a slightly longer ANALYZE.

2. quotetopic_topic_pub_idx ends with quote_id descending, so a topic's
   links come out in exactly the newest-first order of the lists
   (published DESC, id DESC) and QuoteQuerySet.newest_in_topic reads one
   index entry per quote shown, with no sort.
"""
from django.db import migrations, models

STATISTICS = """
ALTER TABLE statements_quote ALTER COLUMN search SET STATISTICS 1000;
ANALYZE statements_quote (search);
"""

STATISTICS_BACKWARD = "ALTER TABLE statements_quote ALTER COLUMN search SET STATISTICS -1;"


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0006_quotetopic_history'),
    ]

    operations = [
        migrations.RunSQL(STATISTICS, STATISTICS_BACKWARD),
        migrations.RemoveIndex(
            model_name='quotetopic',
            name='quotetopic_topic_pub_idx',
        ),
        migrations.AddIndex(
            model_name='quotetopic',
            index=models.Index(models.F('topic'), models.OrderBy(models.F('published'), descending=True, nulls_last=True), models.OrderBy(models.F('quote'), descending=True), name='quotetopic_topic_pub_idx'),
        ),
    ]

"""`make eval`: entity figures on the Wikinews gold, quote and speaker figures on the seeds."""

from articles.evaluation import entities, quotes

print("== Entities (WiNER-fr gold, ../shared/corpus/wikinews/ner) ==")
entities.main()
print("\n== Quotations and speakers ==")
quotes.main()

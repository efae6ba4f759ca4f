# JSONL crawl records: one file for both sides, split by "lang"; ids are the URLs.
$KOBI docalign docalign/crawl.jsonl docalign/crawl.jsonl | cut -f1,2

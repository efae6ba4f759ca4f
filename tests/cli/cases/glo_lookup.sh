# kobi glossary lookup: either script, loose English matching, entries found inside a phrase.
$KOBI glossary lookup 훙레이 'kim jong un' 김정은은 "P'yŏngyang"
$KOBI glossary lookup --format jsonl 'KIM JONG-IL'

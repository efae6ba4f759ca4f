# spm train as a front end of SentencePiece: spm_train's defaults (hard vocabulary limit, dummy
# prefix), clear one-line errors instead of SentencePiece's raw texts, options passed through.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
in=corpora/clean_fixture.tsv
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 50000 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 2147483647 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 1 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 100 --model-type char 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 300 --model-type char 2>&1 | sed "s|$T/||"; echo "exit ${PIPESTATUS[0]}"
"$KOBI" spm train --input $in --model-prefix "$T/m" --character-coverage 0.5 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 500 --spm-opt no_such=1 2>&1; echo "exit $?"
"$KOBI" spm train --input $in --model-prefix "$T/m" --vocab-size 500 --spm-opt shrinking_factor=2 2>&1; echo "exit $?"
"$KOBI" spm encode -m "$T" < /dev/null 2>&1 | sed "s|$T|DIR|"; echo "exit ${PIPESTATUS[0]}"
echo "--- --hard-vocab-limit=false trains what the corpus supports"
"$KOBI" spm train --input $in --model-prefix "$T/sub/s" --vocab-size 50000 --hard-vocab-limit=false 2>&1 | grep -c "supports only"
echo "--- options passed through; -j 0; dummy prefix as spm_train"
"$KOBI" spm train --input $in --model-prefix "$T/p" --vocab-size 1000 -j 0 --input-sentence-size 200 --spm-opt user_defined_symbols='<sep>' 2>/dev/null && echo trained
echo 'Seoul<sep>서울' | "$KOBI" spm encode -m "$T/p.model"
printf ' two  spaces \n' | "$KOBI" spm encode -m "$T/p.model" | "$KOBI" spm decode -m "$T/p.model" | od -c | head -2

#!/bin/bash
# Train variants of src/newsevents/data/train_config.cfg side by side on one GPU (device machine), each for at most
# $SECONDS_PER_RUN seconds; model-best of each is tarred into $OUT. Usage: bash training/gpu_run.sh NAME:OVERRIDES ...
set -u
SECONDS_PER_RUN=${SECONDS_PER_RUN:-480}
mkdir -p /tmp/site && tar -xJf .whl/site312.tar.xz -C /tmp/site || exit 1
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
python3 -c "import spacy, thinc; print('spacy', spacy.__version__, 'gpu', spacy.prefer_gpu())" || exit 1
for spec in "$@"; do
  name=${spec%%:*}; overrides=${spec#*:}
  ( timeout -s INT $SECONDS_PER_RUN python3 -m spacy train src/newsevents/data/train_config.cfg --output /tmp/out_$name --gpu-id 0 $overrides > $OUT/log_$name.txt 2>&1; echo "exit $?" >> $OUT/log_$name.txt ) &
done
wait
for spec in "$@"; do
  name=${spec%%:*}
  best=/tmp/out_$name/model-best
  python3 -c "import spacy,sys; spacy.load(sys.argv[1]); print('loads', sys.argv[1])" $best && tar -czf $OUT/model_$name.tar.gz -C /tmp/out_$name model-best
  tail -4 $OUT/log_$name.txt
done
ls -la $OUT

#!/bin/sh
# RULE2.md's one look: the refit candidate (ship2) on the test split and the external sets.
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod20
$S redteam test --heads $D/ship2 -o $D/res_test2.jsonl > $D/test2.txt 2>&1
.venv/bin/python $D/heldout.py $D/res_test2.jsonl $D/res_test_shipped.jsonl > $D/heldout2.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship2 -o $D/ext2_$s.jsonl > $D/${s}2.txt 2>&1; done
echo done > $D/evaluate2.done

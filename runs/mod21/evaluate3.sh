#!/bin/sh
# RULE3.md's one look: the fifteen-round refit candidate (ship3) on the test split and the external sets (session 18).
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod21
.venv/bin/python $D/ship3.py 0.6 0.45 0.03 0.25 > $D/ship3.log 2>&1
$S redteam test --heads $D/ship3 -o $D/res_test3.jsonl > $D/test3.txt 2>&1
.venv/bin/python $D/heldout.py $D/res_test3.jsonl > $D/heldout3.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship3 -o $D/ext3_$s.jsonl > $D/${s}3.txt 2>&1; done
echo done > $D/evaluate3.done

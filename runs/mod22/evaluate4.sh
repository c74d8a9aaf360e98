#!/bin/sh
# RULE4.md's one look: the fine-tuned e5 candidate (ship4) on the test split and the external sets (session 18).
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod22
.venv/bin/python $D/ship4.py qat4 0.6 0.9 0.03 0.25 > $D/ship4.log 2>&1
$S redteam test --heads $D/ship4 -o $D/res_test4.jsonl > $D/test4.txt 2>&1
.venv/bin/python runs/mod21/heldout.py $D/res_test4.jsonl > $D/heldout4.txt 2>&1
.venv/bin/python runs/mod20/heldout.py $D/res_test4.jsonl >> $D/heldout4.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship4 -o $D/ext4_$s.jsonl > $D/${s}4.txt 2>&1; done
echo done > $D/evaluate4.done

#!/bin/sh
# RULE.md's one look: the candidate on the test split and the external sets, and the shipped heads on the test split (for round 14's rows).
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod20
$S redteam test --heads $D/ship -o $D/res_test.jsonl > $D/test.txt 2>&1
$S redteam test -o $D/res_test_shipped.jsonl > $D/test_shipped.txt 2>&1
.venv/bin/python $D/heldout.py $D/res_test.jsonl $D/res_test_shipped.jsonl > $D/heldout.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship -o $D/ext_$s.jsonl > $D/$s.txt 2>&1; done
echo done > $D/evaluate.done

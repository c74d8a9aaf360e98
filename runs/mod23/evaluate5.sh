#!/bin/sh
# RULE5.md's one look: the violation-mass candidate (ship5) on the test split and the external sets (session 19). Arguments: the pick.
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod23
.venv/bin/python $D/ship5.py "$@" > $D/ship5.log 2>&1
$S redteam test --heads $D/ship5 -o $D/res_test5.jsonl > $D/test5.txt 2>&1
.venv/bin/python runs/mod21/heldout.py $D/res_test5.jsonl > $D/heldout5.txt 2>&1
.venv/bin/python runs/mod20/heldout.py $D/res_test5.jsonl >> $D/heldout5.txt 2>&1
.venv/bin/python runs/mod22/by_tactic.py $D/res_test5.jsonl > $D/by_tactic5.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship5 -o $D/ext5_$s.jsonl > $D/${s}5.txt 2>&1; done
echo done > $D/evaluate5.done

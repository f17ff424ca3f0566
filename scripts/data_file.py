"""What the language-model data generators (gen_lm_data.py, gen_lm_ceilings.py, gen_words_index.py) share: a table
is written whole or not at all, and what was written is said with the sha256 the tests pin. Standard library only."""
import argparse, hashlib, os, sys


def write_table(path, data, summary):
    """Writes `data` to `path` through a temporary file renamed over it, so that no reader (nor a generator run
    interrupted) ever leaves half a table, then prints the path, `summary`, the size and the sha256."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    print(f"{path}: {summary}, {len(data) / 1e6:.1f} MB, sha256 {hashlib.sha256(data).hexdigest()}")


def derive_from_model(doc, default_model, default_out, make):
    """The command line of a generator that derives one table from the model file (lm_sc.zlm): --model and --out,
    defaulting to the shipped paths; `make(data)` turns the model's bytes into the table's bytes and a summary."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=default_model)
    ap.add_argument("--out", default=default_out)
    args = ap.parse_args()
    assert sys.byteorder == "little", "the layout is little-endian; run on a little-endian machine"
    with open(args.model, "rb") as f:
        data = f.read()
    out, summary = make(data)
    write_table(args.out, out, summary)
